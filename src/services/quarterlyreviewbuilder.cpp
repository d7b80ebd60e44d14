#include "quarterlyreviewbuilder.h"

#include "accessguard.h"
#include "auditedwrite.h"
#include "followupbook.h"
#include "workspace.h"

#include "classificationrunner.h"
#include "database.h"
#include "daynumber.h"
#include "followuprepository.h"
#include "nameindex.h"
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

} // namespace

QuarterlyReviewBuilder::QuarterlyReviewBuilder(Workspace &workspace)
    : m_workspace(workspace), m_database(workspace.database())
{}

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
        auto outcome = ClassificationRunner(m_workspace, SnapshotPurpose::History).run(policy, asOf, quarter.label());
        if (!outcome.snapshotId) {
            if (error)
                *error = outcome.error.isEmpty() ? QStringLiteral("classification stored no snapshot") : outcome.error;
            return 0;
        }
        chosen = outcome.snapshotId;
    } else if (progress) {
        progress(QStringLiteral("reusing snapshot %1 as of %2").arg(chosen).arg(isoDate(asOf)));
    }
    // Freezing keeps the snapshot from being removed: a write, left to those who may classify
    // (a viewer's review reads the snapshot as it is).
    const std::optional<Actor> &actor = m_workspace.actor();
    if (freeze && chosenRank < 2 && actor && AccessPolicy::allows(actor->role, Operation::Classify)) {
        AuditedWrite write(m_workspace, {QStringLiteral("freeze_snapshot"), QStringLiteral("snapshot"), chosen});
        if (!write.watch(QStringLiteral("snapshots"), {chosen}, error) || !snapshots.setFrozen(chosen, true)
            || !write.commit(error))
            return 0;
    }
    return chosen;
}

namespace {

/// Reads the quarter's snapshot row by row against the previous quarter's: the migration
/// columns, the per-customer columns of analytics::teamFigures (owner index, first day,
/// active, revenue) and the review's customer lists, which it fills in.
class SnapshotComparison
{
public:
    SnapshotComparison(const Quarter &quarter, const ClassificationPolicy &policy,
                       const QuarterlyReviewBuilder::Options &options, QuarterlyReview &review)
        : m_firstDay(isoDate(quarter.firstDay())), m_lastDay(isoDate(quarter.lastDay())), m_options(options),
          m_review(review)
    {
        // Labels: the stored policy's segments in order, then "others"; ABC classes.
        for (const auto &rule : policy.segments) {
            m_segmentLabels.insert(QString::fromStdString(rule.key), int16_t(review.segmentKeys.size()));
            review.segmentKeys << QString::fromStdString(rule.key);
        }
        m_othersLabel = int16_t(review.segmentKeys.size());
        review.segmentKeys << QString::fromLatin1(analytics::kOthersKey);
        m_segmentLabels.insert(review.segmentKeys.last(), m_othersLabel);
        review.abcKeys = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
        m_abcLabels = {{review.abcKeys[0], 0}, {review.abcKeys[1], 1}, {review.abcKeys[2], 2}};
    }

    void add(const SnapshotRepository::ComparedRow &row)
    {
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

        m_fromSegment.push_back(labelOf(m_segmentLabels, row.previousSegment, m_othersLabel));
        m_toSegment.push_back(labelOf(m_segmentLabels, row.segment, m_othersLabel));
        m_fromAbc.push_back(labelOf(m_abcLabels, row.previousAbcClass, analytics::kAbsentLabel));
        m_toAbc.push_back(labelOf(m_abcLabels, row.abcClass, analytics::kAbsentLabel));
        m_quarterRevenue.push_back(line.quarterRevenue);

        m_customerOwner.push_back(ownerIndex(line.owner));
        const QString &first = row.firstPurchase;
        const bool isNew = !first.isEmpty() && first >= m_firstDay && first <= m_lastDay;
        m_customerFirst.push_back(isNew ? toDayNumber(QDate::fromString(first, Qt::ISODate)) : kNoDay);
        const bool active = !row.lastPurchase.isEmpty() && row.lastPurchase >= m_firstDay;
        m_customerActive.push_back(active ? 1 : 0);

        ++m_review.customers;
        m_review.activeCustomers += active ? 1 : 0;
        m_review.newCustomers += isNew ? 1 : 0;
        m_review.revenue += line.quarterRevenue;
        addToLists(line, row);
    }

    /// Sorts the lists and builds the migration matrices once every row is in.
    void finish()
    {
        QuarterlyReview &r = m_review;
        for (QList<Line> *list : {&r.becameKey, &r.droppedClass, &r.newChurnRisks, &r.winBack, &r.topByClv})
            std::sort(list->begin(), list->end(), byValue);
        if (r.topByClv.size() > m_options.topCount)
            r.topByClv.resize(m_options.topCount);
        r.segmentMigration = analytics::migrationMatrix(m_fromSegment, m_toSegment, int(r.segmentKeys.size()),
                                                        m_quarterRevenue);
        r.abcMigration = analytics::migrationMatrix(m_fromAbc, m_toAbc, 3, m_quarterRevenue);
    }

    /// Dense index of an owner name, adding it when new.
    int32_t ownerIndex(const QString &name) { return m_owners.indexOf(name); }
    const QStringList &owners() const { return m_owners.names(); }
    /// The team figures' customer columns (the caller adds the period and the follow-ups);
    /// they point into this object.
    analytics::TeamInput teamInput() const
    {
        analytics::TeamInput team;
        team.customerOwner = m_customerOwner;
        team.customerFirstDay = m_customerFirst;
        team.customerActive = m_customerActive;
        team.customerRevenue = m_quarterRevenue;
        return team;
    }

private:
    /// Keeps only customers that may appear in a list, to keep memory small.
    void addToLists(Line line, const SnapshotRepository::ComparedRow &row)
    {
        QuarterlyReview &r = m_review;
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
            if (r.topByClv.size() > 4 * m_options.topCount + 64) {
                std::sort(r.topByClv.begin(), r.topByClv.end(), byValue);
                r.topByClv.resize(m_options.topCount);
            }
        }
    }

    const QString m_firstDay;
    const QString m_lastDay;
    const QuarterlyReviewBuilder::Options &m_options;
    QuarterlyReview &m_review;
    QHash<QString, int16_t> m_segmentLabels;
    int16_t m_othersLabel = 0;
    QHash<QString, int16_t> m_abcLabels;
    std::vector<int16_t> m_fromSegment, m_toSegment, m_fromAbc, m_toAbc;
    NameIndex m_owners;
    std::vector<int32_t> m_customerOwner, m_customerFirst;
    std::vector<uint8_t> m_customerActive;
    std::vector<int64_t> m_quarterRevenue;
};

/// One team line per owner: the figures, visits and targets, highest revenue first.
QList<QuarterlyReview::TeamLine> teamLines(const QStringList &owners,
                                           const std::vector<analytics::OwnerFigures> &figures,
                                           const QHash<QString, qint64> &visits,
                                           const QList<OwnerTargetRepository::Target> &quarterTargets)
{
    QHash<QString, OwnerTargetRepository::Target> targets;
    for (const auto &t : quarterTargets)
        targets.insert(t.owner, t);
    QList<QuarterlyReview::TeamLine> lines;
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
        lines.append(line);
    }
    std::sort(lines.begin(), lines.end(), [](const auto &a, const auto &b) {
        return a.revenue != b.revenue ? a.revenue > b.revenue : a.owner < b.owner;
    });
    return lines;
}

/// The team's figures for the quarter: visits, follow-ups due in it, targets.
QList<QuarterlyReview::TeamLine> teamOf(Database &database, const Quarter &quarter, SnapshotComparison &comparison)
{
    std::vector<int32_t> followUpOwner, followUpDue, followUpDone;
    for (const FollowUp &f : FollowUpRepository(database).dueBetween(quarter.firstDay(), quarter.lastDay())) {
        followUpOwner.push_back(comparison.ownerIndex(f.assignee));
        followUpDue.push_back(toDayNumber(f.dueOn));
        followUpDone.push_back(f.doneOn ? toDayNumber(*f.doneOn) : kNoDay);
    }
    analytics::TeamInput team = comparison.teamInput();
    team.owners = int(comparison.owners().size());
    team.firstDay = toDayNumber(quarter.firstDay());
    team.lastDay = toDayNumber(quarter.lastDay());
    team.followUpOwner = followUpOwner;
    team.followUpDue = followUpDue;
    team.followUpDone = followUpDone;
    return teamLines(comparison.owners(), analytics::teamFigures(team),
                     StatsRepository(database).visitsPerOwner(quarter.firstDay(), quarter.lastDay().addDays(1)),
                     OwnerTargetRepository(database).forQuarter(quarter.label()));
}

/// The follow-ups overdue on the review day (at most 1000), with their customers' names.
void addOverdueFollowUps(const FollowUpRepository &followUps, QDate reviewDay, QuarterlyReview &r)
{
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
}

} // namespace

bool QuarterlyReviewBuilder::build(const Quarter &quarter, const Options &options, QuarterlyReview *review,
                                   QString *error, const std::function<void(const QString &)> &progress)
{
    if (!m_workspace.access().require(Operation::ViewFigures, error))
        return false;
    QuarterlyReview &r = *review;
    r = QuarterlyReview{};
    r.quarter = quarter;
    r.currency = SettingsRepository(m_database).currency();
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

    if (progress)
        progress(QStringLiteral("comparing snapshots %1 and %2").arg(currentId).arg(previousId));
    SnapshotComparison comparison(quarter, SettingsRepository(m_database).policy(), options, r);
    if (!snapshots.forEachComparedRow(
            currentId, previousId, [&](const SnapshotRepository::ComparedRow &row) { comparison.add(row); }, error))
        return false;
    comparison.finish();

    if (progress)
        progress(QStringLiteral("team figures"));
    r.team = teamOf(m_database, quarter, comparison);
    // Overdue follow-ups as of the review day, and who already has an open one.
    const FollowUpRepository followUps(m_database);
    addOverdueFollowUps(followUps, reviewDay, r);
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
    QList<qint64> ids;
    if (!m_workspace.followUps().create(followUpsOf(actions), &ids, error))
        return -1;
    return ids.size();
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
