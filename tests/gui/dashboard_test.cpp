#include "gui/charts/barchartview.h"
#include "gui/charts/heatmapview.h"
#include "gui/charts/linechartview.h"
#include "gui/charts/paretochartview.h"
#include "gui/charts/piechartview.h"
#include "gui/customerbookview.h"
#include "gui/dashboardview.h"
#include "gui/kpicard.h"
#include "gui/mainwindow.h"

#include "core/classificationpolicy.h"
#include "exchange/demowriter.h"
#include "models/customerlistmodel.h"
#include "models/dashboardsession.h"
#include "models/surveyentry.h"
#include "models/workspace.h"
#include "storage/classificationrunner.h"
#include "storage/dashboardrepository.h"
#include "storage/database.h"

#include "../support/printers.h"
#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QImage>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace kehu;

namespace {

/// A classified demo book (two snapshots, so KPIs have a previous period).
void makeDemo(test::TempDatabase &temp, int customers = 400)
{
    DemoBusiness::Options options;
    options.customers = customers;
    QString error;
    ASSERT_TRUE(DemoWriter(temp.db()).write(options, nullptr, &error)) << error.toStdString();
    ClassificationRunner runner(temp.db());
    ASSERT_GT(runner.run(ClassificationPolicy{}, QDate(2025, 9, 30), QStringLiteral("2025Q3")).snapshotId, 0);
    ASSERT_GT(runner.run(ClassificationPolicy{}, QDate(2025, 12, 31), QStringLiteral("2025Q4")).snapshotId, 0);
    temp.close();
}

QSet<CustomerId> asSet(const QList<CustomerId> &ids)
{
    return QSet<CustomerId>(ids.begin(), ids.end());
}

} // namespace

TEST(Dashboard, ShowsDataAndDrillsDownIntoTheBook)
{
    test::TempDatabase temp;
    makeDemo(temp);
    MainWindow window;
    ASSERT_TRUE(window.openPath(temp.path()));
    window.resize(1400, 900);
    window.show();
    window.showPage(MainWindow::DashboardPage);
    DashboardView *dashboard = window.dashboard();
    ASSERT_NE(dashboard, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    const DashboardData &data = dashboard->session()->data();
    ASSERT_GT(data.snapshot.id, 0);
    ASSERT_TRUE(data.previous.has_value());
    EXPECT_EQ(dashboard->findChild<KpiCard *>(QStringLiteral("kpi0"))->value(), QLocale().toString(data.kpis.customers));
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
    const QList<CustomerId> expected = DashboardRepository(window.workspace()->database())
                                           .customers(data.snapshot.id, DashboardFilter{}, element);
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
    EXPECT_EQ(drilled.at(0).at(0).value<QList<CustomerId>>(),
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
    test::TempDatabase temp;
    makeDemo(temp, 200);
    MainWindow window;
    ASSERT_TRUE(window.openPath(temp.path()));
    window.resize(1400, 900);
    window.show();
    window.showPage(MainWindow::DashboardPage);
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
