#include "quarterlyreviewbuilder.h"

#include "classificationrunner.h"
#include "database.h"
#include "daynumber.h"
#include "followuprepository.h"
#include "ownertargetrepository.h"
#include "settingsrepository.h"
#include "snapshotrepository.h"
#include "statsrepository.h"
#include "teamfigures.h"

#include <QHash>
#include <QSet>
#include <QVariant>

#include <algorithm>
#include <limits>

namespace kehu {

namespace {

using Line = QuarterlyReview::CustomerLine;

constexpr int32_t kNoDay = std::numeric_limits<int32_t>::min();

bool byValue(const Line &a, const Line &b)
{
    const MinorUnits av = a.clv.value_or(-1);
    const MinorUnits bv = b.clv.value_or(-1);
    if (av != bv)
        return av > bv;
    if (a.revenue != b.revenue)
        return a.revenue > b.revenue;
    return a.id < b.id;
}

bool isKeySegment(const QString &segment)
{
    return segment == u"champions" || segment == u"loyal_customers";
}

int16_t labelOf(const QHash<QString, int16_t> &labels, const std::optional<QString> &value, int16_t others)
{
    if (!value)
        return analytics::kAbsentLabel;
    return labels.value(*value, others);
}

/// Dense index of an owner name, adding it when new.
int32_t indexOf(QHash<QString, int32_t> &index, QStringList &names, const QString &name)
{
    const auto found = index.constFind(name);
    if (found != index.constEnd())
        return *found;
    const auto next = int32_t(names.size());
    index.insert(name, next);
    names << name;
    return next;
}

} // namespace

qint64 QuarterlyReviewBuilder::ensureSnapshot(const Quarter &quarter, bool freeze, QString *error,
                                              const std::function<void(const QString &)> &progress)
{
    SnapshotRepository snapshots(m_database);
    const QDate asOf = quarter.lastDay();
    // Prefer a frozen snapshot of that day (the one a previous review used), then one with
    // the quarter's label, then any of that day; newest first within each.
    qint64 chosen = 0;
    int chosenRank = -1;
    for (const SnapshotInfo &info : snapshots.list()) {
        if (info.asOf != asOf)
            continue;
        const int rank = info.frozen ? 2 : (info.label == quarter.label() ? 1 : 0);
        if (rank >= chosenRank) {
            chosen = info.id;
            chosenRank = rank;
        }
    }
    if (chosen == 0) {
        if (progress)
            progress(QStringLiteral("classifying as of %1 for %2").arg(isoDate(asOf), quarter.label()));
        const ClassificationPolicy policy = SettingsRepository(m_database).policy();
        // History, not the book's current classification: see SnapshotPurpose.
        auto outcome = ClassificationRunner(m_database, SnapshotPurpose::History).run(policy, asOf, quarter.label());
        if (!outcome.snapshotId) {
            if (error)
                *error = outcome.error.isEmpty() ? QStringLiteral("classification stored no snapshot") : outcome.error;
            return 0;
        }
        chosen = outcome.snapshotId;
    } else if (progress) {
        progress(QStringLiteral("reusing snapshot %1 as of %2").arg(chosen).arg(isoDate(asOf)));
    }
    if (freeze && chosenRank < 2)
        snapshots.setFrozen(chosen, true);
    return chosen;
}

bool QuarterlyReviewBuilder::build(const Quarter &quarter, const Options &options, QuarterlyReview *review,
                                   QString *error, const std::function<void(const QString &)> &progress)
{
    QuarterlyReview &r = *review;
    r = QuarterlyReview{};
    r.quarter = quarter;
    const QDate reviewDay = options.reviewDay.isValid() ? options.reviewDay : QDate::currentDate();

    const qint64 currentId = ensureSnapshot(quarter, options.freeze, error, progress);
    if (!currentId)
        return false;
    // The quarter before is compared only when the book has a purchase by its end: a snapshot
    // of a quarter before the data begins would be all "(none)" and say nothing.
    qint64 previousId = 0;
    const std::optional<bool> earlier = StatsRepository(m_database).anyPurchaseBy(quarter.previous().lastDay(), error);
    if (!earlier)
        return false;
    if (*earlier) {
        previousId = ensureSnapshot(quarter.previous(), options.freeze, error, progress);
        if (!previousId)
            return false;
    }
    SnapshotRepository snapshots(m_database);
    r.current = *snapshots.find(currentId);
    if (previousId)
        r.previous = snapshots.find(previousId);

    // Labels: the stored policy's segments in order, then "others"; ABC classes.
    const ClassificationPolicy policy = SettingsRepository(m_database).policy();
    QHash<QString, int16_t> segmentLabels;
    for (const auto &rule : policy.segments) {
        segmentLabels.insert(QString::fromStdString(rule.key), int16_t(r.segmentKeys.size()));
        r.segmentKeys << QString::fromStdString(rule.key);
    }
    const auto othersLabel = int16_t(r.segmentKeys.size());
    r.segmentKeys << QString::fromLatin1(analytics::kOthersKey);
    segmentLabels.insert(r.segmentKeys.last(), othersLabel);
    r.abcKeys = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    const QHash<QString, int16_t> abcLabels{{r.abcKeys[0], 0}, {r.abcKeys[1], 1}, {r.abcKeys[2], 2}};

    if (progress)
        progress(QStringLiteral("comparing snapshots %1 and %2").arg(currentId).arg(previousId));
    const QString firstDay = isoDate(quarter.firstDay());
    const QString lastDay = isoDate(quarter.lastDay());
    std::vector<int16_t> fromSegment, toSegment, fromAbc, toAbc;
    std::vector<int64_t> quarterRevenue;
    // Per-customer columns for analytics::teamFigures (owner index, first day, active, revenue).
    QHash<QString, int32_t> ownerIndex;
    QStringList owners;
    std::vector<int32_t> customerOwner, customerFirst;
    std::vector<uint8_t> customerActive;
    QList<Line> all; // only customers that may appear in a list, to keep memory small
    const auto compare = [&](const SnapshotRepository::ComparedRow &row) {
        Line line;
        line.id = row.id;
        line.owner = row.owner;
        line.toSegment = row.segment.value_or(QString());
        line.toAbc = row.abcClass.value_or(QString());
        line.churnFlag = row.churnFlag;
        line.clv = row.clv;
        line.revenue = row.revenue;
        line.fromSegment = row.previousSegment.value_or(QString());
        line.fromAbc = row.previousAbcClass.value_or(QString());
        line.previousChurnFlag = row.previousChurnFlag;
        line.quarterRevenue = line.revenue - row.previousRevenue;
        const QString &first = row.firstPurchase;
        const QString &last = row.lastPurchase;

        fromSegment.push_back(labelOf(segmentLabels, row.previousSegment, othersLabel));
        toSegment.push_back(labelOf(segmentLabels, row.segment, othersLabel));
        fromAbc.push_back(labelOf(abcLabels, row.previousAbcClass, analytics::kAbsentLabel));
        toAbc.push_back(labelOf(abcLabels, row.abcClass, analytics::kAbsentLabel));
        quarterRevenue.push_back(line.quarterRevenue);

        customerOwner.push_back(indexOf(ownerIndex, owners, line.owner));
        const bool isNew = !first.isEmpty() && first >= firstDay && first <= lastDay;
        customerFirst.push_back(isNew ? toDayNumber(QDate::fromString(first, Qt::ISODate)) : kNoDay);
        const bool active = !last.isEmpty() && last >= firstDay;
        customerActive.push_back(active ? 1 : 0);

        ++r.customers;
        r.activeCustomers += active ? 1 : 0;
        r.newCustomers += isNew ? 1 : 0;
        r.revenue += line.quarterRevenue;

        const bool becameKey = (line.toAbc == u"A" && line.fromAbc != u"A")
                               || (isKeySegment(line.toSegment) && !isKeySegment(line.fromSegment));
        const bool dropped = (line.fromAbc == u"A" && (line.toAbc == u"B" || line.toAbc == u"C"))
                             || (line.fromAbc == u"B" && line.toAbc == u"C");
        const bool newRisk = line.previousChurnFlag == u"active"
                             && (line.churnFlag == u"at_risk" || line.churnFlag == u"churned");
        const bool winBack = line.churnFlag == u"churned" && (line.toAbc == u"A" || line.toAbc == u"B");
        if (!(becameKey || dropped || newRisk || winBack || line.clv))
            return;
        line.code = row.code;
        line.name = row.name;
        if (becameKey)
            r.becameKey.append(line);
        if (dropped)
            r.droppedClass.append(line);
        if (newRisk)
            r.newChurnRisks.append(line);
        if (winBack)
            r.winBack.append(line);
        // Top CLV: keep a bounded candidate list, trimmed now and then.
        if (line.clv) {
            r.topByClv.append(line);
            if (r.topByClv.size() > 4 * options.topCount + 64) {
                std::sort(r.topByClv.begin(), r.topByClv.end(), byValue);
                r.topByClv.resize(options.topCount);
            }
        }
    };
    if (!SnapshotRepository(m_database).forEachComparedRow(currentId, previousId, compare, error))
        return false;
    for (QList<Line> *list : {&r.becameKey, &r.droppedClass, &r.newChurnRisks, &r.winBack, &r.topByClv})
        std::sort(list->begin(), list->end(), byValue);
    if (r.topByClv.size() > options.topCount)
        r.topByClv.resize(options.topCount);

    r.segmentMigration = analytics::migrationMatrix(fromSegment, toSegment, int(r.segmentKeys.size()), quarterRevenue);
    r.abcMigration = analytics::migrationMatrix(fromAbc, toAbc, 3, quarterRevenue);

    // Team: visits per owner in the quarter, follow-ups due in it, targets.
    if (progress)
        progress(QStringLiteral("team figures"));
    std::vector<int32_t> followUpOwner, followUpDue, followUpDone;
    for (const FollowUp &f : FollowUpRepository(m_database).dueBetween(quarter.firstDay(), quarter.lastDay())) {
        followUpOwner.push_back(indexOf(ownerIndex, owners, f.assignee));
        followUpDue.push_back(toDayNumber(f.dueOn));
        followUpDone.push_back(f.doneOn ? toDayNumber(*f.doneOn) : kNoDay);
    }
    analytics::TeamInput team;
    team.owners = int(owners.size());
    team.firstDay = toDayNumber(quarter.firstDay());
    team.lastDay = toDayNumber(quarter.lastDay());
    team.customerOwner = customerOwner;
    team.customerFirstDay = customerFirst;
    team.customerActive = customerActive;
    team.customerRevenue = quarterRevenue;
    team.followUpOwner = followUpOwner;
    team.followUpDue = followUpDue;
    team.followUpDone = followUpDone;
    const auto figures = analytics::teamFigures(team);

    const QHash<QString, qint64> visits =
        StatsRepository(m_database).visitsPerOwner(quarter.firstDay(), quarter.lastDay().addDays(1));
    QHash<QString, OwnerTargetRepository::Target> targets;
    for (const auto &t : OwnerTargetRepository(m_database).forQuarter(quarter.label()))
        targets.insert(t.owner, t);
    for (qsizetype i = 0; i < owners.size(); ++i) {
        const analytics::OwnerFigures &f = figures[size_t(i)];
        QuarterlyReview::TeamLine line;
        line.owner = owners.at(i);
        line.customers = f.customers;
        line.activeCustomers = f.activeCustomers;
        line.newCustomers = f.newCustomers;
        line.revenue = f.revenue;
        line.visits = visits.value(line.owner);
        line.followUpsDue = f.followUpsDue;
        line.followUpsDone = f.followUpsDone;
        line.followUpsOnTime = f.followUpsOnTime;
        if (const auto t = targets.find(line.owner); t != targets.end()) {
            line.revenueTarget = t->revenue;
            line.newCustomersTarget = t->newCustomers;
        }
        r.team.append(line);
    }
    std::sort(r.team.begin(), r.team.end(), [](const auto &a, const auto &b) {
        return a.revenue != b.revenue ? a.revenue > b.revenue : a.owner < b.owner;
    });

    // Overdue follow-ups as of the review day, and who already has an open one.
    FollowUpRepository followUps(m_database);
    FollowUpRepository::Query overdue;
    overdue.today = reviewDay;
    overdue.onlyOverdue = true;
    overdue.limit = 1000;
    for (const auto &row : followUps.open(overdue)) {
        FollowUp f = row.followUp;
        f.assignee = row.owner;
        r.overdueFollowUps.append(f);
        r.overdueCustomerNames.append(row.name);
    }
    r.actions = proposeActions(r, reviewDay, followUps.customersWithOpen(), options.actionsPerRule);
    return true;
}

QList<QuarterlyReview::ProposedAction> QuarterlyReviewBuilder::proposeActions(const QuarterlyReview &review,
                                                                              QDate reviewDay,
                                                                              const QSet<CustomerId> &withOpenFollowUp,
                                                                              int perRule)
{
    QList<QuarterlyReview::ProposedAction> actions;
    QSet<CustomerId> planned = withOpenFollowUp;
    const struct
    {
        const QList<Line> *list;
        const char16_t *reason;
        int days;
    } rules[] = {
        {&review.newChurnRisks, u"review:new_churn_risk", 7},
        {&review.winBack, u"review:win_back", 14},
        {&review.droppedClass, u"review:dropped_class", 14},
        {&review.becameKey, u"review:became_key", 21},
    };
    for (const auto &rule : rules) {
        int taken = 0;
        for (const Line &line : *rule.list) {
            if (taken >= perRule)
                break;
            if (planned.contains(line.id))
                continue;
            planned.insert(line.id);
            ++taken;
            actions.append({line.id, line.code, line.name, line.owner, reviewDay.addDays(rule.days),
                            QString::fromUtf16(rule.reason), true});
        }
    }
    return actions;
}

qint64 QuarterlyReviewBuilder::commitActions(const QList<QuarterlyReview::ProposedAction> &actions, QString *error)
{
    return FollowUpRepository(m_database).addAll(followUpsOf(actions), error);
}

QList<FollowUp> QuarterlyReviewBuilder::followUpsOf(const QList<QuarterlyReview::ProposedAction> &actions)
{
    QList<FollowUp> followUps;
    for (const auto &a : actions) {
        if (!a.selected)
            continue;
        FollowUp f;
        f.customerId = a.customerId;
        f.dueOn = a.dueOn;
        f.assignee = a.assignee;
        f.reason = a.reason;
        followUps.append(f);
    }
    return followUps;
}

} // namespace kehu
