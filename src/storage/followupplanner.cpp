#include "storage/followupplanner.h"

#include "analytics/followupcadence.h"
#include "core/daynumber.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace kehu {

FollowUpCadencePolicy FollowUpPlanner::policy() const
{
    const auto stored = SettingsRepository(m_database).value(QString(kSettingsKey));
    if (!stored)
        return {};
    return FollowUpCadencePolicy::fromJson(QJsonDocument::fromJson(stored->toUtf8()).object());
}

bool FollowUpPlanner::setPolicy(const FollowUpCadencePolicy &policy)
{
    return SettingsRepository(m_database)
        .setValue(QString(kSettingsKey),
                  QString::fromUtf8(QJsonDocument(policy.toJson()).toJson(QJsonDocument::Compact)));
}

QList<FollowUp> FollowUpPlanner::plan(const FollowUpCadencePolicy &policy, QDate today, QString *error) const
{
    QList<FollowUp> result;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    // Latest snapshot by as-of day (the one describing the most recent state of the book).
    q.prepare(QStringLiteral(
        "SELECT s.customer_id, ifnull(s.rfm_segment, ''), c.owner, "
        "(SELECT max(substr(v.visited_at, 1, 10)) FROM visits v WHERE v.customer_id = s.customer_id), "
        "(SELECT max(f.done_on) FROM followups f WHERE f.customer_id = s.customer_id), "
        "EXISTS (SELECT 1 FROM followups f WHERE f.customer_id = s.customer_id AND f.done_on IS NULL) "
        "FROM snapshot_rows s JOIN customers c ON c.id = s.customer_id "
        "WHERE s.snapshot_id = (SELECT id FROM current_snapshot) "
        "AND c.deleted_at IS NULL ORDER BY s.customer_id"));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return result;
    }
    // Segment keys become the rule indexes the analytics expect.
    QHash<QString, int16_t> ruleOfSegment;
    std::vector<analytics::CadenceRule> rules;
    QStringList ruleSegment;
    for (const auto &rule : policy.rules) {
        if (ruleOfSegment.contains(rule.segment))
            continue;
        const auto index = int16_t(rules.size());
        ruleOfSegment.insert(rule.segment, index);
        rules.push_back({index, rule.everyDays, rule.withinDays});
        ruleSegment << rule.segment;
    }
    std::vector<CustomerId> ids;
    std::vector<QString> owners;
    std::vector<int16_t> segment;
    std::vector<int32_t> lastContact;
    std::vector<uint8_t> open;
    while (q.next()) {
        ids.push_back(q.value(0).toLongLong());
        segment.push_back(ruleOfSegment.value(q.value(1).toString(), int16_t(-1)));
        owners.push_back(q.value(2).toString());
        DayNumber last = analytics::kNeverContacted;
        for (int column : {3, 4}) {
            const QDate day = QDate::fromString(q.value(column).toString(), Qt::ISODate);
            if (day.isValid())
                last = std::max(last, toDayNumber(day));
        }
        lastContact.push_back(last);
        open.push_back(q.value(5).toBool() ? 1 : 0);
    }
    if (ids.empty()) {
        if (error)
            *error = QStringLiteral("no snapshot yet: classify first");
        return result;
    }
    const auto planned = analytics::planFollowUps({segment, lastContact, open}, rules, toDayNumber(today),
                                                  policy.horizonDays);
    result.reserve(qsizetype(planned.size()));
    for (const auto &p : planned) {
        FollowUp f;
        f.customerId = ids[p.customer];
        f.dueOn = fromDayNumber(p.dueDay);
        f.assignee = owners[p.customer];
        f.reason = u"cadence:" + ruleSegment.at(p.rule);
        result.append(f);
    }
    return result;
}

} // namespace kehu
