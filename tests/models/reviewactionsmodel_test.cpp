#include "reviewactionsmodel.h"

#include "labels.h"

#include "../support/printers.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>

using namespace kehu;

namespace {

QuarterlyReview::ProposedAction action(CustomerId id, const QString &assignee, QDate due, bool selected)
{
    QuarterlyReview::ProposedAction a;
    a.customerId = id;
    a.code = QStringLiteral("C%1").arg(id, 4, 10, QLatin1Char('0'));
    a.name = QStringLiteral("客户 %1").arg(id);
    a.assignee = assignee;
    a.dueOn = due;
    a.reason = QStringLiteral("review:win_back");
    a.selected = selected;
    return a;
}

} // namespace

// The review's proposals as the review chose them: checked or not, assignee and due day as
// text, the reason translated; only the assignee and the due day are editable.
TEST(ReviewActionsModel, ShowsTheProposalsAsTheReviewChoseThem)
{
    ReviewActionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.columnCount(), 5);
    const QDate due(2026, 1, 12);
    model.setActions({action(4, QStringLiteral("李娜"), due, true), action(9, QStringLiteral("Anna"), due, false)});
    ASSERT_EQ(model.rowCount(), 2);

    EXPECT_EQ(model.index(0, ReviewActionsModel::Customer).data().toString(), QStringLiteral("客户 4"));
    EXPECT_EQ(model.index(0, ReviewActionsModel::Code).data().toString(), QStringLiteral("C0004"));
    EXPECT_EQ(model.index(0, ReviewActionsModel::Assignee).data().toString(), QStringLiteral("李娜"));
    EXPECT_EQ(model.index(0, ReviewActionsModel::Due).data().toString(), QStringLiteral("2026-01-12"));
    EXPECT_EQ(model.index(0, ReviewActionsModel::Reason).data().toString(),
              Labels::followUpReason(QStringLiteral("review:win_back")));
    EXPECT_EQ(model.index(0, ReviewActionsModel::Reason).data(ReviewActionsModel::ReasonKeyRole).toString(),
              QStringLiteral("review:win_back"));
    EXPECT_EQ(model.index(1, ReviewActionsModel::Customer).data(ReviewActionsModel::IdRole).toLongLong(), 9);
    EXPECT_EQ(model.index(0, ReviewActionsModel::Customer).data(Qt::CheckStateRole).toInt(), Qt::Checked);
    EXPECT_EQ(model.index(1, ReviewActionsModel::Customer).data(Qt::CheckStateRole).toInt(), Qt::Unchecked);
    EXPECT_FALSE(model.index(0, ReviewActionsModel::Code).data(Qt::CheckStateRole).isValid());

    EXPECT_TRUE(model.flags(model.index(0, ReviewActionsModel::Customer)) & Qt::ItemIsUserCheckable);
    EXPECT_FALSE(model.flags(model.index(0, ReviewActionsModel::Customer)) & Qt::ItemIsEditable);
    EXPECT_FALSE(model.flags(model.index(0, ReviewActionsModel::Code)) & Qt::ItemIsEditable);
    EXPECT_TRUE(model.flags(model.index(0, ReviewActionsModel::Assignee)) & Qt::ItemIsEditable);
    EXPECT_TRUE(model.flags(model.index(0, ReviewActionsModel::Due)) & Qt::ItemIsEditable);
    EXPECT_FALSE(model.flags(model.index(0, ReviewActionsModel::Reason)) & Qt::ItemIsEditable);
    EXPECT_FALSE(model.setData(model.index(0, ReviewActionsModel::Code), QStringLiteral("X")));

    const QList<QuarterlyReview::ProposedAction> chosen = model.chosenActions();
    ASSERT_EQ(chosen.size(), 1);
    EXPECT_EQ(chosen.at(0).customerId, 4);
}

// What is created is what the table shows: the checked rows, the assignee trimmed, the typed
// due day when it is a date (else the proposed one); afterwards nothing stays checked.
TEST(ReviewActionsModel, CreatesTheCheckedRowsAsEdited)
{
    ReviewActionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QDate due(2026, 1, 12);
    model.setActions({action(4, QStringLiteral("李娜"), due, true), action(9, QStringLiteral("Anna"), due, false),
                      action(11, QStringLiteral("Anna"), due, true)});

    ASSERT_TRUE(model.setData(model.index(1, ReviewActionsModel::Customer), Qt::Checked, Qt::CheckStateRole));
    ASSERT_TRUE(model.setData(model.index(1, ReviewActionsModel::Assignee), QStringLiteral("  张伟 ")));
    ASSERT_TRUE(model.setData(model.index(1, ReviewActionsModel::Due), QStringLiteral(" 2026-02-03 ")));
    ASSERT_TRUE(model.setData(model.index(2, ReviewActionsModel::Due), QStringLiteral("next week")));
    ASSERT_TRUE(model.setData(model.index(0, ReviewActionsModel::Customer), Qt::Unchecked, Qt::CheckStateRole));
    EXPECT_EQ(model.index(1, ReviewActionsModel::Assignee).data(Qt::EditRole).toString(), QStringLiteral("  张伟 "));

    const QList<QuarterlyReview::ProposedAction> chosen = model.chosenActions();
    ASSERT_EQ(chosen.size(), 2);
    EXPECT_EQ(chosen.at(0).customerId, 9);
    EXPECT_EQ(chosen.at(0).assignee, QStringLiteral("张伟"));
    EXPECT_EQ(chosen.at(0).dueOn, QDate(2026, 2, 3));
    EXPECT_TRUE(chosen.at(0).selected);
    EXPECT_EQ(chosen.at(1).customerId, 11);
    EXPECT_EQ(chosen.at(1).dueOn, due);

    model.uncheckAll();
    EXPECT_TRUE(model.chosenActions().isEmpty());
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_EQ(model.index(row, ReviewActionsModel::Customer).data(Qt::CheckStateRole).toInt(), Qt::Unchecked);
}
