#include "loyaltyview.h"
#include "mainwindow.h"

#include "cohortretentionmodel.h"
#include "demowriter.h"
#include "kpicard.h"

#include "../support/demobook.h"
#include "../support/printers.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QProgressBar>

using namespace kehu;

// The page computes the cohorts in a worker thread (busy state meanwhile), then shows
// monthly cohorts; switching to quarters recomputes.
TEST(Loyalty, CohortTableFromTheDemoBook)
{
    const test::DemoBook book({.customers = 400});

    MainWindow window;
    ASSERT_TRUE(window.openPath(book.path()));
    LoyaltyView *view = window.loyalty();
    ASSERT_NE(view, nullptr);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view->setToday(QDate(2025, 12, 31));
    window.showPage(MainWindow::LoyaltyPage);
    view->refresh();
    EXPECT_TRUE(view->findChild<QProgressBar *>(QStringLiteral("cohortProgress"))->isVisibleTo(view));
    view->waitForCohorts();
    EXPECT_FALSE(view->isBusy());
    EXPECT_FALSE(view->findChild<QProgressBar *>(QStringLiteral("cohortProgress"))->isVisibleTo(view));
    ASSERT_EQ(view->model()->rowCount(), 12);
    EXPECT_EQ(view->model()->headerData(11, Qt::Vertical).toString(), QStringLiteral("2025-12"));
    EXPECT_GT(view->model()->columnCount(), 10);
    const double share = view->model()->index(0, 1).data(CohortRetentionModel::RawValueRole).toDouble();
    EXPECT_GE(share, 0.0);
    EXPECT_LE(share, 1.0);
    EXPECT_NE(view->findChild<KpiCard *>(QStringLiteral("loyaltyRepeatRate"))->value(), QStringLiteral("–"));

    auto *period = view->findChild<QComboBox *>(QStringLiteral("cohortPeriod"));
    period->setCurrentIndex(1);
    emit period->activated(1);
    view->waitForCohorts();
    ASSERT_GT(view->model()->rowCount(), 0);
    EXPECT_EQ(view->model()->headerData(view->model()->rowCount() - 1, Qt::Vertical).toString(),
              QStringLiteral("2025 Q4"));
}

// A book whose data ends on 2024-11-20, looked at on 2026-12-02: no cohorts after the data,
// the last one marked partial, and NPS over the twelve months up to the data's last day
// (not over an empty year).
TEST(Loyalty, StopsWhereTheDataEnds)
{
    const test::DemoBook book({.customers = 200, .years = 1, .endDate = QDate(2024, 11, 20)});

    MainWindow window;
    ASSERT_TRUE(window.openPath(book.path()));
    LoyaltyView *view = window.loyalty();
    view->setToday(QDate(2026, 12, 2));
    window.showPage(MainWindow::LoyaltyPage);
    view->refresh();
    view->waitForCohorts();
    ASSERT_GT(view->model()->rowCount(), 0);
    EXPECT_EQ(view->model()->headerData(view->model()->rowCount() - 1, Qt::Vertical).toString(),
              QStringLiteral("2024-11"));
    EXPECT_TRUE(view->findChild<QLabel *>(QStringLiteral("cohortStatus"))->text().contains(QStringLiteral("partial")));
    EXPECT_NE(view->findChild<KpiCard *>(QStringLiteral("loyaltyNps"))->value(), QStringLiteral("–"));
}
