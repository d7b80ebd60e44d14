#include "followupplanmodel.h"

#include "followupbook.h"
#include "labels.h"
#include "workspace.h"

#include "../support/demobook.h"
#include "../support/printers.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace kehu;

namespace {

FollowUpPlanner::Proposal proposal(CustomerId id, QDate due, QDate latest, bool late)
{
    FollowUpPlanner::Proposal p;
    p.followUp.customerId = id;
    p.followUp.dueOn = due;
    p.followUp.assignee = QStringLiteral("李娜");
    p.followUp.reason = QStringLiteral("cadence:at_risk");
    p.earliest = due.addDays(-7);
    p.latest = latest;
    p.late = late;
    return p;
}

} // namespace

// The preview shows each proposal with its customer's name (the id when the book has none),
// owner, due day and window, all checked; a late one has its due day in red with a reason.
// Unchecked ones are left out of what is created.
TEST(FollowUpPlanModel, ShowsTheProposalsCheckedAndLeavesOutTheUnchecked)
{
    const test::DemoBook book({.customers = 50});
    const std::unique_ptr<Workspace> workspace = book.openWorkspace();
    ASSERT_NE(workspace, nullptr);
    FollowUpPlanModel model(*workspace);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.columnCount(), 5);
    EXPECT_FALSE(model.firstDue().isValid());

    const QDate monday(2026, 1, 5);
    const QString name = workspace->followUps().customerNames({1}).value(1);
    ASSERT_FALSE(name.isEmpty());
    model.setProposals({proposal(1, monday.addDays(2), monday.addDays(6), false),
                        proposal(999999, monday.addDays(9), monday.addDays(4), true),
                        proposal(2, monday, monday.addDays(3), false)});
    ASSERT_EQ(model.rowCount(), 3);

    const QLocale locale;
    EXPECT_EQ(model.index(0, FollowUpPlanModel::Customer).data().toString(), name);
    EXPECT_EQ(model.index(1, FollowUpPlanModel::Customer).data().toString(), QStringLiteral("999999"));
    EXPECT_EQ(model.index(0, FollowUpPlanModel::Owner).data().toString(), QStringLiteral("李娜"));
    EXPECT_EQ(model.index(0, FollowUpPlanModel::Due).data().toString(),
              locale.toString(monday.addDays(2), QLocale::ShortFormat));
    EXPECT_EQ(model.index(0, FollowUpPlanModel::Due).data(FollowUpPlanModel::DueDateRole).toDate(), monday.addDays(2));
    EXPECT_EQ(model.index(0, FollowUpPlanModel::DueBy).data().toString(),
              locale.toString(monday.addDays(6), QLocale::ShortFormat));
    EXPECT_EQ(model.index(0, FollowUpPlanModel::Reason).data().toString(),
              Labels::followUpReason(QStringLiteral("cadence:at_risk")));
    EXPECT_FALSE(model.index(0, FollowUpPlanModel::Due).data(Qt::ForegroundRole).isValid());
    EXPECT_EQ(model.index(1, FollowUpPlanModel::Due).data(Qt::ForegroundRole).value<QBrush>().color(),
              QColor(192, 57, 43));
    EXPECT_FALSE(model.index(1, FollowUpPlanModel::Due).data(Qt::ToolTipRole).toString().isEmpty());
    EXPECT_FALSE(model.index(1, FollowUpPlanModel::Owner).data(Qt::ForegroundRole).isValid());
    EXPECT_EQ(model.firstDue(), monday);
    EXPECT_EQ(model.lastDue(), monday.addDays(9));

    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_EQ(model.index(row, FollowUpPlanModel::Customer).data(Qt::CheckStateRole).toInt(), Qt::Checked);
    EXPECT_TRUE(model.flags(model.index(0, FollowUpPlanModel::Customer)) & Qt::ItemIsUserCheckable);
    EXPECT_FALSE(model.flags(model.index(0, FollowUpPlanModel::Owner)) & Qt::ItemIsUserCheckable);
    EXPECT_FALSE(model.flags(model.index(0, FollowUpPlanModel::Due)) & Qt::ItemIsEditable);
    EXPECT_EQ(model.checkedFollowUps().size(), 3);

    ASSERT_TRUE(model.setData(model.index(1, FollowUpPlanModel::Customer), Qt::Unchecked, Qt::CheckStateRole));
    EXPECT_EQ(model.index(1, FollowUpPlanModel::Customer).data(Qt::CheckStateRole).toInt(), Qt::Unchecked);
    EXPECT_FALSE(model.setData(model.index(1, FollowUpPlanModel::Owner), Qt::Unchecked, Qt::CheckStateRole));
    const QList<FollowUp> chosen = model.checkedFollowUps();
    ASSERT_EQ(chosen.size(), 2);
    EXPECT_EQ(chosen.at(0).customerId, 1);
    EXPECT_EQ(chosen.at(1).customerId, 2);

    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_TRUE(model.checkedFollowUps().isEmpty());
}
