#include "cohortretentionmodel.h"

#include "activitywriter.h"
#include "cohortjob.h"
#include "customercounts.h"
#include "customerrepository.h"
#include "database.h"
#include "workspace.h"

#include "../support/printers.h"
#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>

using namespace kehu;

namespace {

int32_t day(int y, int m, int d)
{
    return int32_t(QDate(1970, 1, 1).daysTo(QDate(y, m, d)));
}

} // namespace

// Four customers: A (Jan, Feb, Mar), B (Jan, Mar), C (Feb), D (Feb, Mar).
// January cohort {A, B}: +1 = 1/2 (A), +2 = 2/2. February cohort {C, D}: +1 = 1/2 (D).
// Repeat rate at March: A, B, D have >= 2 purchase days of 4 acquired = 75%.
TEST(CohortRetentionModel, SharesOfEachCohortFromHandComputedCounts)
{
    const std::vector<uint32_t> customer{0, 0, 0, 1, 1, 2, 3, 3};
    const std::vector<int32_t> days{day(2025, 1, 5),  day(2025, 2, 7), day(2025, 3, 1), day(2025, 1, 20),
                                    day(2025, 3, 30), day(2025, 2, 2), day(2025, 2, 9), day(2025, 3, 3)};
    const std::vector<int64_t> amount(customer.size(), 100);
    analytics::CountOptions options;
    options.asOfDay = day(2025, 3, 31);
    const auto counts = analytics::countCustomers({customer, days, amount, {}}, options);
    ASSERT_EQ(counts.periods(), 3u);

    CohortRetentionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTable(CohortTable::fromCounts(counts, 12, 12));
    EXPECT_DOUBLE_EQ(model.table().repeatRate, 0.75);
    EXPECT_EQ(model.table().customers, 4);
    ASSERT_EQ(model.rowCount(), 3);
    ASSERT_EQ(model.columnCount(), 3); // size, +1, +2
    EXPECT_EQ(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("2025-01"));
    EXPECT_EQ(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("+2"));
    EXPECT_EQ(model.index(0, 0).data(CohortRetentionModel::RawValueRole).toLongLong(), 2);
    EXPECT_DOUBLE_EQ(model.index(0, 1).data(CohortRetentionModel::RawValueRole).toDouble(), 0.5);
    EXPECT_DOUBLE_EQ(model.index(0, 2).data(CohortRetentionModel::RawValueRole).toDouble(), 1.0);
    EXPECT_DOUBLE_EQ(model.index(1, 1).data(CohortRetentionModel::RawValueRole).toDouble(), 0.5);
    EXPECT_FALSE(model.index(1, 2).data().isValid()); // April has not come yet
    EXPECT_FALSE(model.index(2, 1).data().isValid());
    // Heat: the highest share is the darkest cell.
    const QColor top = model.index(0, 2).data(Qt::BackgroundRole).value<QColor>();
    const QColor half = model.index(0, 1).data(Qt::BackgroundRole).value<QColor>();
    EXPECT_LT(top.lightness(), half.lightness());

    // Only the last two cohorts, one offset.
    model.setTable(CohortTable::fromCounts(counts, 2, 1));
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.columnCount(), 2);
    EXPECT_EQ(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("2025-02"));
}

TEST(CohortJob, ComputesFromTheStoredPurchasesInAWorkerThread)
{
    test::TempDatabase temp;
    {
        CustomerRepository customers(temp.db());
        ActivityWriter writer(temp.db());
        const QList<QList<QDate>> purchases{{QDate(2025, 1, 5), QDate(2025, 2, 7)}, {QDate(2025, 1, 9)}};
        int key = 0;
        for (int i = 0; i < purchases.size(); ++i) {
            Customer c;
            c.code = QStringLiteral("K%1").arg(i);
            c.name = c.code;
            const CustomerId id = customers.insert(c);
            for (const QDate &date : purchases.at(i)) {
                Purchase p;
                p.customerId = id;
                p.date = date;
                p.amount = 500;
                ASSERT_EQ(writer.addPurchase(p, ++key), ActivityWriter::Result::Inserted);
            }
        }
    }
    temp.close();
    Workspace workspace(Database::open(temp.path()).database);
    CohortJob job(workspace);
    QSignalSpy done(&job, &CohortJob::finished);
    job.start(false, QDate(2025, 2, 28));
    ASSERT_TRUE(done.wait(10000));
    const auto table = done.at(0).at(0).value<CohortTable>();
    EXPECT_TRUE(done.at(0).at(1).toString().isEmpty());
    ASSERT_EQ(table.cohorts, QStringList({QStringLiteral("2025-01"), QStringLiteral("2025-02")}));
    EXPECT_EQ(table.sizes.at(0), 2);
    EXPECT_EQ(table.sizes.at(1), 0);
    ASSERT_EQ(table.retention.at(0).size(), 1);
    EXPECT_DOUBLE_EQ(table.retention.at(0).at(0), 0.5);
    EXPECT_DOUBLE_EQ(table.repeatRate, 0.5);
}

// Cohorts stop at the last stored purchase, not at the day asked for: a book whose purchases
// end in March 2024 shows no empty cohorts for the months after it, and March is partial.
TEST(CohortJob, StopsAtTheLastPurchase)
{
    test::TempDatabase temp;
    {
        CustomerRepository customers(temp.db());
        ActivityWriter writer(temp.db());
        int key = 0;
        for (const QDate &date : {QDate(2024, 1, 5), QDate(2024, 3, 10)}) {
            Customer c;
            c.code = QStringLiteral("K%1").arg(key);
            c.name = c.code;
            Purchase p;
            p.customerId = customers.insert(c);
            p.date = date;
            p.amount = 500;
            ASSERT_EQ(writer.addPurchase(p, ++key), ActivityWriter::Result::Inserted);
        }
    }
    temp.close();
    Workspace workspace(Database::open(temp.path()).database);
    CohortJob job(workspace);
    QSignalSpy done(&job, &CohortJob::finished);
    job.start(false, QDate(2026, 6, 30));
    ASSERT_TRUE(done.wait(10000));
    const auto table = done.at(0).at(0).value<CohortTable>();
    ASSERT_FALSE(table.cohorts.isEmpty());
    EXPECT_EQ(table.cohorts.last(), QStringLiteral("2024-03"));
    EXPECT_EQ(table.cohorts.size(), 3);
    EXPECT_EQ(table.asOf, QDate(2024, 3, 10));
    EXPECT_TRUE(table.lastPartial);
}
