#include "charts/barchartview.h"
#include "charts/heatmapview.h"
#include "charts/linechartview.h"
#include "charts/paretochartview.h"
#include "charts/piechartview.h"
#include "customerbookview.h"
#include "dashboardview.h"
#include "kpicard.h"
#include "mainwindow.h"

#include "classificationpolicy.h"
#include "classificationrunner.h"
#include "customerlistmodel.h"
#include "dashboardrepository.h"
#include "dashboardsession.h"
#include "database.h"
#include "demowriter.h"
#include "surveyentry.h"
#include "workspace.h"

#include "../support/demobook.h"
#include "../support/printers.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QImage>
#include <QScrollArea>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace kehu;

namespace {

/// A classified demo book (two snapshots, so KPIs have a previous period).
test::DemoBookSpec classifiedDemo(int customers = 400)
{
    return {.customers = customers,
            .classifiedOn = {{QDate(2025, 9, 30), QStringLiteral("2025Q3")},
                             {QDate(2025, 12, 31), QStringLiteral("2025Q4")}}};
}

/// Opens `book` in `window`, shown at a size where every chart has room, on the dashboard.
void showDashboard(MainWindow &window, const test::DemoBook &book)
{
    ASSERT_TRUE(window.openPath(book.path()));
    window.resize(1400, 900);
    window.show();
    window.showPage(MainWindow::DashboardPage);
}

QSet<CustomerId> asSet(const QList<CustomerId> &ids)
{
    return QSet<CustomerId>(ids.begin(), ids.end());
}

} // namespace

TEST(Dashboard, ShowsDataAndDrillsDownIntoTheBook)
{
    const test::DemoBook demo(classifiedDemo());
    MainWindow window;
    ASSERT_NO_FATAL_FAILURE(showDashboard(window, demo));
    DashboardView *dashboard = window.dashboard();
    ASSERT_NE(dashboard, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    const DashboardData &data = dashboard->session()->data();
    ASSERT_GT(data.snapshot.id, 0);
    ASSERT_TRUE(data.previous.has_value());
    EXPECT_EQ(dashboard->findChild<KpiCard *>(QStringLiteral("kpi0"))->value(),
              QLocale().toString(data.kpis.customers));
    EXPECT_TRUE(dashboard->segmentChart()->hasData());
    EXPECT_TRUE(dashboard->abcChart()->hasData());
    EXPECT_TRUE(dashboard->paretoChart()->hasData());
    EXPECT_TRUE(dashboard->heatmap()->hasData());
    EXPECT_TRUE(dashboard->clvChart()->hasData());
    EXPECT_TRUE(dashboard->churnChart()->hasData());
    EXPECT_TRUE(dashboard->countsChart()->hasData());
    EXPECT_TRUE(dashboard->satisfactionChart()->hasData());
    EXPECT_TRUE(dashboard->npsChart()->hasData());

    // A click on the first segment bar drills down to exactly the repository's customers.
    QSignalSpy drilled(dashboard, &DashboardView::drillDown);
    const QString segment = dashboard->segmentChart()->data().categories.at(0).key;
    dashboard->segmentChart()->clickBar(0, 0);
    ASSERT_EQ(drilled.count(), 1);
    const auto ids = drilled.at(0).at(0).value<QList<CustomerId>>();
    DashboardElement element;
    element.kind = DashboardElement::Kind::Segment;
    element.key = segment;
    const QList<CustomerId> expected =
        DashboardRepository(window.workspace()->database()).customers(data.snapshot.id, DashboardFilter{}, element);
    ASSERT_FALSE(expected.isEmpty());
    EXPECT_EQ(ids, expected);

    // ... and the book shows those customers only.
    CustomerBookView *book = window.customerBook();
    EXPECT_EQ(book->shownIds(), expected);
    CustomerListModel *model = book->model();
    while (model->canFetchMore({}))
        model->fetchMore({});
    ASSERT_EQ(model->rowCount(), expected.size());
    QList<CustomerId> shown;
    for (int row = 0; row < model->rowCount(); ++row)
        shown << model->customerId(row);
    EXPECT_EQ(asSet(shown), asSet(expected));

    // A heatmap cell drills down like the repository's R-by-F cell.
    drilled.clear();
    HeatmapView *heatmap = dashboard->heatmap();
    window.showPage(MainWindow::DashboardPage);
    QTest::mouseClick(heatmap, Qt::LeftButton, {}, heatmap->cellRect(5, 1).center());
    ASSERT_EQ(drilled.count(), 1);
    element.kind = DashboardElement::Kind::RfCell;
    element.key = QStringLiteral("5");
    element.key2 = QStringLiteral("1");
    EXPECT_EQ(
        drilled.at(0).at(0).value<QList<CustomerId>>(),
        DashboardRepository(window.workspace()->database()).customers(data.snapshot.id, DashboardFilter{}, element));

    // The Pareto curve reports the class of the customers at a point.
    EXPECT_EQ(dashboard->paretoChart()->classAt(0.0), QStringLiteral("A"));
    EXPECT_EQ(dashboard->paretoChart()->classAt(1.0), QStringLiteral("C"));

    // An owner filter narrows the KPIs.
    auto *owner = dashboard->findChild<QComboBox *>(QStringLiteral("dashboardOwner"));
    ASSERT_GT(owner->count(), 1);
    owner->setCurrentIndex(1);
    emit owner->activated(1);
    EXPECT_EQ(dashboard->session()->filter().owner, owner->itemData(1).toString());
    EXPECT_LT(dashboard->session()->data().kpis.customers, data.snapshot.customers);

    // Every chart exports as PNG.
    QTemporaryDir dir;
    EXPECT_TRUE(dashboard->segmentChart()->exportPng(dir.filePath(QStringLiteral("segments.png"))));
    EXPECT_TRUE(heatmap->exportPng(dir.filePath(QStringLiteral("heatmap.png"))));
    EXPECT_GT(QImage(dir.filePath(QStringLiteral("segments.png"))).width(), 100);
}

// A survey entered elsewhere reaches the dashboard's NPS the next time it is shown.
TEST(Dashboard, ReloadsSatisfactionAfterASurveyIsEntered)
{
    const test::DemoBook demo(classifiedDemo(200));
    MainWindow window;
    ASSERT_NO_FATAL_FAILURE(showDashboard(window, demo));
    DashboardView *dashboard = window.dashboard();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const qint64 before = dashboard->session()->data().kpis.npsAnswers;

    window.showPage(MainWindow::CustomersPage);
    SurveyDraft draft;
    draft.customerId = window.customerBook()->model()->customerId(0);
    draft.date = QDate(2025, 12, 15);
    draft.nps = 0;
    QString error;
    ASSERT_GT(SurveyEntry(*window.workspace()).save(draft, &error), 0) << error.toStdString();
    EXPECT_EQ(dashboard->session()->data().kpis.npsAnswers, before); // not shown: nothing read yet
    window.showPage(MainWindow::DashboardPage);
    EXPECT_EQ(dashboard->session()->data().kpis.npsAnswers, before + 1);
}

namespace {

int lineWithKey(const LineChartView *chart, const QString &key)
{
    const auto &lines = chart->data().lines;
    for (int i = 0; i < lines.size(); ++i)
        if (lines.at(i).key == key && lines.at(i).inLegend)
            return i;
    return -1;
}

QList<CustomerId> lastDrill(QSignalSpy &spy)
{
    return spy.isEmpty() ? QList<CustomerId>{} : spy.last().at(0).value<QList<CustomerId>>();
}

} // namespace

// The counts line, the Pareto curve, the NPS/CSAT line, the promoter bars and the KPI cards
// drill down to the customers behind the figure, and the book shows exactly those.
TEST(Dashboard, EveryChartAndCardDrillsDown)
{
    const test::DemoBook demo(classifiedDemo(300));
    MainWindow window;
    ASSERT_NO_FATAL_FAILURE(showDashboard(window, demo));
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    DashboardView *dashboard = window.dashboard();
    const DashboardData &data = dashboard->session()->data();
    DashboardRepository repo(window.workspace()->database());
    QSignalSpy drilled(dashboard, &DashboardView::drillDown);

    // Counts: a click on a month of the "active" line, with the mouse.
    LineChartView *counts = dashboard->countsChart();
    const DashboardSession::Counts c = dashboard->session()->counts();
    ASSERT_GT(c.periods.size(), 3);
    const int active = lineWithKey(counts, QStringLiteral("active"));
    ASSERT_GE(active, 0);
    const int month = int(c.periods.size()) - 3;
    window.showPage(MainWindow::DashboardPage);
    dashboard->findChild<QScrollArea *>(QStringLiteral("dashboardScroll"))->ensureWidgetVisible(counts);
    QTest::qWait(50);
    const QPointF at = counts->chart()->mapToPosition(QPointF(month, c.active.at(month)),
                                                      counts->chart()->series().at(active));
    QTest::mouseClick(counts->viewport(), Qt::LeftButton, {}, counts->mapFromScene(at));
    ASSERT_EQ(drilled.count(), 1);
    EXPECT_EQ(lastDrill(drilled).size(), qsizetype(c.active.at(month)));
    EXPECT_EQ(window.customerBook()->shownIds(), lastDrill(drilled));
    CustomerListModel *model = window.customerBook()->model();
    while (model->canFetchMore({}))
        model->fetchMore({});
    EXPECT_EQ(model->rowCount(), qsizetype(c.active.at(month)));
    // ... and new and churned customers of a month.
    for (const QString &key : {QStringLiteral("new"), QStringLiteral("churned")}) {
        counts->clickPoint(month, lineWithKey(counts, key));
        const QList<double> &values = key == u"new" ? c.newCustomers : c.churned;
        EXPECT_EQ(lastDrill(drilled).size(), qsizetype(values.at(month))) << key.toStdString();
    }

    // Pareto: the customers up to a point of the curve, best first.
    window.showPage(MainWindow::DashboardPage);
    drilled.clear();
    dashboard->paretoChart()->clickShare(0.25);
    ASSERT_EQ(drilled.count(), 1);
    const qint64 upTo = dashboard->paretoChart()->customersUpTo(0.25);
    ASSERT_GT(upTo, 0);
    EXPECT_EQ(lastDrill(drilled).size(), upTo);
    DashboardElement top{DashboardElement::Kind::RevenueTop, QString::number(upTo), {}, {}, {}};
    EXPECT_EQ(lastDrill(drilled), repo.customers(data.snapshot.id, {}, top));

    // NPS line and the promoter bars: who answered in that month.
    LineChartView *satisfaction = dashboard->satisfactionChart();
    const int nps = lineWithKey(satisfaction, QStringLiteral("nps"));
    ASSERT_GE(nps, 0);
    const int last = int(satisfaction->data().categories.size()) - 1;
    ASSERT_GE(last, 0);
    drilled.clear();
    satisfaction->clickPoint(last, nps);
    ASSERT_EQ(drilled.count(), 1);
    EXPECT_FALSE(lastDrill(drilled).isEmpty());
    BarChartView *bands = dashboard->npsChart();
    const double promoters = bands->data().sets.at(0).values.at(last);
    drilled.clear();
    bands->clickBar(last, 0);
    ASSERT_EQ(drilled.count(), 1);
    EXPECT_LE(lastDrill(drilled).size(), qsizetype(promoters)); // answers, each by one customer
    EXPECT_EQ(lastDrill(drilled).isEmpty(), promoters == 0);

    // KPI cards: customers, active, churned.
    const std::pair<const char *, qint64> cards[] = {
        {"kpi0", data.kpis.customers}, {"kpi1", data.kpis.active}, {"kpi3", data.kpis.churned}};
    for (const auto &[name, expected] : cards) {
        window.showPage(MainWindow::DashboardPage);
        auto *card = dashboard->findChild<KpiCard *>(QLatin1StringView(name));
        drilled.clear();
        QTest::mouseClick(card, Qt::LeftButton);
        ASSERT_EQ(drilled.count(), 1) << name;
        EXPECT_EQ(lastDrill(drilled).size(), expected) << name;
    }
}

// With an owner chosen, the counts series is that owner's customers' (computed in the
// background), not the whole book's.
TEST(Dashboard, CountsFollowTheFilter)
{
    const test::DemoBook demo(classifiedDemo(300));
    MainWindow window;
    ASSERT_NO_FATAL_FAILURE(showDashboard(window, demo));
    DashboardView *dashboard = window.dashboard();
    const LineChartData before = dashboard->countsChart()->data();
    const int active = lineWithKey(dashboard->countsChart(), QStringLiteral("active"));
    ASSERT_GE(active, 0);

    auto *owner = dashboard->findChild<QComboBox *>(QStringLiteral("dashboardOwner"));
    ASSERT_GT(owner->count(), 2);
    owner->setCurrentIndex(1);
    emit owner->activated(1);
    dashboard->session()->waitForCounts();
    const DashboardSession::Counts c = dashboard->session()->counts();
    EXPECT_TRUE(c.filtered);
    EXPECT_FALSE(c.pending);
    const LineChartData after = dashboard->countsChart()->data();
    const int filteredActive = lineWithKey(dashboard->countsChart(), QStringLiteral("active"));
    ASSERT_GE(filteredActive, 0);
    double whole = 0.0, mine = 0.0;
    for (double v : before.lines.at(active).values)
        whole += std::isnan(v) ? 0.0 : v;
    for (double v : after.lines.at(filteredActive).values)
        mine += std::isnan(v) ? 0.0 : v;
    EXPECT_GT(mine, 0.0);
    EXPECT_LT(mine, whole);
}

// A book whose data ends on 2024-11-20, classified "today" (2026-12-02): the dashboard shows
// the twelve months up to the data's end, no period after it, the last month marked partial,
// and "New" is not compared with a period before the data began.
TEST(Dashboard, ShowsOnlyThePeriodsTheDataHas)
{
    const test::DemoBook demo({.customers = 200,
                               .years = 1,
                               .endDate = QDate(2024, 11, 20),
                               .classifiedOn = {{QDate(2026, 9, 30), QString()}, {QDate(2026, 12, 2), QString()}}});
    MainWindow window;
    ASSERT_NO_FATAL_FAILURE(showDashboard(window, demo));
    DashboardView *dashboard = window.dashboard();
    const DashboardData &data = dashboard->session()->data();
    ASSERT_LE(data.span.last, demo.spec().endDate);
    EXPECT_EQ(dashboard->session()->filter().to, data.span.last);

    const LineChartData counts = dashboard->countsChart()->data();
    ASSERT_FALSE(counts.categories.isEmpty());
    for (const QString &category : counts.categories)
        EXPECT_FALSE(category.startsWith(QStringLiteral("2025")) || category.startsWith(QStringLiteral("2026")))
            << category.toStdString();
    EXPECT_TRUE(counts.categories.last().startsWith(QStringLiteral("2024-11")));
    EXPECT_EQ(dashboard->session()->counts().partialLast, data.span.last < QDate(2024, 11, 30));
    if (dashboard->session()->counts().partialLast) {
        EXPECT_TRUE(counts.categories.last().contains(QStringLiteral("partial")));
    }

    auto *fresh = dashboard->findChild<KpiCard *>(QStringLiteral("kpi2"));
    EXPECT_FALSE(fresh->change().contains(QStringLiteral("▼"))) << fresh->change().toStdString();
    EXPECT_FALSE(fresh->change().contains(QStringLiteral("▲"))) << fresh->change().toStdString();
    EXPECT_GT(data.kpis.newInRange, 0);
}
