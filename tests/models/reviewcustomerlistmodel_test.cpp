#include "reviewcustomerlistmodel.h"

#include "labels.h"
#include "moneyformatter.h"
#include "workspace.h"

#include "../support/demobook.h"
#include "../support/printers.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>

using namespace kehu;

namespace {

QuarterlyReview::CustomerLine line(CustomerId id, const QString &code, const QString &from, const QString &to)
{
    QuarterlyReview::CustomerLine l;
    l.id = id;
    l.code = code;
    l.name = QStringLiteral("王伟 %1").arg(id);
    l.owner = QStringLiteral("李娜");
    l.fromSegment = from;
    l.toSegment = to;
    l.fromAbc = QStringLiteral("B");
    l.toAbc = QStringLiteral("A");
    l.quarterRevenue = 123456;
    return l;
}

} // namespace

// A review list shows its customers in the review's order: where they moved (or one name
// when they stayed, a dash for none), CLV only when there is one, and the customer behind
// each row for "Show in the customer book".
TEST(ReviewCustomerListModel, ShowsWhereEachCustomerMovedAndWhoTheyAre)
{
    const test::DemoBook book({.customers = 50});
    const std::unique_ptr<Workspace> workspace = book.openWorkspace();
    ASSERT_NE(workspace, nullptr);
    ReviewCustomerListModel model(*workspace);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.columnCount(), 7);
    EXPECT_EQ(model.headerData(ReviewCustomerListModel::QuarterRevenue, Qt::Horizontal).toString(),
              ReviewCustomerListModel::tr("Quarter revenue"));

    QuarterlyReview::CustomerLine moved = line(7, QStringLiteral("C0007"), QStringLiteral("loyal_customers"),
                                               QStringLiteral("champions"));
    moved.clv = 9876500;
    const QuarterlyReview::CustomerLine stayed = line(3, QStringLiteral("C0003"), QStringLiteral("loyal_customers"),
                                                      QStringLiteral("loyal_customers"));
    const QuarterlyReview::CustomerLine arrived = line(5, QStringLiteral("C0005"), QString(),
                                                       QStringLiteral("new_customers"));
    model.setLines({moved, stayed, arrived});
    ASSERT_EQ(model.rowCount(), 3);

    const auto shown = [&model](int row, int column) { return model.index(row, column).data().toString(); };
    const Currency currency(workspace->currency());
    EXPECT_EQ(shown(0, ReviewCustomerListModel::Code), QStringLiteral("C0007"));
    EXPECT_EQ(shown(0, ReviewCustomerListModel::Name), moved.name);
    EXPECT_EQ(shown(0, ReviewCustomerListModel::Owner), QStringLiteral("李娜"));
    EXPECT_EQ(shown(0, ReviewCustomerListModel::Segment), Labels::segment(QStringLiteral("loyal_customers"))
                                                              + QStringLiteral(" → ")
                                                              + Labels::segment(QStringLiteral("champions")));
    EXPECT_EQ(shown(0, ReviewCustomerListModel::Abc),
              Labels::abcClass(QStringLiteral("B")) + QStringLiteral(" → ") + Labels::abcClass(QStringLiteral("A")));
    EXPECT_EQ(shown(0, ReviewCustomerListModel::Clv), MoneyFormatter::formatWhole(9876500, currency));
    EXPECT_EQ(shown(0, ReviewCustomerListModel::QuarterRevenue), MoneyFormatter::formatWhole(123456, currency));
    EXPECT_EQ(shown(1, ReviewCustomerListModel::Segment), Labels::segment(QStringLiteral("loyal_customers")));
    EXPECT_EQ(shown(1, ReviewCustomerListModel::Clv), QString());
    EXPECT_EQ(shown(2, ReviewCustomerListModel::Segment),
              QStringLiteral("— → ") + Labels::segment(QStringLiteral("new_customers")));
    EXPECT_EQ(model.index(2, ReviewCustomerListModel::Name).data(ReviewCustomerListModel::IdRole).toLongLong(), 5);
    EXPECT_EQ(model.customerIds(), (QList<CustomerId>{7, 3, 5}));
    EXPECT_FALSE(model.flags(model.index(0, 0)) & Qt::ItemIsEditable);

    model.setLines({});
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_TRUE(model.customerIds().isEmpty());
}
