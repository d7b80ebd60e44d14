// Dashboard aggregates on the review fixture (values worked out in quarterlyreview_test.cpp).
#include "dashboardrepository.h"

#include "classificationrunner.h"
#include "snapshotaggregator.h"

#include "../support/printers.h"
#include "../support/reviewfixture.h"
#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonObject>

#include <tuple>

using namespace kehu;

namespace {

class DashboardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ids = test::fillReviewFixture(temp.db());
        for (const QDate asOf : {QDate(2025, 9, 30), QDate(2025, 12, 31)}) {
            const auto outcome = ClassificationRunner(temp.workspace()).run(ClassificationPolicy{}, asOf, {});
            ASSERT_NE(outcome.snapshotId, 0) << outcome.error.toStdString();
        }
    }

    QList<CustomerId> idsOf(std::initializer_list<const char16_t *> codes)
    {
        QList<CustomerId> list;
        for (const char16_t *code : codes)
            list << ids.value(QString::fromUtf16(code));
        return list;
    }

    test::TempDatabase temp;
    QHash<QString, CustomerId> ids;
};

} // namespace

TEST_F(DashboardTest, KpisAndFilters)
{
    DashboardRepository repo(temp.db());
    QString error;
    DashboardFilter q4{QDate(2025, 10, 1), QDate(2025, 12, 31), {}, {}, {}};
    const DashboardData d = repo.load(q4, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_EQ(d.snapshot.asOf, QDate(2025, 12, 31));
    ASSERT_TRUE(d.previousSnapshot);
    EXPECT_EQ(d.previousSnapshot->asOf, QDate(2025, 9, 30));
    EXPECT_EQ(d.kpis.customers, 7);
    EXPECT_EQ(d.kpis.revenue, 1365000);
    EXPECT_EQ(d.kpis.active, 3);                // C1, C2, C6
    EXPECT_EQ(d.kpis.atRisk, 3);                // C3, C4, C5
    EXPECT_EQ(d.kpis.churned, 1);               // C7
    EXPECT_EQ(d.kpis.newInRange, 1);            // C6
    EXPECT_EQ(d.kpis.averageClv, 1365000 / 7);  // historical CLV = revenue (no model on 7 customers)
    EXPECT_NEAR(d.kpis.nps, 100.0 / 3.0, 1e-9); // Q4 answers: 10, 9, 3
    ASSERT_TRUE(d.previous);
    EXPECT_EQ(d.previous->customers, 7); // every customer has a row; C6 without a purchase
    EXPECT_EQ(d.previous->revenue, 645000);
    EXPECT_EQ(d.previous->churned, 1);

    ASSERT_EQ(d.abcClasses.size(), 3);
    EXPECT_EQ(d.abcClasses[0].key, QStringLiteral("A"));
    EXPECT_EQ(d.abcClasses[0].customers, 3);
    EXPECT_EQ(d.abcClasses[2].customers, 3);

    DashboardFilter li;
    li.owner = QStringLiteral("李娜");
    const DashboardData l = repo.load(li);
    EXPECT_EQ(l.kpis.customers, 3);
    EXPECT_EQ(l.kpis.revenue, 275000);
    EXPECT_EQ(l.kpis.churned, 1);
    EXPECT_EQ(l.kpis.newInRange, 3); // no range: every first purchase counts
}

TEST_F(DashboardTest, ChartsFromAggregates)
{
    const DashboardData d = DashboardRepository(temp.db()).load({});
    // Revenue bins (1-2-5, minor units): 610000 in [500000, 1e6); 300000 and 250000 in
    // [200000, 500000); 150000; 30000 and 20000 in [20000, 50000); 5000. Ranked by mean:
    // customers 1, 3, 4, 6, 7 of 7 bring 610000, 1160000, 1310000, 1360000, 1365000.
    ASSERT_EQ(d.pareto.customerShare.size(), 6u);
    EXPECT_NEAR(d.pareto.customerShare[2], 3.0 / 7.0, 1e-12);
    EXPECT_NEAR(d.pareto.revenueShare[2], 1160000.0 / 1365000.0, 1e-12);
    EXPECT_EQ(d.pareto.aIndex, 2);
    EXPECT_EQ(d.pareto.bIndex, 3);
    int64_t cells = 0;
    for (int64_t n : d.heatmap.customers)
        cells += n;
    EXPECT_EQ(cells, 7);
    EXPECT_EQ(d.clvHistogram.customers[size_t(analytics::valueBin(300000))], 2);
    EXPECT_EQ(d.clvHistogram.customers[size_t(analytics::valueBin(610000))], 1);
    int64_t churnRows = 0;
    for (const auto &g : d.churnBySegment)
        churnRows += g.customers;
    EXPECT_EQ(churnRows, 7);
    ASSERT_EQ(d.newPerMonth.size(), 7u); // first purchases in 7 different months
    EXPECT_EQ(d.newPerMonth.front().key, QStringLiteral("2024-06"));
    int64_t distributors = 0;
    for (const auto &g : d.customerTypes)
        distributors += g.key == u"distributor" ? g.customers : 0;
    EXPECT_EQ(distributors, 2);
}

TEST_F(DashboardTest, DrillDown)
{
    DashboardRepository repo(temp.db());
    const qint64 snapshot = repo.load({}).snapshot.id;
    DashboardElement bin{DashboardElement::Kind::ClvBin, QString::number(analytics::valueBin(300000)), {}, {}, {}};
    EXPECT_EQ(repo.customers(snapshot, {}, bin), idsOf({u"C1", u"C7"}));
    DashboardElement risk{DashboardElement::Kind::ChurnFlag, QStringLiteral("at_risk"), {}, {}, {}};
    EXPECT_EQ(repo.customers(snapshot, {}, risk), idsOf({u"C3", u"C4", u"C5"}));
    DashboardFilter li;
    li.owner = QStringLiteral("李娜");
    DashboardElement a{DashboardElement::Kind::AbcClass, QStringLiteral("A"), {}, {}, {}};
    EXPECT_EQ(repo.customers(snapshot, li, a), idsOf({u"C7"}));
    // Every heatmap cell's drill-down has as many customers as the cell says.
    const DashboardData d = repo.load({});
    for (int r = 1; r <= 5; ++r) {
        for (int f = 1; f <= 5; ++f) {
            DashboardElement cell{DashboardElement::Kind::RfCell, QString::number(r), QString::number(f), {}, {}};
            EXPECT_EQ(repo.customers(snapshot, {}, cell).size(), d.heatmap.count(r, f)) << r << f;
        }
    }
}

// Every point of the counts series drills down to as many customers as it counts: new,
// active and churned per month, and won back, by the snapshot's own definitions.
TEST_F(DashboardTest, PeriodDrillDownsMatchTheCounts)
{
    DashboardRepository repo(temp.db());
    const DashboardData d = repo.load({});
    const SnapshotSummary::Counts &counts = d.snapshot.summary.counts;
    const QList<QDate> &starts = counts.periodStart;
    ASSERT_GT(starts.size(), 12);
    qint64 churnedTotal = 0, wonBackTotal = 0;
    for (qsizetype i = 0; i < starts.size(); ++i) {
        DashboardElement e;
        e.from = starts.at(i);
        e.to = e.from.addMonths(1).addDays(-1);
        const std::tuple<DashboardElement::Kind, const char *, const QList<qint64> *> kinds[] = {
            {DashboardElement::Kind::PeriodNew, "new", &counts.newCustomers},
            {DashboardElement::Kind::PeriodActive, "active", &counts.active},
            {DashboardElement::Kind::PeriodChurned, "churned", &counts.churned},
            {DashboardElement::Kind::WonBack, "won_back", &counts.wonBack}};
        for (const auto &[kind, name, series] : kinds) {
            e.kind = kind;
            const qint64 expected = series->at(i);
            EXPECT_EQ(repo.customers(d.snapshot.id, {}, e).size(), expected) << name << " " << i;
            if (kind == DashboardElement::Kind::PeriodChurned)
                churnedTotal += expected;
            if (kind == DashboardElement::Kind::WonBack)
                wonBackTotal += expected;
        }
    }
    EXPECT_GT(churnedTotal, 0); // the test covers a churn: C7 bought once in 2024-06
    // C7's churn (2024-06-01 + 180 days) is in November 2024.
    DashboardElement churned{DashboardElement::Kind::PeriodChurned, {}, {}, QDate(2024, 11, 1), QDate(2024, 11, 30)};
    EXPECT_EQ(repo.customers(d.snapshot.id, {}, churned), idsOf({u"C7"}));
    DashboardElement active{DashboardElement::Kind::PeriodActive, {}, {}, QDate(2025, 12, 1), QDate(2025, 12, 31)};
    EXPECT_EQ(repo.customers(d.snapshot.id, {}, active), idsOf({u"C2"}));
    (void)wonBackTotal;
}

TEST_F(DashboardTest, SurveyParetoAndKpiDrillDowns)
{
    DashboardRepository repo(temp.db());
    const qint64 snapshot = repo.load({}).snapshot.id;
    DashboardElement promoters{
        DashboardElement::Kind::Surveyed, QStringLiteral("promoters"), {}, QDate(2025, 11, 1), QDate(2025, 11, 30)};
    EXPECT_EQ(repo.customers(snapshot, {}, promoters), idsOf({u"C1"}));
    DashboardElement detractors{
        DashboardElement::Kind::Surveyed, QStringLiteral("detractors"), {}, QDate(2025, 10, 1), QDate(2025, 12, 31)};
    EXPECT_EQ(repo.customers(snapshot, {}, detractors), idsOf({u"C3"}));
    DashboardElement answered{DashboardElement::Kind::Surveyed, {}, {}, QDate(2025, 10, 1), QDate(2025, 12, 31)};
    EXPECT_EQ(repo.customers(snapshot, {}, answered).size(), 3); // C1, C2, C3
    DashboardElement csat{
        DashboardElement::Kind::Surveyed, QStringLiteral("csat"), {}, QDate(2025, 10, 1), QDate(2025, 12, 31)};
    EXPECT_EQ(repo.customers(snapshot, {}, csat).size(), 2); // C1, C3

    // The Pareto curve up to three customers: the three best by revenue, best first.
    DashboardElement top{DashboardElement::Kind::RevenueTop, QStringLiteral("3"), {}, {}, {}};
    EXPECT_EQ(repo.customers(snapshot, {}, top), idsOf({u"C2", u"C1", u"C7"}));

    DashboardElement all{DashboardElement::Kind::All, {}, {}, {}, {}};
    EXPECT_EQ(repo.customers(snapshot, {}, all).size(), 7);
    DashboardFilter li;
    li.owner = QStringLiteral("李娜");
    EXPECT_EQ(repo.customers(snapshot, li, all).size(), 3);
    DashboardElement newInRange{DashboardElement::Kind::PeriodNew, {}, {}, QDate(2025, 10, 1), QDate(2025, 12, 31)};
    EXPECT_EQ(repo.customers(snapshot, {}, newInRange), idsOf({u"C6"}));
}

// "New" is compared with the period before the range only when the data covers that period.
TEST_F(DashboardTest, NewIsComparedOnlyWithAPeriodTheDataCovers)
{
    DashboardRepository repo(temp.db());
    const DashboardData q4 = repo.load({QDate(2025, 10, 1), QDate(2025, 12, 31), {}, {}, {}});
    EXPECT_EQ(q4.span.first, QDate(2024, 6, 1));
    EXPECT_EQ(q4.span.last, QDate(2025, 12, 5));
    EXPECT_TRUE(q4.newComparable);
    // The first months of the data: the months before them are no period of this book.
    const DashboardData first = repo.load({QDate(2024, 6, 1), QDate(2024, 12, 31), {}, {}, {}});
    EXPECT_FALSE(first.newComparable);
    // No range: nothing to compare.
    EXPECT_FALSE(repo.load({}).newComparable);
}

// The counts series for the dashboard's filter: the whole book's equals the snapshot's, an
// owner's has only that owner's customers.
TEST_F(DashboardTest, CountsFollowTheCustomerFilter)
{
    DashboardRepository repo(temp.db());
    const DashboardData d = repo.load({});
    analytics::CountOptions options;
    options.asOfDay = int32_t(QDate(1970, 1, 1).daysTo(d.snapshot.asOf));
    QString error;
    const analytics::CustomerCounts all = repo.counts({}, options, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    const QList<qint64> &active = d.snapshot.summary.counts.active;
    ASSERT_EQ(all.active.size(), size_t(active.size()));
    for (size_t i = 0; i < all.active.size(); ++i)
        EXPECT_EQ(all.active[i], active.at(qsizetype(i))) << i;

    DashboardFilter li;
    li.owner = QStringLiteral("李娜"); // C5, C6, C7
    const analytics::CustomerCounts mine = repo.counts(li, options, &error);
    int64_t acquired = 0;
    for (int64_t n : mine.newCustomers)
        acquired += n;
    EXPECT_EQ(acquired, 3);
    EXPECT_EQ(mine.periodStartDay.front(), all.periodStartDay.front()); // C7 bought first
    EXPECT_NE(mine.active, all.active);
}
