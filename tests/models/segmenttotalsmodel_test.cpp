#include "segmenttotalsmodel.h"

#include "labels.h"
#include "segmentrules.h"
#include "snapshothistory.h"
#include "workspace.h"

#include "../support/demobook.h"
#include "../support/printers.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QUndoStack>

using namespace kehu;

namespace {

QString shown(const SegmentTotalsModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

// The shares are of the whole revenue, customers without a segment included, but that group
// gets no row of its own; names are translated, figures right-aligned.
TEST(SegmentTotalsModel, ShowsEachKeyedGroupWithItsShareOfTheWholeRevenue)
{
    const test::DemoBook book({.customers = 50});
    const std::unique_ptr<Workspace> workspace = book.openWorkspace();
    ASSERT_NE(workspace, nullptr);
    SegmentTotalsModel model(*workspace, SegmentTotalsModel::Kind::Segments);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.columnCount(), 4);

    model.setTotals(
        {{QStringLiteral("champions"), 1200, 30000}, {QString(), 7, 10000}, {QStringLiteral("lost"), 3, 60000}});
    ASSERT_EQ(model.rowCount(), 2);
    const QLocale locale;
    EXPECT_EQ(model.keyAt(0), QStringLiteral("champions"));
    EXPECT_EQ(model.index(1, 0).data(SegmentTotalsModel::KeyRole).toString(), QStringLiteral("lost"));
    EXPECT_EQ(shown(model, 0, SegmentTotalsModel::Name), Labels::segment(QStringLiteral("champions")));
    EXPECT_EQ(shown(model, 0, SegmentTotalsModel::Customers), locale.toString(1200));
    EXPECT_EQ(shown(model, 0, SegmentTotalsModel::RevenueShare), locale.toString(30.0, 'f', 1) + u'%');
    EXPECT_EQ(shown(model, 1, SegmentTotalsModel::RevenueShare), locale.toString(60.0, 'f', 1) + u'%');
    EXPECT_EQ(shown(model, 1, SegmentTotalsModel::Action), Labels::segmentAction(QStringLiteral("lost")));
    EXPECT_EQ(model.index(0, SegmentTotalsModel::Customers).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
              Qt::AlignRight | Qt::AlignVCenter);
    EXPECT_EQ(model.headerData(SegmentTotalsModel::Action, Qt::Horizontal).toString(),
              SegmentTotalsModel::tr("Recommended action"));

    model.setTotals({{QStringLiteral("lost"), 0, 0}});
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(shown(model, 0, SegmentTotalsModel::RevenueShare), locale.toString(0.0, 'f', 1) + u'%');
}

// The ABC table: three columns, class names, nothing editable.
TEST(SegmentTotalsModel, ShowsTheAbcClassesReadOnly)
{
    const test::DemoBook book({.customers = 50});
    const std::unique_ptr<Workspace> workspace = book.openWorkspace();
    ASSERT_NE(workspace, nullptr);
    SegmentTotalsModel model(*workspace, SegmentTotalsModel::Kind::AbcClasses);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTotals({{QStringLiteral("A"), 10, 800}, {QStringLiteral("B"), 20, 200}});
    EXPECT_EQ(model.columnCount(), 3);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(shown(model, 0, SegmentTotalsModel::Name), Labels::abcClass(QStringLiteral("A")));
    EXPECT_EQ(model.headerData(SegmentTotalsModel::Name, Qt::Horizontal).toString(), SegmentTotalsModel::tr("Class"));
    for (int column = 0; column < model.columnCount(); ++column)
        EXPECT_FALSE(model.flags(model.index(0, column)) & Qt::ItemIsEditable) << column;
    EXPECT_FALSE(model.setData(model.index(0, SegmentTotalsModel::Name), QStringLiteral("x")));
}

// A classified book's segments: an edited action is stored, undone and redone through the
// undo stack, and the column follows; the same text again stores nothing.
TEST(SegmentTotalsModel, EditsTheRecommendedActionUndoably)
{
    const test::DemoBook book({.customers = 300, .classifiedOn = {{QDate(2025, 12, 31), QStringLiteral("x")}}});
    const std::unique_ptr<Workspace> workspace = book.openWorkspace();
    ASSERT_NE(workspace, nullptr);
    SegmentTotalsModel model(*workspace, SegmentTotalsModel::Kind::Segments);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto snapshot = workspace->snapshots().current();
    ASSERT_TRUE(snapshot.has_value());
    const QList<GroupTotal> totals = workspace->segments().segmentTotals(snapshot->id);
    model.setTotals(totals);
    ASSERT_GT(model.rowCount(), 3);
    double shares = 0;
    qint64 customers = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        shares += QLocale().toDouble(shown(model, row, SegmentTotalsModel::RevenueShare).chopped(1));
        customers += QLocale().toLongLong(shown(model, row, SegmentTotalsModel::Customers));
    }
    EXPECT_NEAR(shares, 100.0, 0.5);
    EXPECT_EQ(customers, 300);

    const QModelIndex action = model.index(0, SegmentTotalsModel::Action);
    const QString key = model.keyAt(0);
    ASSERT_TRUE(model.flags(action) & Qt::ItemIsEditable);
    const QString before = action.data().toString();
    EXPECT_EQ(before, Labels::segmentAction(key));
    ASSERT_TRUE(model.setData(action, before)); // unchanged: nothing to undo
    QUndoStack *stack = workspace->undoStack();
    EXPECT_EQ(stack->count(), 0);

    ASSERT_TRUE(model.setData(action, QStringLiteral("Call them this week")));
    EXPECT_EQ(stack->count(), 1);
    EXPECT_EQ(action.data().toString(), QStringLiteral("Call them this week"));
    EXPECT_EQ(action.data(Qt::EditRole).toString(), QStringLiteral("Call them this week"));
    EXPECT_EQ(workspace->segments().action(key), QStringLiteral("Call them this week"));
    stack->undo();
    EXPECT_EQ(action.data().toString(), before);
    EXPECT_FALSE(workspace->segments().action(key).has_value());
    stack->redo();
    EXPECT_EQ(action.data().toString(), QStringLiteral("Call them this week"));

    // A fresh model over the same book reads the stored action.
    SegmentTotalsModel again(*workspace, SegmentTotalsModel::Kind::Segments);
    again.setTotals(totals);
    EXPECT_EQ(shown(again, 0, SegmentTotalsModel::Action), QStringLiteral("Call them this week"));
}
