#include "followupsview.h"
#include "mainwindow.h"
#include "visitentryform.h"

#include "activityrepository.h"
#include "cadencerulesmodel.h"
#include "classificationpolicy.h"
#include "classificationrunner.h"
#include "customerrepository.h"
#include "database.h"
#include "demowriter.h"
#include "followuplistmodel.h"
#include "followupplanmodel.h"
#include "followupplanner.h"
#include "followuprepository.h"
#include "labels.h"
#include "workspace.h"

#include "../support/demobook.h"
#include "../support/printers.h"
#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace kehu;

// Plan from the cadence rules (preview, then create), then mark one done: the follow-up
// leaves the list and the customer's timeline gains the visit.
TEST(FollowUps, PlanFromRulesThenMarkDoneLogsTheVisit)
{
    const test::DemoBook book({.customers = 300, .classifiedOn = {{QDate(2025, 12, 31), QStringLiteral("x")}}});

    MainWindow window;
    ASSERT_TRUE(window.openPath(book.path()));
    FollowUpsView *view = window.followUps();
    ASSERT_NE(view, nullptr);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view->setToday(QDate(2026, 1, 5));
    window.showPage(MainWindow::FollowUpsPage);
    view->refresh(); // the window is not shown: no showEvent
    EXPECT_EQ(view->model()->rowCount(), 0);
    EXPECT_GT(view->rulesModel()->rowCount(), 5);

    const int proposed = view->planFromRules();
    ASSERT_GT(proposed, 0);
    FollowUpPlanModel *plan = view->planModel();
    ASSERT_EQ(view->plan()->model(), plan);
    EXPECT_EQ(plan->rowCount(), proposed);
    // leave one out
    ASSERT_TRUE(plan->setData(plan->index(0, FollowUpPlanModel::Customer), Qt::Unchecked, Qt::CheckStateRole));
    EXPECT_EQ(view->applyPlan(), proposed - 1);
    auto *anyDay = view->findChild<QComboBox *>(QStringLiteral("followUpDueWithin"));
    anyDay->setCurrentIndex(2);
    emit anyDay->activated(2);
    ASSERT_EQ(view->model()->rowCount(), proposed - 1);

    const FollowUpRepository::Row first = view->model()->rowAt(0);
    const auto visitsBefore =
        ActivityRepository(window.workspace()->database()).visitsOf(first.followUp.customerId).size();
    view->table()->selectRow(0);
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("followUpDone")), Qt::LeftButton);
    EXPECT_EQ(view->model()->rowCount(), proposed - 2);
    const auto done = FollowUpRepository(window.workspace()->database()).find(first.followUp.id);
    ASSERT_TRUE(done.has_value());
    EXPECT_TRUE(done->doneOn.has_value());
    EXPECT_EQ(ActivityRepository(window.workspace()->database()).visitsOf(first.followUp.customerId).size(),
              visitsBefore + 1);
}

// A visit logged with "Next follow-up" ticked shows up on the Follow-ups page (回访), on its
// owner's list, with the visit as its reason.
TEST(FollowUps, AVisitWithANextFollowUpAppearsOnTheList)
{
    test::TempDatabase temp;
    const CustomerId id = temp.addCustomer(QStringLiteral("C0042"), QStringLiteral("王伟"), {}, QStringLiteral("李娜"));
    ASSERT_GT(id, 0);
    temp.close();

    MainWindow window;
    ASSERT_TRUE(window.openPath(temp.path()));
    window.show();
    FollowUpsView *view = window.followUps();
    window.showPage(MainWindow::FollowUpsPage);
    ASSERT_EQ(view->model()->rowCount(), 0); // loaded when shown, empty

    window.showPage(MainWindow::VisitsPage);
    VisitEntryForm *form = window.visitEntry();
    auto *customer = form->findChild<QLineEdit *>(QStringLiteral("customerEdit"));
    customer->setFocus();
    QTest::keyClicks(customer, QStringLiteral("C0042"));
    form->findChild<QCheckBox *>(QStringLiteral("followUpCheck"))->setChecked(true);
    const QDate due = QDate::currentDate().addDays(3);
    form->findChild<QDateEdit *>(QStringLiteral("followUpDate"))->setDate(due);
    QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    ASSERT_EQ(ActivityRepository(window.workspace()->database()).visitsOf(id).size(), 1);

    window.showPage(MainWindow::FollowUpsPage);
    ASSERT_EQ(view->model()->rowCount(), 1);
    const FollowUpRepository::Row row = view->model()->rowAt(0);
    EXPECT_EQ(row.followUp.customerId, id);
    EXPECT_EQ(row.followUp.dueOn, due);
    EXPECT_EQ(row.owner, QStringLiteral("李娜"));
    EXPECT_EQ(view->model()->index(0, FollowUpListModel::Reason).data().toString(),
              Labels::followUpReason(row.followUp.reason));
    EXPECT_NE(row.followUp.reason, QString());
    // And on the owner's own list.
    auto *owner = view->findChild<QComboBox *>(QStringLiteral("followUpOwner"));
    const int lina = owner->findData(QStringLiteral("李娜"));
    ASSERT_GE(lina, 0);
    EXPECT_TRUE(owner->itemText(lina).contains(u'1'));
}

// "Plan from rules" on a book where far more follow-ups are due than the owners can make:
// the preview spreads them over the days (at most the capacity per owner and working day),
// shows the spread per owner and says how many did not fit, before anything is written.
TEST(FollowUps, PlanSpreadsOverEachOwnersDailyCapacityAndShowsTheSpread)
{
    const test::DemoBook book({.customers = 300, .classifiedOn = {{QDate(2025, 12, 31), QStringLiteral("x")}}});

    MainWindow window;
    ASSERT_TRUE(window.openPath(book.path()));
    FollowUpsView *view = window.followUps();
    const QDate monday(2026, 1, 5);
    view->setToday(monday);
    window.showPage(MainWindow::FollowUpsPage);
    view->refresh();
    auto *capacity = view->findChild<QSpinBox *>(QStringLiteral("cadenceCapacity"));
    ASSERT_NE(capacity, nullptr);
    EXPECT_EQ(capacity->value(), 20); // the default
    capacity->setValue(3);

    const int proposed = view->planFromRules();
    ASSERT_GT(proposed, 20);
    EXPECT_EQ(FollowUpPlanner(*window.workspace()).policy().dailyCapacity, 3); // saved with the rules
    EXPECT_EQ(FollowUpRepository(window.workspace()->database()).countsByOwner(monday).size(), 0); // nothing written

    // Per owner and working day at most 3, never on a weekend, and not all today.
    QHash<QPair<QString, QDate>, int> perDay;
    int today = 0;
    const FollowUpPlanModel *plan = view->planModel();
    ASSERT_EQ(plan->rowCount(), proposed);
    for (int row = 0; row < plan->rowCount(); ++row) {
        const QString owner = plan->index(row, FollowUpPlanModel::Owner).data().toString();
        const QDate due = plan->index(row, FollowUpPlanModel::Due).data(FollowUpPlanModel::DueDateRole).toDate();
        ASSERT_TRUE(due.isValid()) << row;
        EXPECT_EQ(plan->index(row, FollowUpPlanModel::Due).data().toString(),
                  QLocale().toString(due, QLocale::ShortFormat));
        EXPECT_LT(due.dayOfWeek(), 6);
        ++perDay[{owner, due}];
        today += due == monday;
    }
    for (auto it = perDay.cbegin(); it != perDay.cend(); ++it)
        EXPECT_LE(it.value(), 3) << it.key().first.toStdString() << " "
                                 << it.key().second.toString(Qt::ISODate).toStdString();
    EXPECT_LT(today, proposed);

    // The spread per owner: one row each, counts adding up, busiest day within capacity.
    QTableWidget *spread = view->spread();
    ASSERT_GT(spread->rowCount(), 0);
    int total = 0;
    for (int row = 0; row < spread->rowCount(); ++row) {
        total += QLocale().toInt(spread->item(row, 1)->text());
        EXPECT_LE(QLocale().toInt(spread->item(row, 4)->text()), 3);
        EXPECT_FALSE(spread->item(row, 2)->text().isEmpty());
        EXPECT_FALSE(spread->item(row, 3)->text().isEmpty());
    }
    EXPECT_EQ(total, proposed);
    const QString summary = view->findChild<QLabel *>(QStringLiteral("cadenceSummary"))->text();
    EXPECT_TRUE(summary.contains(QLocale().toString(monday, QLocale::ShortFormat))) << summary.toStdString();

    // Created as shown.
    EXPECT_EQ(view->applyPlan(), proposed);
    const auto created = FollowUpRepository(window.workspace()->database()).dueBetween(monday, monday.addYears(1));
    ASSERT_EQ(created.size(), proposed);
    QHash<QPair<QString, QDate>, int> stored;
    for (const FollowUp &f : created)
        ++stored[{f.assignee, f.dueOn}];
    EXPECT_EQ(stored, perDay);
}
