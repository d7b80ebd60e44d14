// The quarterly review on the fixture of reviewfixture.cpp, against hand-worked values.
//
// Revenue to date (yuan) and ABC classes (A while the revenue ranked ahead < 80%, B < 95%):
//   2025-09-30: C7 2500 A, C1 2000 A (38.8%), C3 1500 A (69.8%), C4 300 B (93.0%),
//               C2 100 C (97.7%), C5 50 C; C6 has not bought yet (absent).
//   2025-12-31: C2 6100 A, C1 3000 A (44.7%), C7 2500 A (66.7%), C3 1500 B (85.0%),
//               C4 300 C (96.0%), C6 200 C, C5 50 C.
// Churn flags (no model with 7 customers: gap and one-time rules only):
//   2025-09-30: C1 active, C2 at risk (241 days, one purchase), C3 at risk, C4 active
//               (152 days), C5 active (121), C7 churned (486).
//   2025-12-31: C1 active, C2 active, C3 at risk, C4 at risk (244), C5 at risk (213),
//               C6 active, C7 churned.
// So: became key C2 (C -> A); dropped a class C3 (A -> B) and C4 (B -> C); new churn risks
// C4 and C5 (active -> at risk); win-back C7 (churned, class A). Quarter revenue: C2 6000,
// C1 1000, C6 200 = 7200 yuan.
#include "quarterlyreviewbuilder.h"

#include "classificationrunner.h"
#include "customerlistrepository.h"
#include "dashboardrepository.h"
#include "followuprepository.h"
#include "ownertargetrepository.h"
#include "snapshotrepository.h"
#include "statsrepository.h"
#include "workspace.h"

#include "../support/printers.h"
#include "../support/reviewfixture.h"
#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

#include <QSet>
#include <QStringList>

using namespace kehu;

namespace {

QSet<QString> codes(const QList<QuarterlyReview::CustomerLine> &lines)
{
    QSet<QString> set;
    for (const auto &l : lines)
        set.insert(l.code);
    return set;
}

QuarterlyReview buildReview(Workspace &workspace)
{
    QuarterlyReviewBuilder::Options options;
    options.reviewDay = QDate(2026, 1, 5);
    QuarterlyReview review;
    QString error;
    EXPECT_TRUE(QuarterlyReviewBuilder(workspace).build(*Quarter::parse(u"2025Q4"), options, &review, &error))
        << error.toStdString();
    return review;
}

} // namespace

TEST(Quarter, ParseAndDays)
{
    const auto q = Quarter::parse(u"2025Q4");
    ASSERT_TRUE(q);
    EXPECT_EQ(q->firstDay(), QDate(2025, 10, 1));
    EXPECT_EQ(q->lastDay(), QDate(2025, 12, 31));
    EXPECT_EQ(q->previous().label(), QStringLiteral("2025Q3"));
    EXPECT_EQ(Quarter::parse(u"2026-q1")->previous().label(), QStringLiteral("2025Q4"));
    EXPECT_FALSE(Quarter::parse(u"2025Q5"));
    EXPECT_EQ(Quarter::containing(QDate(2025, 2, 28)).label(), QStringLiteral("2025Q1"));
}

TEST(QuarterlyReview, SnapshotsAreMadeFrozenAndReused)
{
    test::TempDatabase temp;
    test::fillReviewFixture(temp.db());
    const QuarterlyReview first = buildReview(temp.workspace());
    EXPECT_EQ(first.current.asOf, QDate(2025, 12, 31));
    EXPECT_EQ(first.current.label, QStringLiteral("2025Q4"));
    ASSERT_TRUE(first.previous);
    EXPECT_EQ(first.previous->asOf, QDate(2025, 9, 30));
    EXPECT_TRUE(first.current.frozen);
    EXPECT_TRUE(first.previous->frozen);
    const QuarterlyReview second = buildReview(temp.workspace());
    EXPECT_EQ(second.current.id, first.current.id);
    EXPECT_EQ(SnapshotRepository(temp.db()).list().size(), 2);
}

TEST(QuarterlyReview, ItsRunsOfEarlierQuartersNeverBecomeTheCurrentClassification)
{
    test::TempDatabase temp;
    test::fillReviewFixture(temp.db());
    const qint64 usersRun = ClassificationRunner(temp.workspace())
                                .run(ClassificationPolicy{}, QDate(2025, 12, 31), QStringLiteral("mine"))
                                .snapshotId;
    ASSERT_GT(usersRun, 0);

    // The 2025Q4 review reuses the user's run and classifies 2025-09-30 for the comparison;
    // a 2025Q3 review afterwards classifies 2025-06-30 as well.
    const QuarterlyReview q4 = buildReview(temp.workspace());
    EXPECT_EQ(q4.current.id, usersRun);
    QuarterlyReview q3;
    QString error;
    QuarterlyReviewBuilder::Options options;
    options.reviewDay = QDate(2025, 10, 5);
    ASSERT_TRUE(QuarterlyReviewBuilder(temp.workspace()).build(*Quarter::parse(u"2025Q3"), options, &q3, &error))
        << error.toStdString();
    ASSERT_EQ(SnapshotRepository(temp.db()).list().size(), 3);

    const auto current = SnapshotRepository(temp.db()).current();
    ASSERT_TRUE(current);
    EXPECT_EQ(current->id, usersRun);
    EXPECT_EQ(current->asOf, QDate(2025, 12, 31));
    EXPECT_EQ(current->purpose, SnapshotPurpose::Current);
    EXPECT_EQ(SnapshotRepository(temp.db()).find(q3.previous->id)->purpose, SnapshotPurpose::History);
    EXPECT_EQ(CustomerListRepository(temp.db()).currentSnapshotId(), usersRun);
    QString dashboardError;
    EXPECT_EQ(DashboardRepository(temp.db()).load(DashboardFilter{}, &dashboardError).snapshot.id, usersRun);
}

TEST(QuarterlyReview, ListsAndMigration)
{
    test::TempDatabase temp;
    test::fillReviewFixture(temp.db());
    const QuarterlyReview r = buildReview(temp.workspace());
    EXPECT_EQ(r.customers, 7);
    EXPECT_EQ(r.revenue, 720000);
    EXPECT_EQ(r.newCustomers, 1);    // C6
    EXPECT_EQ(r.activeCustomers, 3); // C1, C2, C6

    EXPECT_EQ(codes(r.droppedClass), (QSet<QString>{QStringLiteral("C3"), QStringLiteral("C4")}));
    EXPECT_EQ(codes(r.newChurnRisks), (QSet<QString>{QStringLiteral("C4"), QStringLiteral("C5")}));
    EXPECT_EQ(codes(r.winBack), QSet<QString>{QStringLiteral("C7")});
    EXPECT_TRUE(codes(r.becameKey).contains(QStringLiteral("C2")));
    for (const auto &l : r.becameKey) {
        const bool intoA = l.toAbc == u"A" && l.fromAbc != u"A";
        const bool intoKeySegment = (l.toSegment == u"champions" || l.toSegment == u"loyal_customers")
                                    && l.fromSegment != u"champions" && l.fromSegment != u"loyal_customers";
        EXPECT_TRUE(intoA || intoKeySegment) << l.code.toStdString();
    }
    EXPECT_EQ(r.droppedClass[0].code, QStringLiteral("C3")); // higher value first
    EXPECT_EQ(r.topByClv.size(), 7);
    EXPECT_EQ(r.topByClv[0].code, QStringLiteral("C2")); // historical CLV = revenue: 6100

    // ABC migration (labels A = 0, B = 1, C = 2, absent = -1).
    const auto &m = r.abcMigration;
    EXPECT_EQ(m.count(0, 0), 2); // C1, C7
    EXPECT_EQ(m.count(2, 0), 1); // C2
    EXPECT_EQ(m.revenueOf(2, 0), 600000);
    EXPECT_EQ(m.count(0, 1), 1);                       // C3
    EXPECT_EQ(m.count(1, 2), 1);                       // C4
    EXPECT_EQ(m.count(2, 2), 1);                       // C5
    EXPECT_EQ(m.count(analytics::kAbsentLabel, 2), 1); // C6
    EXPECT_EQ(m.revenueOf(analytics::kAbsentLabel, 2), 20000);
    int64_t total = 0;
    for (int64_t n : r.segmentMigration.customers)
        total += n;
    EXPECT_EQ(total, 7);
}

TEST(QuarterlyReview, TeamOverdueAndActions)
{
    test::TempDatabase temp;
    test::fillReviewFixture(temp.db());
    OwnerTargetRepository(temp.db()).set({QStringLiteral("王芳"), QStringLiteral("2025Q4"), 500000, 2});
    const QuarterlyReview r = buildReview(temp.workspace());
    ASSERT_EQ(r.team.size(), 3);
    const auto &wang = r.team[0]; // most revenue
    EXPECT_EQ(wang.owner, QStringLiteral("王芳"));
    EXPECT_EQ(wang.customers, 2);
    EXPECT_EQ(wang.revenue, 700000);
    EXPECT_EQ(wang.visits, 1);
    EXPECT_EQ(wang.followUpsDue, 1);
    EXPECT_EQ(wang.followUpsOnTime, 1);
    EXPECT_EQ(wang.revenueTarget, 500000);
    EXPECT_EQ(r.team[1].owner, QStringLiteral("李娜"));
    EXPECT_EQ(r.team[1].revenue, 20000);
    EXPECT_EQ(r.team[1].newCustomers, 1);
    EXPECT_EQ(r.team[2].owner, QStringLiteral("张伟"));
    EXPECT_EQ(r.team[2].followUpsDue, 1);
    EXPECT_EQ(r.team[2].followUpsDone, 0);

    ASSERT_EQ(r.overdueFollowUps.size(), 1); // C3's, due 2025-12-10
    EXPECT_EQ(r.overdueFollowUps[0].assignee, QStringLiteral("张伟"));

    // Actions: C4 and C5 (new risks, +7 days), C7 (win-back, +14), C2 (became key, +21);
    // C3 dropped a class but has an open follow-up; C4 is planned once only.
    QHash<QString, QuarterlyReview::ProposedAction> byCode;
    for (const auto &a : r.actions)
        byCode.insert(a.code, a);
    EXPECT_EQ(byCode.value(QStringLiteral("C4")).reason, QStringLiteral("review:new_churn_risk"));
    EXPECT_EQ(byCode.value(QStringLiteral("C4")).dueOn, QDate(2026, 1, 12));
    EXPECT_EQ(byCode.value(QStringLiteral("C5")).assignee, QStringLiteral("李娜"));
    EXPECT_EQ(byCode.value(QStringLiteral("C7")).reason, QStringLiteral("review:win_back"));
    EXPECT_EQ(byCode.value(QStringLiteral("C2")).reason, QStringLiteral("review:became_key"));
    EXPECT_EQ(byCode.value(QStringLiteral("C2")).dueOn, QDate(2026, 1, 26));
    EXPECT_FALSE(byCode.contains(QStringLiteral("C3")));
    EXPECT_EQ(r.actions.size(), byCode.size());

    auto actions = r.actions;
    actions[0].selected = false; // the wizard unticks one
    QString error;
    EXPECT_EQ(QuarterlyReviewBuilder(temp.workspace()).commitActions(actions, &error), actions.size() - 1);
    FollowUpRepository::Query open;
    open.today = QDate(2026, 1, 5);
    EXPECT_EQ(FollowUpRepository(temp.db()).open(open).size(), actions.size()); // + C3's
}

// The quarters a book has run from its first to its last day of activity, not to today.
TEST(Quarter, BetweenTheDataDays)
{
    const QList<Quarter> quarters = Quarter::between(QDate(2024, 6, 1), QDate(2025, 12, 5));
    QStringList labels;
    for (const Quarter &q : quarters)
        labels << q.label();
    EXPECT_EQ(labels, QStringList({QStringLiteral("2025Q4"), QStringLiteral("2025Q3"), QStringLiteral("2025Q2"),
                                   QStringLiteral("2025Q1"), QStringLiteral("2024Q4"), QStringLiteral("2024Q3"),
                                   QStringLiteral("2024Q2")}));
    EXPECT_EQ(Quarter::between(QDate(2024, 5, 2), QDate(2024, 5, 2)).size(), 1);
    EXPECT_TRUE(Quarter::between(QDate(2025, 1, 1), QDate(2024, 1, 1)).isEmpty());
    EXPECT_TRUE(Quarter::between({}, QDate(2024, 1, 1)).isEmpty());
}

TEST(QuarterlyReview, ActivitySpanOfTheBook)
{
    test::TempDatabase temp;
    EXPECT_FALSE(StatsRepository(temp.db()).activitySpan().isValid());
    test::fillReviewFixture(temp.db());
    const ActivitySpan span = StatsRepository(temp.db()).activitySpan();
    EXPECT_EQ(span.first, QDate(2024, 6, 1)); // C7's purchase
    EXPECT_EQ(span.last, QDate(2025, 12, 5)); // C2's survey, after the last purchase (12-01)
    EXPECT_TRUE(span.endsInside(QDate(2025, 12, 1), QDate(2025, 12, 31)));
    EXPECT_FALSE(span.endsInside(QDate(2025, 11, 1), QDate(2025, 11, 30)));
}

// The first quarter with a purchase has nothing before it: no snapshot of an empty quarter is
// taken, and the review says it has no previous one.
TEST(QuarterlyReview, FirstQuarterHasNothingToCompareWith)
{
    test::TempDatabase temp;
    test::fillReviewFixture(temp.db());
    QuarterlyReviewBuilder::Options options;
    options.reviewDay = QDate(2024, 7, 5);
    QuarterlyReview review;
    QString error;
    ASSERT_TRUE(QuarterlyReviewBuilder(temp.workspace()).build(*Quarter::parse(u"2024Q2"), options, &review, &error))
        << error.toStdString();
    EXPECT_FALSE(review.previous.has_value());
    EXPECT_EQ(SnapshotRepository(temp.db()).list().size(), 1);
    EXPECT_EQ(review.newCustomers, 1); // C7
}
