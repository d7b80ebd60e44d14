#include "ownertargetmodel.h"

#include "activitywriter.h"
#include "customerrepository.h"
#include "distributorscorecardmodel.h"
#include "ownertargetrepository.h"
#include "workspace.h"

#include "../support/printers.h"
#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QUndoStack>

#include <cmath>

using namespace kehu;

namespace {

void addCustomer(Database &db, const QString &code, CustomerType type, const QString &owner, QDate day, qint64 amount,
                 int key)
{
    Customer c;
    c.code = code;
    c.name = code;
    c.type = type;
    c.owner = owner;
    Purchase p;
    p.customerId = CustomerRepository(db).insert(c);
    p.date = day;
    p.amount = amount;
    ASSERT_EQ(ActivityWriter(db).addPurchase(p, key), ActivityWriter::Result::Inserted);
}

} // namespace

TEST(OwnerTargetModel, QuarterRanges)
{
    EXPECT_EQ(OwnerTargetModel::quarterRange(QStringLiteral("2025Q4")),
              std::make_pair(QDate(2025, 10, 1), QDate(2025, 12, 31)));
    EXPECT_EQ(OwnerTargetModel::quarterRange(QStringLiteral("2024Q1")).second, QDate(2024, 3, 31));
    EXPECT_FALSE(OwnerTargetModel::quarterRange(QStringLiteral("2025Q5")).first.isValid());
    EXPECT_EQ(OwnerTargetModel::quarterOf(QDate(2025, 8, 9)), QStringLiteral("2025Q3"));
}

// Edit a target: one undo step, progress against the quarter's actuals; undo removes it.
TEST(OwnerTargetModel, EditTargetsWithUndoAgainstActuals)
{
    test::TempDatabase temp;
    Workspace workspace(std::move(Database::open(temp.path()).database));
    temp.close();
    addCustomer(workspace.database(), QStringLiteral("A"), CustomerType::EndCustomer, QStringLiteral("Anna"),
                QDate(2025, 11, 2), 150000, 1);
    addCustomer(workspace.database(), QStringLiteral("B"), CustomerType::Distributor, QStringLiteral("Bo"),
                QDate(2025, 5, 2), 9000, 2);

    OwnerTargetModel model(workspace);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setQuarter(QStringLiteral("2025Q4"));
    ASSERT_EQ(model.rowCount(), 2); // Anna (actuals) and Bo (owner without Q4 actuals)
    EXPECT_EQ(model.index(0, OwnerTargetModel::Owner).data().toString(), QStringLiteral("Anna"));
    EXPECT_EQ(model.index(0, OwnerTargetModel::Revenue).data(OwnerTargetModel::RawValueRole).toLongLong(), 150000);
    EXPECT_EQ(model.index(0, OwnerTargetModel::NewCustomers).data(OwnerTargetModel::RawValueRole).toLongLong(), 1);
    EXPECT_TRUE(model.flags(model.index(0, OwnerTargetModel::RevenueTarget)) & Qt::ItemIsEditable);
    EXPECT_FALSE(model.flags(model.index(0, OwnerTargetModel::Revenue)) & Qt::ItemIsEditable);

    ASSERT_TRUE(model.setData(model.index(0, OwnerTargetModel::RevenueTarget), 2000.0)); // major units
    EXPECT_EQ(workspace.undoStack()->count(), 1);
    EXPECT_EQ(model.index(0, OwnerTargetModel::RevenueTarget).data(OwnerTargetModel::RawValueRole).toLongLong(),
              200000);
    EXPECT_DOUBLE_EQ(model.index(0, OwnerTargetModel::RevenueProgress).data(OwnerTargetModel::RawValueRole).toDouble(),
                     0.75);
    EXPECT_FALSE(model.setData(model.index(0, OwnerTargetModel::NewTarget), -3));
    ASSERT_TRUE(model.setData(model.index(0, OwnerTargetModel::NewTarget), 4));
    EXPECT_EQ(workspace.undoStack()->count(), 1); // merged with the revenue edit
    EXPECT_DOUBLE_EQ(model.index(0, OwnerTargetModel::NewProgress).data(OwnerTargetModel::RawValueRole).toDouble(),
                     0.25);
    EXPECT_EQ(OwnerTargetRepository(workspace.database()).forQuarter(QStringLiteral("2025Q4")).size(), 1);

    workspace.undoStack()->undo();
    EXPECT_TRUE(OwnerTargetRepository(workspace.database()).forQuarter(QStringLiteral("2025Q4")).isEmpty());
    EXPECT_FALSE(model.index(0, OwnerTargetModel::RevenueTarget).data(OwnerTargetModel::RawValueRole).isValid());
    workspace.undoStack()->redo();
    const auto targets = OwnerTargetRepository(workspace.database()).forQuarter(QStringLiteral("2025Q4"));
    ASSERT_EQ(targets.size(), 1);
    EXPECT_EQ(targets.at(0).revenue, 200000);
    EXPECT_EQ(targets.at(0).newCustomers, 4);
}

// The revenue target is edited as text (a line edit, not a double spin box) and read back
// exactly by MoneyParser in the user's locale.
TEST(OwnerTargetModel, RevenueTargetIsEditedAsExactText)
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    test::TempDatabase temp;
    Workspace workspace(std::move(Database::open(temp.path()).database));
    temp.close();
    addCustomer(workspace.database(), QStringLiteral("A"), CustomerType::EndCustomer, QStringLiteral("Anna"),
                QDate(2025, 11, 2), 150000, 1);
    OwnerTargetModel model(workspace);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setQuarter(QStringLiteral("2025Q4"));
    ASSERT_EQ(model.rowCount(), 1);
    const QModelIndex target = model.index(0, OwnerTargetModel::RevenueTarget);
    EXPECT_EQ(target.data(Qt::EditRole).typeId(), QMetaType::QString);
    EXPECT_EQ(target.data(Qt::EditRole).toString(), QStringLiteral("0.00"));

    ASSERT_TRUE(model.setData(target, QStringLiteral("¥12,345.67")));
    EXPECT_EQ(target.data(OwnerTargetModel::RawValueRole).toLongLong(), 1234567);
    EXPECT_EQ(target.data(Qt::EditRole).toString(), QStringLiteral("12345.67"));
    EXPECT_EQ(target.data().toString(), QStringLiteral("¥12,346"));
    // 90,071,992,547,409.93 is not a double: the text keeps every fen.
    ASSERT_TRUE(model.setData(target, QStringLiteral("90071992547409.93")));
    EXPECT_EQ(target.data(OwnerTargetModel::RawValueRole).toLongLong(), 9007199254740993);
    EXPECT_FALSE(model.setData(target, QStringLiteral("12.345"))); // half a fen
    EXPECT_FALSE(model.setData(target, QStringLiteral("-5")));
    EXPECT_FALSE(model.setData(target, QStringLiteral("abc")));
    EXPECT_EQ(target.data(OwnerTargetModel::RawValueRole).toLongLong(), 9007199254740993);
    QLocale::setDefault(before);
}

TEST(DistributorScorecardModel, RanksTheQuarter)
{
    test::TempDatabase temp;
    Workspace workspace(std::move(Database::open(temp.path()).database));
    temp.close();
    addCustomer(workspace.database(), QStringLiteral("D1"), CustomerType::Distributor, QStringLiteral("Anna"),
                QDate(2025, 11, 2), 3000, 1);
    addCustomer(workspace.database(), QStringLiteral("D2"), CustomerType::Distributor, QStringLiteral("Bo"),
                QDate(2025, 12, 2), 1000, 2);
    DistributorScorecardModel model(workspace);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setQuarter(QStringLiteral("2025Q4"));
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, DistributorScorecardModel::Name).data().toString(), QStringLiteral("D1"));
    EXPECT_EQ(model.index(0, DistributorScorecardModel::Rank).data().toInt(), 1);
    EXPECT_DOUBLE_EQ(
        model.index(1, DistributorScorecardModel::Share).data(DistributorScorecardModel::RawValueRole).toDouble(),
        0.25);
    EXPECT_TRUE(std::isnan(
        model.index(1, DistributorScorecardModel::Growth).data(DistributorScorecardModel::RawValueRole).toDouble()));
}
