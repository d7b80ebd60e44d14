#include "gui/followupsview.h"
#include "gui/mainwindow.h"

#include "core/classificationpolicy.h"
#include "exchange/demowriter.h"
#include "models/followuplistmodel.h"
#include "models/workspace.h"
#include "storage/activityrepository.h"
#include "storage/classificationrunner.h"
#include "storage/database.h"
#include "storage/followuprepository.h"

#include "../support/printers.h"
#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace kehu;

// Plan from the cadence rules (preview, then create), then mark one done: the follow-up
// leaves the list and the customer's timeline gains the visit.
TEST(FollowUps, PlanFromRulesThenMarkDoneLogsTheVisit)
{
    test::TempDatabase temp;
    DemoBusiness::Options options;
    options.customers = 300;
    QString error;
    ASSERT_TRUE(DemoWriter(temp.db()).write(options, nullptr, &error)) << error.toStdString();
    ASSERT_GT(ClassificationRunner(temp.db()).run(ClassificationPolicy{}, QDate(2025, 12, 31), QStringLiteral("x")).snapshotId, 0);
    temp.close();

    MainWindow window;
    ASSERT_TRUE(window.openPath(temp.path()));
    FollowUpsView *view = window.followUps();
    ASSERT_NE(view, nullptr);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view->setToday(QDate(2026, 1, 5));
    window.showPage(MainWindow::FollowUpsPage);
    view->refresh(); // the window is not shown: no showEvent
    EXPECT_EQ(view->model()->rowCount(), 0);
    EXPECT_GT(view->rules()->rowCount(), 5);

    const int proposed = view->planFromRules();
    ASSERT_GT(proposed, 0);
    EXPECT_EQ(view->plan()->rowCount(), proposed);
    view->plan()->item(0, 0)->setCheckState(Qt::Unchecked); // leave one out
    EXPECT_EQ(view->applyPlan(), proposed - 1);
    auto *anyDay = view->findChild<QComboBox *>(QStringLiteral("followUpDueWithin"));
    anyDay->setCurrentIndex(2);
    emit anyDay->activated(2);
    ASSERT_EQ(view->model()->rowCount(), proposed - 1);

    const FollowUpRepository::Row first = view->model()->rowAt(0);
    const auto visitsBefore = ActivityRepository(window.workspace()->database()).visitsOf(first.followUp.customerId).size();
    view->table()->selectRow(0);
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("followUpDone")), Qt::LeftButton);
    EXPECT_EQ(view->model()->rowCount(), proposed - 2);
    const auto done = FollowUpRepository(window.workspace()->database()).find(first.followUp.id);
    ASSERT_TRUE(done.has_value());
    EXPECT_TRUE(done->doneOn.has_value());
    EXPECT_EQ(ActivityRepository(window.workspace()->database()).visitsOf(first.followUp.customerId).size(),
              visitsBefore + 1);
}
