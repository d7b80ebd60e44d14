#include "followupplanner.h"

#include "accessguard.h"
#include "booksettings.h"
#include "workspace.h"

#include "database.h"
#include "daynumber.h"
#include "followupcadence.h"
#include "followuprepository.h"
#include "followupspread.h"
#include "nameindex.h"
#include "settingsrepository.h"

#include <QHash>
#include <QJsonDocument>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <optional>
#include <vector>

namespace kehu {

FollowUpPlanner::FollowUpPlanner(Workspace &workspace) : m_workspace(workspace), m_database(workspace.database()) {}

FollowUpCadencePolicy FollowUpPlanner::policy() const
{
    const auto stored = SettingsRepository(m_database).value(QString(kSettingsKey));
    if (!stored)
        return {};
    return FollowUpCadencePolicy::fromJson(QJsonDocument::fromJson(stored->toUtf8()).object());
}

bool FollowUpPlanner::setPolicy(const FollowUpCadencePolicy &policy)
{
    return m_workspace.settings().setValue(
        QString(kSettingsKey), QString::fromUtf8(QJsonDocument(policy.toJson()).toJson(QJsonDocument::Compact)));
}

QList<FollowUp> FollowUpPlanner::plan(const FollowUpCadencePolicy &policy, QDate today, QString *error) const
{
    QList<FollowUp> result;
    for (const Proposal &p : propose(policy, today, error).proposals)
        result.append(p.followUp);
    return result;
}

namespace {

/// The book's planning rows as the columns the analytics take, with the policy's rules
/// indexed by segment.
struct CadenceColumns
{
    std::vector<analytics::CadenceRule> rules;
    QStringList ruleSegment; ///< per rule index
    std::vector<CustomerId> ids;
    std::vector<QString> owners;
    std::vector<int16_t> segment;
    std::vector<int32_t> lastContact;
    std::vector<uint8_t> open;
    std::vector<int64_t> value;

    CadenceColumns(const FollowUpCadencePolicy &policy, const QList<FollowUpRepository::PlanningRow> &rows)
    {
        QHash<QString, int16_t> ruleOfSegment;
        for (const auto &rule : policy.rules) {
            if (ruleOfSegment.contains(rule.segment))
                continue;
            const auto index = int16_t(rules.size());
            ruleOfSegment.insert(rule.segment, index);
            rules.push_back({index, rule.everyDays, rule.withinDays});
            ruleSegment << rule.segment;
        }
        for (const FollowUpRepository::PlanningRow &row : rows) {
            ids.push_back(row.customerId);
            segment.push_back(ruleOfSegment.value(row.segment, int16_t(-1)));
            owners.push_back(row.owner);
            lastContact.push_back(row.lastContact.isValid() ? toDayNumber(row.lastContact)
                                                            : analytics::kNeverContacted);
            open.push_back(row.hasOpen ? 1 : 0);
            value.push_back(row.value);
        }
    }
};

analytics::SpreadOptions spreadOptions(const FollowUpCadencePolicy &policy, DayNumber firstDay)
{
    analytics::SpreadOptions options;
    options.capacityPerDay = std::max(1, policy.dailyCapacity);
    options.firstDay = firstDay;
    options.workingWeekdays = 0;
    for (int day : policy.workingWeekdays)
        if (day >= 1 && day <= 7)
            options.workingWeekdays |= uint8_t(1u << (day - 1));
    return options;
}

} // namespace

FollowUpPlanner::Plan FollowUpPlanner::propose(const FollowUpCadencePolicy &policy, QDate today, QString *error) const
{
    Plan result;
    if (!m_workspace.access().require(Operation::ViewFigures, error))
        return result;
    const FollowUpRepository followUps(m_database);
    QList<FollowUpRepository::PlanningRow> rows;
    if (!followUps.planningRows(&rows, error))
        return result;
    const CadenceColumns columns(policy, rows);
    if (columns.ids.empty()) {
        if (error)
            *error = QStringLiteral("no snapshot yet: classify first");
        return result;
    }
    const DayNumber firstDay = toDayNumber(today);
    const auto planned = analytics::planFollowUps({columns.segment, columns.lastContact, columns.open}, columns.rules,
                                                  firstDay, policy.horizonDays);

    // Owners become indexes; their open follow-ups from today on take up capacity.
    NameIndex owners;
    std::vector<analytics::SpreadRequest> requests;
    requests.reserve(planned.size());
    for (const auto &p : planned)
        requests.push_back({uint32_t(owners.indexOf(columns.owners[p.customer])), p.earliestDay, p.latestDay,
                            columns.value[p.customer]});
    std::vector<analytics::OwnerDayLoad> existing;
    QList<FollowUpRepository::DayLoad> load;
    if (!followUps.openLoadFrom(today, &load, error))
        return result;
    for (const FollowUpRepository::DayLoad &day : std::as_const(load)) {
        if (const auto owner = owners.find(day.assignee)) // others have nothing to place
            existing.push_back({uint32_t(*owner), toDayNumber(day.day), day.count});
    }
    const auto spread = analytics::spreadFollowUps(requests, existing, spreadOptions(policy, firstDay));

    result.proposals.reserve(qsizetype(planned.size()));
    for (size_t i = 0; i < planned.size(); ++i) {
        const auto &p = planned[i];
        Proposal proposal;
        proposal.followUp.customerId = columns.ids[p.customer];
        proposal.followUp.dueOn = fromDayNumber(spread.dueDay[i]);
        proposal.followUp.assignee = columns.owners[p.customer];
        proposal.followUp.reason = u"cadence:" + columns.ruleSegment.at(p.rule);
        proposal.earliest = fromDayNumber(p.earliestDay);
        proposal.latest = fromDayNumber(p.latestDay);
        proposal.late = spread.late[i] != 0;
        result.proposals.append(proposal);
    }
    std::stable_sort(result.proposals.begin(), result.proposals.end(),
                     [](const Proposal &a, const Proposal &b) { return a.followUp.dueOn < b.followUp.dueOn; });
    result.late = int(spread.lateCount);
    for (const auto &o : analytics::spreadByOwner(requests, spread)) {
        result.owners.append({owners.names().at(qsizetype(o.owner)), int(o.count), fromDayNumber(o.firstDay),
                              fromDayNumber(o.lastDay), o.busiestCount, int(o.late)});
    }
    std::sort(result.owners.begin(), result.owners.end(),
              [](const OwnerSpread &a, const OwnerSpread &b) { return a.owner < b.owner; });
    return result;
}

} // namespace kehu
