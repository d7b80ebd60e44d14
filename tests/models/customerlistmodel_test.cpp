#include "customerlistmodel.h"

#include "booksettings.h"
#include "customerlistrepository.h"
#include "moneyformatter.h"
#include "workspace.h"

#include "../support/demobook.h"
#include "../support/printers.h"
#include "../support/tempdatabase.h"
#include "fixtures.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <set>

using namespace kehu;

namespace {

std::unique_ptr<Workspace> workspaceWith(test::TempDatabase &temp, int count)
{
    test::addCustomers(temp.db(), count, [](int i) {
        return i % 10 == 0 ? QStringLiteral("王伟%1").arg(i) : QStringLiteral("Li Na %1").arg(i);
    });
    temp.close();
    auto opened = Database::open(temp.path());
    return std::make_unique<Workspace>(std::move(opened.database));
}

// Qt 6.4's tester runs fetchMore() from its modelReset handler, while it still counts the
// reset as in flight; so a tester is attached after each reset, not across one.
void check(CustomerListModel &model)
{
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
}

} // namespace

TEST(CustomerListModel, PagesThroughEveryRowOnceInOrder)
{
    test::TempDatabase temp;
    auto workspace = workspaceWith(temp, 450);
    CustomerListModel model(*workspace);
    model.sort(CustomerListModel::Code, Qt::AscendingOrder);
    EXPECT_EQ(model.rowCount(), CustomerListModel::kPageSize);
    EXPECT_TRUE(model.canFetchMore({}));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (model.canFetchMore({}))
        model.fetchMore({});
    ASSERT_EQ(model.rowCount(), 450);
    std::set<CustomerId> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.customerId(row));
        if (row > 0) {
            EXPECT_LT(model.rowAt(row - 1).code, model.rowAt(row).code);
        }
    }
    EXPECT_EQ(ids.size(), 450u);
}

TEST(CustomerListModel, DescendingOrderAndJumpToEndThenFetchBefore)
{
    test::TempDatabase temp;
    auto workspace = workspaceWith(temp, 450);
    CustomerListModel model(*workspace);
    model.sort(CustomerListModel::Code, Qt::DescendingOrder);
    EXPECT_EQ(model.rowAt(0).code, QStringLiteral("C0450"));
    model.jumpToEnd();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowAt(model.rowCount() - 1).code, QStringLiteral("C0001"));
    EXPECT_FALSE(model.canFetchMore({}));
    EXPECT_TRUE(model.canFetchBefore());
    while (model.canFetchBefore())
        model.fetchBefore();
    ASSERT_EQ(model.rowCount(), 450);
    EXPECT_EQ(model.rowAt(0).code, QStringLiteral("C0450"));
    for (int row = 1; row < model.rowCount(); ++row)
        ASSERT_GT(model.rowAt(row - 1).code, model.rowAt(row).code);
}

TEST(CustomerListModel, SearchesNamePhoneAndCodeInChineseAndLatin)
{
    test::TempDatabase temp;
    auto workspace = workspaceWith(temp, 120);
    CustomerListModel model(*workspace);
    model.setSearch(QStringLiteral("王伟"));
    EXPECT_EQ(model.rowCount(), 12);
    check(model);
    model.setSearch(QStringLiteral("li  NA 11")); // case and inner spaces ignored
    EXPECT_EQ(model.rowCount(), 10);              // 11, 111..119 without 110
    model.setSearch(QStringLiteral("0013 0042")); // phone digits, typed with a space
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.rowAt(0).code, QStringLiteral("C0042"));
    model.setSearch(QStringLiteral("c01"));
    EXPECT_EQ(model.rowCount(), 21); // C0100..C0120
    model.setSearch(QStringLiteral("50%"));
    EXPECT_EQ(model.rowCount(), 0); // wildcards typed by the user are literal
}

TEST(CustomerListModel, FiltersByOwnerAndRegion)
{
    test::TempDatabase temp;
    auto workspace = workspaceWith(temp, 90);
    CustomerListModel model(*workspace);
    CustomerListFilter filter;
    filter.owner = QStringLiteral("Anna");
    model.setFilter(filter);
    EXPECT_EQ(model.rowCount(), 45);
    filter.region = QStringLiteral("North");
    model.setFilter(filter);
    EXPECT_EQ(model.rowCount(), 15);
    check(model);
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_EQ(model.rowAt(row).owner, QStringLiteral("Anna"));
    EXPECT_EQ(CustomerListRepository(workspace->database()).distinctValues(QStringLiteral("owner")),
              (QStringList{QStringLiteral("Anna"), QStringLiteral("张伟")}));
}

// The CLV column is written in the book's currency, read again when the settings change: a
// yen book has no minor units, so a CLV of 123456 stored reads 123,456 yen, not 1,235.
TEST(CustomerListModel, ClvIsWrittenInTheBooksCurrency)
{
    const test::DemoBook book(
        {.customers = 60, .years = 2, .classifiedOn = {{QDate(2025, 12, 31), QStringLiteral("q4")}}});
    auto workspace = book.openWorkspace();
    CustomerListModel model(*workspace);
    model.sort(CustomerListModel::Clv, Qt::DescendingOrder);
    ASSERT_GT(model.rowCount(), 0);
    ASSERT_TRUE(model.rowAt(0).clv);
    const MinorUnits clv = *model.rowAt(0).clv;
    const QLocale locale;
    const QString yuan = model.index(0, CustomerListModel::Clv).data().toString();
    EXPECT_EQ(yuan, MoneyFormatter::formatWholeNumber(clv, Currency(u"CNY"), locale));

    ASSERT_TRUE(workspace->settings().setStored({std::nullopt, QStringLiteral("JPY")}));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refreshCurrency();
    EXPECT_EQ(changed.count(), 1) << "the CLV column is written again, no row re-read";
    check(model);
    ASSERT_GT(model.rowCount(), 0);
    ASSERT_EQ(model.rowAt(0).clv, clv);
    const QString yen = model.index(0, CustomerListModel::Clv).data().toString();
    EXPECT_EQ(yen, MoneyFormatter::formatWholeNumber(clv, Currency(u"JPY"), locale));
    EXPECT_NE(yen, yuan) << "a CLV of " << clv << " minor units";
}
