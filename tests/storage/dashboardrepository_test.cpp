// Dashboard aggregates on the review fixture (values worked out in quarterlyreview_test.cpp).
#include "storage/dashboardrepository.h"

#include "storage/classificationrunner.h"
#include "storage/snapshotaggregator.h"

#include "../support/printers.h"
#include "../support/reviewfixture.h"
#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

using namespace kehu;

namespace {

class DashboardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ids = test::fillReviewFixture(temp.db());
        for (const QDate asOf : {QDate(2025, 9, 30), QDate(2025, 12, 31)}) {
            const auto outcome = ClassificationRunner(temp.db()).run(ClassificationPolicy{}, asOf, {});
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
    EXPECT_EQ(d.kpis.active, 3);  // C1, C2, C6
    EXPECT_EQ(d.kpis.atRisk, 3);  // C3, C4, C5
    EXPECT_EQ(d.kpis.churned, 1); // C7
    EXPECT_EQ(d.kpis.newInRange, 1); // C6
    EXPECT_EQ(d.kpis.averageClv, 1365000 / 7); // historical CLV = revenue (no model on 7 customers)
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
    DashboardElement bin{DashboardElement::Kind::ClvBin, QString::number(analytics::valueBin(300000)), {}};
    EXPECT_EQ(repo.customers(snapshot, {}, bin), idsOf({u"C1", u"C7"}));
    DashboardElement risk{DashboardElement::Kind::ChurnFlag, QStringLiteral("at_risk"), {}};
    EXPECT_EQ(repo.customers(snapshot, {}, risk), idsOf({u"C3", u"C4", u"C5"}));
    DashboardFilter li;
    li.owner = QStringLiteral("李娜");
    DashboardElement a{DashboardElement::Kind::AbcClass, QStringLiteral("A"), {}};
    EXPECT_EQ(repo.customers(snapshot, li, a), idsOf({u"C7"}));
    // Every heatmap cell's drill-down has as many customers as the cell says.
    const DashboardData d = repo.load({});
    for (int r = 1; r <= 5; ++r) {
        for (int f = 1; f <= 5; ++f) {
            DashboardElement cell{DashboardElement::Kind::RfCell, QString::number(r), QString::number(f)};
            EXPECT_EQ(repo.customers(snapshot, {}, cell).size(), d.heatmap.count(r, f)) << r << f;
        }
    }
}
