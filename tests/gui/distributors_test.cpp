#include "distributorsview.h"
#include "mainwindow.h"

#include "demowriter.h"
#include "distributorscorecardmodel.h"
#include "ownertargetmodel.h"
#include "ownertargetrepository.h"
#include "workspace.h"

#include "../support/demobook.h"
#include "../support/printers.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QProgressBar>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace kehu;

// The demo book's distributors ranked for the last quarter of 2025; a target typed into the
// team table is stored and undone.
TEST(Distributors, ScorecardAndEditableTargets)
{
    const test::DemoBook book({.customers = 400});

    MainWindow window;
    ASSERT_TRUE(window.openPath(book.path()));
    DistributorsView *view = window.distributors();
    ASSERT_NE(view, nullptr);
    QAbstractItemModelTester scorecardTester(view->scorecard(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester targetTester(view->targets(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view->setToday(QDate(2025, 12, 31));
    window.showPage(MainWindow::DistributorsPage);
    view->refresh();
    // The quarter is read in a worker (about 2 s on a million customers, the window frozen
    // meanwhile before): refresh() returns at once with a busy bar, and the tables fill later.
    EXPECT_EQ(view->scorecard()->rowCount(), 0);
    auto *busy = view->findChild<QProgressBar *>(QStringLiteral("distributorsProgress"));
    ASSERT_NE(busy, nullptr);
    EXPECT_FALSE(busy->isHidden());
    ASSERT_TRUE(QTest::qWaitFor([&] { return view->scorecard()->rowCount() > 0 && busy->isHidden(); }, 30000));
    EXPECT_EQ(view->findChild<QComboBox *>(QStringLiteral("distributorsQuarter"))->currentData().toString(),
              QStringLiteral("2025Q4"));
    ASSERT_GT(view->scorecard()->rowCount(), 3);
    for (int row = 0; row < view->scorecard()->rowCount(); ++row)
        EXPECT_EQ(view->scorecard()->index(row, DistributorScorecardModel::Rank).data().toInt(), row + 1);
    ASSERT_GT(view->targets()->rowCount(), 0);

    const QModelIndex target = view->targets()->index(0, OwnerTargetModel::RevenueTarget);
    ASSERT_TRUE(view->targets()->setData(target, 50000.0));
    const QString owner = view->targets()->index(0, OwnerTargetModel::Owner).data().toString();
    auto stored = OwnerTargetRepository(window.workspace()->database()).forQuarter(QStringLiteral("2025Q4"));
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.at(0).owner, owner);
    EXPECT_EQ(stored.at(0).revenue, 5000000);
    window.workspace()->undoStack()->undo();
    EXPECT_TRUE(OwnerTargetRepository(window.workspace()->database()).forQuarter(QStringLiteral("2025Q4")).isEmpty());
}
