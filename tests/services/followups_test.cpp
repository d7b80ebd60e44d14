#include "followupplanner.h"
#include "followuprepository.h"

#include "activityrepository.h"
#include "classificationrunner.h"
#include "customerrepository.h"
#include "ownertargetrepository.h"
#include "settingsrepository.h"
#include "surveyrepository.h"

#include "../support/printers.h"
#include "../support/reviewfixture.h"
#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

#include <algorithm>

#include <QSqlQuery>

using namespace kehu;

namespace {

qint64 count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

TEST(FollowUpRepository, DueAndOverduePerOwner)
{
    test::TempDatabase temp;
    const auto ids = test::fillReviewFixture(temp.db());
    FollowUpRepository repo(temp.db());
    // C3's follow-up (due 2025-12-10, no assignee: its owner 张伟) is open; C1's is done.
    FollowUpRepository::Query query;
    query.today = QDate(2025, 12, 12);
    auto rows = repo.open(query);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].owner, QStringLiteral("张伟"));
    EXPECT_EQ(rows[0].code, QStringLiteral("C3"));
    EXPECT_EQ(rows[0].daysOverdue, 2);
    query.owner = QStringLiteral("王芳");
    EXPECT_TRUE(repo.open(query).isEmpty());
    query.owner.clear();
    query.onlyOverdue = true;
    query.today = QDate(2025, 12, 10); // due today is not overdue
    EXPECT_TRUE(repo.open(query).isEmpty());

    const auto counts = repo.countsByOwner(QDate(2025, 12, 10));
    ASSERT_EQ(counts.size(), 1);
    EXPECT_EQ(counts[0].owner, QStringLiteral("张伟"));
    EXPECT_EQ(counts[0].dueToday, 1);
    EXPECT_EQ(counts[0].overdue, 0);
}

TEST(FollowUpRepository, BulkCreateIsAllOrNothing)
{
    test::TempDatabase temp;
    const auto ids = test::fillReviewFixture(temp.db());
    FollowUpRepository repo(temp.db());
    const qint64 before = count(temp.db(), QStringLiteral("SELECT count(*) FROM followups"));
    QList<FollowUp> batch;
    for (const char16_t *code : {u"C1", u"C2"}) {
        FollowUp f;
        f.customerId = ids.value(QString::fromUtf16(code));
        f.dueOn = QDate(2026, 1, 10);
        batch.append(f);
    }
    EXPECT_EQ(repo.addAll(batch), 2);
    EXPECT_EQ(count(temp.db(), QStringLiteral("SELECT count(*) FROM followups")), before + 2);
    // A follow-up for a customer that does not exist fails the foreign key: none is written.
    FollowUp bad;
    bad.customerId = 999999;
    bad.dueOn = QDate(2026, 1, 10);
    batch.append(bad);
    QString error;
    EXPECT_EQ(repo.addAll(batch, &error), -1);
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(count(temp.db(), QStringLiteral("SELECT count(*) FROM followups")), before + 2);
}

TEST(FollowUpRepository, MarkDoneLogsTheVisitInTheSameTransaction)
{
    test::TempDatabase temp;
    const auto ids = test::fillReviewFixture(temp.db());
    FollowUpRepository repo(temp.db());
    FollowUpRepository::Query query;
    query.today = QDate(2025, 12, 12);
    const qint64 id = repo.open(query).at(0).followUp.id;
    const qint64 visitsBefore = count(temp.db(), QStringLiteral("SELECT count(*) FROM visits"));

    Visit visit;
    visit.time = QDateTime(QDate(2025, 12, 13), QTime(15, 30));
    visit.kind = VisitKind::Call;
    visit.staff = QStringLiteral("张伟");
    visit.satisfaction = 5;
    QString error;
    ASSERT_TRUE(repo.markDone(id, visit, &error)) << error.toStdString();
    EXPECT_EQ(repo.find(id)->doneOn, QDate(2025, 12, 13));
    const auto visits = ActivityRepository(temp.db()).visitsOf(ids.value(QStringLiteral("C3")));
    ASSERT_EQ(visits.size(), 1);
    EXPECT_EQ(visits[0].kind, VisitKind::Call);
    EXPECT_EQ(visits[0].note, QStringLiteral("call back about the offer")); // the reason, when no note
    // Done twice is refused and changes nothing.
    EXPECT_FALSE(repo.markDone(id, visit, &error));
    EXPECT_EQ(count(temp.db(), QStringLiteral("SELECT count(*) FROM visits")), visitsBefore + 1);

    // When the visit cannot be written, the follow-up stays open (one transaction).
    FollowUp another;
    another.customerId = ids.value(QStringLiteral("C4"));
    another.dueOn = QDate(2025, 12, 20);
    const qint64 second = repo.add(another);
    Visit invalid = visit;
    invalid.satisfaction = 9; // violates CHECK (satisfaction BETWEEN 1 AND 5)
    EXPECT_FALSE(repo.markDone(second, invalid, &error));
    EXPECT_FALSE(repo.find(second)->doneOn.has_value());
    EXPECT_EQ(count(temp.db(), QStringLiteral("SELECT count(*) FROM visits")), visitsBefore + 1);
}

TEST(FollowUpPlanner, CadenceCreatesFollowUpsForSegments)
{
    test::TempDatabase temp;
    const auto ids = test::fillReviewFixture(temp.db());
    const auto outcome = ClassificationRunner(temp.workspace()).run(ClassificationPolicy{}, QDate(2025, 12, 31), {});
    ASSERT_NE(outcome.snapshotId, 0) << outcome.error.toStdString();
    FollowUpPlanner planner(temp.workspace());
    // Every customer's segment gets "within 3 days"; C3 has an open follow-up already.
    FollowUpCadencePolicy policy;
    policy.rules.clear();
    QSqlQuery q(temp.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT DISTINCT rfm_segment FROM snapshot_rows WHERE rfm_segment IS NOT NULL")));
    while (q.next())
        policy.rules.append({q.value(0).toString(), 0, 3});
    ASSERT_TRUE(planner.setPolicy(policy));
    EXPECT_EQ(planner.policy().rules, policy.rules);
    const auto planned = planner.plan(planner.policy(), QDate(2026, 1, 5));
    ASSERT_EQ(planned.size(), 6); // C1, C2, C4, C5, C6, C7
    for (const FollowUp &f : planned) {
        EXPECT_NE(f.customerId, ids.value(QStringLiteral("C3")));
        // Within 3 days; far under the daily capacity, so as soon as possible.
        EXPECT_EQ(f.dueOn, QDate(2026, 1, 5));
        EXPECT_TRUE(f.reason.startsWith(u"cadence:"));
        EXPECT_FALSE(f.assignee.isEmpty());
    }
    // Default policy: C1 (last contact: the visit on 2025-11-02 and the follow-up done on
    // 2025-11-10) is planned 30 or 45 days after 2025-11-10 at most, i.e. overdue -> today.
    EXPECT_EQ(FollowUpRepository(temp.db()).addAll(planned), 6);
    EXPECT_TRUE(planner.plan(planner.policy(), QDate(2026, 1, 5)).isEmpty()); // all have one open now
}

// Planning spreads the due days over the owners' daily capacity (open follow-ups
// included) and each rule's window, and says what did not fit.
TEST(FollowUpPlanner, SpreadsDueDaysOverEachOwnersCapacity)
{
    test::TempDatabase temp;
    const auto ids = test::fillReviewFixture(temp.db());
    ASSERT_NE(ClassificationRunner(temp.workspace()).run(ClassificationPolicy{}, QDate(2025, 12, 31), {}).snapshotId,
              0);
    // 张伟 already has a follow-up due on Monday 2026-01-05 (C3's second one).
    FollowUp busy;
    busy.customerId = ids.value(QStringLiteral("C3"));
    busy.dueOn = QDate(2026, 1, 5);
    ASSERT_NE(FollowUpRepository(temp.db()).add(busy), 0);
    FollowUpCadencePolicy policy;
    policy.rules.clear();
    QSqlQuery q(temp.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT DISTINCT rfm_segment FROM snapshot_rows WHERE rfm_segment IS NOT NULL")));
    while (q.next())
        policy.rules.append({q.value(0).toString(), 0, 1}); // within a day: Monday or Tuesday
    policy.dailyCapacity = 1;
    FollowUpPlanner planner(temp.workspace());
    ASSERT_TRUE(planner.setPolicy(policy));
    EXPECT_EQ(planner.policy().dailyCapacity, 1);
    EXPECT_EQ(planner.policy().workingWeekdays, (QList<int>{1, 2, 3, 4, 5}));

    QString error;
    const FollowUpPlanner::Plan plan = planner.propose(planner.policy(), QDate(2026, 1, 5), &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    ASSERT_EQ(plan.proposals.size(), 6); // C1, C2 (王芳), C4 (张伟), C5, C6, C7 (李娜)
    QHash<QString, QList<QDate>> daysOf;
    QDate previous;
    for (const FollowUpPlanner::Proposal &p : plan.proposals) {
        daysOf[p.followUp.assignee] << p.followUp.dueOn;
        EXPECT_EQ(p.latest, QDate(2026, 1, 6));
        EXPECT_EQ(p.late, p.followUp.dueOn > p.latest);
        if (previous.isValid()) {
            EXPECT_LE(previous, p.followUp.dueOn); // soonest first
        }
        previous = p.followUp.dueOn;
    }
    const auto sorted = [](QList<QDate> days) {
        std::sort(days.begin(), days.end());
        return days;
    };
    EXPECT_EQ(sorted(daysOf.value(QStringLiteral("王芳"))), (QList<QDate>{QDate(2026, 1, 5), QDate(2026, 1, 6)}));
    EXPECT_EQ(daysOf.value(QStringLiteral("张伟")), (QList<QDate>{QDate(2026, 1, 6)})); // Monday is taken
    EXPECT_EQ(sorted(daysOf.value(QStringLiteral("李娜"))),
              (QList<QDate>{QDate(2026, 1, 5), QDate(2026, 1, 6), QDate(2026, 1, 7)}));
    EXPECT_EQ(plan.late, 1);

    ASSERT_EQ(plan.owners.size(), 3);
    EXPECT_EQ(plan.owners[0].owner, QStringLiteral("张伟"));
    EXPECT_EQ(plan.owners[0].count, 1);
    EXPECT_EQ(plan.owners[0].first, QDate(2026, 1, 6));
    const FollowUpPlanner::OwnerSpread &lina = plan.owners[1];
    EXPECT_EQ(lina.owner, QStringLiteral("李娜"));
    EXPECT_EQ(lina.count, 3);
    EXPECT_EQ(lina.first, QDate(2026, 1, 5));
    EXPECT_EQ(lina.last, QDate(2026, 1, 7));
    EXPECT_EQ(lina.busiestDay, 1);
    EXPECT_EQ(lina.late, 1);
    EXPECT_EQ(plan.owners[2].owner, QStringLiteral("王芳"));
    EXPECT_EQ(plan.owners[2].late, 0);

    // From Friday on, the weekend is skipped: 李娜's third follow-up is due on Tuesday.
    const auto friday = planner.propose(planner.policy(), QDate(2026, 1, 9));
    for (const auto &p : friday.proposals)
        EXPECT_NE(p.followUp.dueOn.dayOfWeek(), 6) << p.followUp.dueOn.toString(Qt::ISODate).toStdString();
    QList<QDate> linaFromFriday;
    for (const auto &p : friday.proposals)
        if (p.followUp.assignee == u"李娜")
            linaFromFriday << p.followUp.dueOn;
    EXPECT_EQ(sorted(linaFromFriday), (QList<QDate>{QDate(2026, 1, 9), QDate(2026, 1, 12), QDate(2026, 1, 13)}));
}

TEST(SurveyRepository, NpsAndCsatWithFilters)
{
    test::TempDatabase temp;
    test::fillReviewFixture(temp.db());
    SurveyRepository surveys(temp.db());
    // All: NPS 10, 9 (promoters), 7 (passive), 3 (detractor): (2 - 1) / 4 = 25.
    EXPECT_DOUBLE_EQ(surveys.totals({}).nps(), 25.0);
    // Q4 2025: 10, 9, 3 -> (2 - 1) / 3; CSAT 5 and 2 -> 3.5.
    DashboardFilter q4{QDate(2025, 10, 1), QDate(2025, 12, 31), {}, {}, {}};
    const auto t = surveys.totals(q4);
    EXPECT_NEAR(t.nps(), 100.0 / 3.0, 1e-9);
    EXPECT_DOUBLE_EQ(t.csatAverage(), 3.5);
    // Owner 王芳: C1 and C2, both promoters.
    DashboardFilter wang;
    wang.owner = QStringLiteral("王芳");
    EXPECT_DOUBLE_EQ(surveys.totals(wang).nps(), 100.0);
    DashboardFilter south;
    south.region = QStringLiteral("华南");
    EXPECT_EQ(surveys.totals(south).passives, 1);
    // By quarter: 2025Q3 has the passive only, 2025Q4 the rest.
    const auto series = surveys.byPeriod({}, analytics::CalendarPeriod::Quarter);
    ASSERT_EQ(series.totals.size(), 2u);
    EXPECT_EQ(series.totals[0].passives, 1);
    EXPECT_EQ(series.totals[1].promoters, 2);
    // Visit satisfaction: one visit rated 4 in November.
    const auto visits = surveys.visitSatisfaction({}, analytics::CalendarPeriod::Month);
    ASSERT_EQ(visits.totals.size(), 1u);
    EXPECT_DOUBLE_EQ(visits.totals[0].csatAverage(), 4.0);
    EXPECT_EQ(surveys.responses(q4).size(), 3);
}

TEST(OwnerTargetRepository, SetReplacesAndLists)
{
    test::TempDatabase temp;
    OwnerTargetRepository targets(temp.db());
    ASSERT_TRUE(targets.set({QStringLiteral("王芳"), QStringLiteral("2025Q4"), 500000, 3}));
    ASSERT_TRUE(targets.set({QStringLiteral("王芳"), QStringLiteral("2025Q4"), 800000, 2}));
    ASSERT_TRUE(targets.set({QStringLiteral("张伟"), QStringLiteral("2025Q4"), 100000, 1}));
    const auto list = targets.forQuarter(QStringLiteral("2025Q4"));
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list[1].revenue, 800000);
    EXPECT_TRUE(targets.remove(QStringLiteral("张伟"), QStringLiteral("2025Q4")));
    EXPECT_EQ(targets.forQuarter(QStringLiteral("2025Q4")).size(), 1);
}
