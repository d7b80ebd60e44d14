#include "snapshotrepository.h"

#include "activitywriter.h"
#include "classification.h"
#include "classificationrunner.h"
#include "customerrepository.h"
#include "purchasecolumnsloader.h"
#include "settingsrepository.h"
#include "snapshotaggregator.h"
#include "transaction.h"
#include "workspace.h"

#include "../support/printers.h"
#include "../support/serverdatabase.h"
#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QSqlQuery>
#include <QThread>

#include <thread>

using namespace kehu;

namespace {

/// Customers C1..Cn; customer k buys k times, on days 10 apart ending 2025-06-01 - k days,
/// 1000 * k cents each time. Inserted newest first, so the loader must sort.
void fillShop(Database &db, int n)
{
    Transaction transaction(db.connection());
    CustomerRepository customers(db);
    ActivityWriter writer(db);
    for (int k = 1; k <= n; ++k) {
        Customer c;
        c.code = QStringLiteral("C%1").arg(k);
        c.name = QStringLiteral("客户%1").arg(k);
        const CustomerId id = customers.insert(c);
        ASSERT_GT(id, 0);
        const QDate last = QDate(2025, 6, 1).addDays(-k);
        for (int j = 0; j < k; ++j) {
            Purchase p;
            p.customerId = id;
            p.date = last.addDays(-10 * j);
            p.amount = 1000 * k;
            p.profit = 100 * k;
            ASSERT_EQ(writer.addPurchase(p, j), ActivityWriter::Result::Inserted);
        }
    }
    ASSERT_TRUE(transaction.commit());
}

} // namespace

TEST(PurchaseColumnsLoader, ColumnsAreSortedDenseAndSkipDeletedCustomers)
{
    test::TempDatabase temp;
    fillShop(temp.db(), 4);
    Customer nobody;
    nobody.code = QStringLiteral("C0");
    ASSERT_GT(CustomerRepository(temp.db()).insert(nobody), 0);
    QSqlQuery q(temp.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE customers SET deleted_at = '2025-01-01' WHERE code = 'C2'")));

    PurchaseColumnsData data;
    QString error;
    ASSERT_TRUE(PurchaseColumnsLoader(temp.db()).load(&data, &error)) << error.toStdString();
    ASSERT_EQ(data.customerIds.size(), 4u); // C1, C3, C4, C0 (C2 deleted)
    EXPECT_EQ(data.customer.size(), 1u + 3u + 4u);
    for (std::size_t i = 1; i < data.customer.size(); ++i) {
        ASSERT_TRUE(data.customer[i - 1] < data.customer[i]
                    || (data.customer[i - 1] == data.customer[i] && data.day[i - 1] <= data.day[i]))
            << i;
    }
    EXPECT_EQ(data.amount.front(), 1000);
    EXPECT_EQ(data.profit.back(), 400);
}

TEST(SnapshotRepository, RunnerStoresOneRowPerCustomerWithItsScoresAndTotals)
{
    test::TempDatabase temp;
    fillShop(temp.db(), 30);
    ClassificationPolicy policy;
    policy.abc = {0.5, 0.9};
    ASSERT_TRUE(SettingsRepository(temp.db()).setPolicy(policy));
    const ClassificationPolicy stored = SettingsRepository(temp.db()).policy();
    EXPECT_DOUBLE_EQ(stored.abc.a, 0.5);

    auto outcome = ClassificationRunner(temp.workspace()).run(stored, QDate(2025, 6, 1), QStringLiteral("2025Q2"));
    ASSERT_TRUE(outcome.error.isEmpty()) << outcome.error.toStdString();
    ASSERT_GT(outcome.snapshotId, 0);
    EXPECT_EQ(outcome.purchaseRows, 465u); // 1 + 2 + ... + 30

    SnapshotRepository snapshots(temp.db());
    const auto info = snapshots.current();
    ASSERT_TRUE(info);
    EXPECT_EQ(info->id, outcome.snapshotId);
    EXPECT_EQ(info->asOf, QDate(2025, 6, 1));
    EXPECT_EQ(info->label, QStringLiteral("2025Q2"));
    EXPECT_EQ(info->customers, 30);
    EXPECT_DOUBLE_EQ(info->parameters[QStringLiteral("abc")][QStringLiteral("a")].toDouble(), 0.5);
    qint64 segmentCustomers = 0;
    for (const SnapshotSummary::SegmentTotal &segment : info->summary.segments)
        segmentCustomers += segment.customers;
    EXPECT_EQ(segmentCustomers, 30);

    int rows = 0;
    int classA = 0;
    ASSERT_TRUE(snapshots.forEachRow(outcome.snapshotId, [&](const SnapshotRow &row) {
        ++rows;
        classA += row.abcClass == u"A" ? 1 : 0;
        return true;
    }));
    EXPECT_EQ(rows, 30);
    // Revenue of customer k is 1000 k^2: total 9,455,000, half 4,727,500. A customer is A
    // while the revenue ranked before it is under half: before C24 it is C30..C25 =
    // 4,555,000 (A); before C23 it is 5,131,000 (B). So C30..C24: seven customers.
    EXPECT_EQ(classA, 7);

    const auto c30 = CustomerRepository(temp.db()).findByCode(QStringLiteral("C30"));
    const auto row = snapshots.row(outcome.snapshotId, c30->id);
    ASSERT_TRUE(row);
    EXPECT_EQ(row->code, QStringLiteral("C30"));
    EXPECT_EQ(row->name, QStringLiteral("客户30"));
    EXPECT_EQ(row->recencyDays, 30);
    EXPECT_EQ(row->frequency, 30);
    EXPECT_EQ(row->revenue, 900000);
    EXPECT_EQ(row->abcClass, QStringLiteral("A"));
    EXPECT_FALSE(row->segment.isEmpty());
    EXPECT_FALSE(row->churnFlag.isEmpty());
}

TEST(SnapshotRepository, EarlierSnapshotsStayAndFrozenOnesCannotBeRemoved)
{
    test::TempDatabase temp;
    fillShop(temp.db(), 5);
    ClassificationRunner runner(temp.workspace());
    const qint64 first = runner.run({}, QDate(2025, 3, 31), QStringLiteral("Q1")).snapshotId;
    const qint64 second = runner.run({}, QDate(2025, 6, 30), QStringLiteral("Q2")).snapshotId;
    ASSERT_GT(first, 0);
    ASSERT_GT(second, first);
    SnapshotRepository snapshots(temp.db());
    ASSERT_EQ(snapshots.list().size(), 2);
    EXPECT_EQ(snapshots.list().first().label, QStringLiteral("Q1"));
    ASSERT_TRUE(snapshots.setFrozen(first, true));
    EXPECT_FALSE(snapshots.remove(first));
    EXPECT_TRUE(snapshots.remove(second));
    EXPECT_EQ(snapshots.list().size(), 1);
    EXPECT_TRUE(snapshots.find(first)->frozen);
    EXPECT_FALSE(snapshots.forEachRow(second, [](const SnapshotRow &) { return true; }));
}

TEST(SnapshotAggregator, TotalsFromMemoryEqualTheTotalsReadBackFromTheRows)
{
    test::TempDatabase temp;
    fillShop(temp.db(), 40);
    QSqlQuery q(temp.db().connection());
    // Owners, regions and channels spread over the customers, one without purchases, one deleted.
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE customers SET owner = CASE id % 3 WHEN 0 THEN '李娜' WHEN 1 THEN 'Emily' "
                                      "ELSE '' END, region = CASE id % 2 WHEN 0 THEN '华东' ELSE '华南' END, "
                                      "channel = CASE WHEN id % 5 = 0 THEN 'online' ELSE 'store' END")));
    Customer idle;
    idle.code = QStringLiteral("IDLE");
    idle.owner = QStringLiteral("李娜");
    ASSERT_GT(CustomerRepository(temp.db()).insert(idle), 0);
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE customers SET deleted_at = '2025-05-01' WHERE code = 'C7'")));

    const auto outcome = ClassificationRunner(temp.workspace()).run({}, QDate(2025, 6, 1), QString());
    ASSERT_TRUE(outcome.error.isEmpty()) << outcome.error.toStdString();
    auto dump = [&] {
        QStringList rows;
        QSqlQuery all(temp.db().connection());
        all.exec(QStringLiteral("SELECT kind, owner, region, channel, key1, key2, customers, revenue, value "
                                "FROM snapshot_aggregates ORDER BY 1, 2, 3, 4, 5, 6"));
        while (all.next()) {
            QStringList fields;
            for (int i = 0; i < 9; ++i)
                fields << all.value(i).toString();
            rows << fields.join(u'|');
        }
        return rows;
    };
    const QStringList fromMemory = dump();
    ASSERT_GT(fromMemory.size(), 20);
    ASSERT_TRUE(SnapshotAggregator(temp.db()).write(outcome.snapshotId));
    EXPECT_EQ(dump(), fromMemory);
}

namespace {

/// The snapshots whose rows are a table of their own under snapshot_rows, with each table's
/// rows and indexes ("snapshot_rows_7: 5 rows, 3 indexes").
QStringList snapshotTables(Database &db)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(QStringLiteral(
        "SELECT c.relname, (SELECT count(*) FROM pg_index i WHERE i.indrelid = c.oid) FROM pg_inherits h "
        "JOIN pg_class c ON c.oid = h.inhrelid WHERE h.inhparent = 'snapshot_rows'::regclass ORDER BY c.relname")));
    QStringList tables;
    while (q.next()) {
        QSqlQuery rows(db.connection());
        EXPECT_TRUE(rows.exec(QStringLiteral("SELECT count(*) FROM %1").arg(q.value(0).toString())) && rows.next());
        tables << QStringLiteral("%1: %2 rows, %3 indexes")
                      .arg(q.value(0).toString())
                      .arg(rows.value(0).toLongLong())
                      .arg(q.value(1).toLongLong());
    }
    return tables;
}

} // namespace

TEST(ServerBook, EachSnapshotsRowsAreATableOfTheirOwnThatGoesWithIt)
{
    test::TempDatabase temp;
    ASSERT_TRUE(temp.db().isServer());
    fillShop(temp.db(), 5);
    ClassificationRunner runner(temp.workspace());
    const qint64 first = runner.run({}, QDate(2025, 3, 31), QStringLiteral("Q1")).snapshotId;
    const qint64 second = runner.run({}, QDate(2025, 6, 30), QStringLiteral("Q2")).snapshotId;
    ASSERT_GT(second, first);
    const QString firstTable = QStringLiteral("snapshot_rows_%1").arg(first);
    const QString secondTable = QStringLiteral("snapshot_rows_%1").arg(second);
    EXPECT_EQ(snapshotTables(temp.db()),
              (QStringList{firstTable + u": 5 rows, 3 indexes", secondTable + u": 5 rows, 3 indexes"}));

    // Read through snapshot_rows, each snapshot's rows are its own, with ids unique across both.
    SnapshotRepository snapshots(temp.db());
    int rows = 0;
    ASSERT_TRUE(snapshots.forEachRow(second, [&rows](const SnapshotRow &) { return ++rows, true; }));
    EXPECT_EQ(rows, 5);
    QSqlQuery q(temp.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(DISTINCT id), count(*) FROM snapshot_rows")) && q.next());
    EXPECT_EQ(q.value(0).toLongLong(), 10);
    EXPECT_EQ(q.value(1).toLongLong(), 10);

    ASSERT_TRUE(snapshots.setFrozen(first, true));
    EXPECT_FALSE(snapshots.remove(first));
    EXPECT_TRUE(snapshots.remove(second));
    EXPECT_EQ(snapshotTables(temp.db()), QStringList{firstTable + u": 5 rows, 3 indexes"});

    // A snapshot that fails half-way leaves no table behind: the rows are refused at the end.
    ASSERT_TRUE(q.exec(
        QStringLiteral("ALTER TABLE snapshot_rows ADD CONSTRAINT no_later CHECK (snapshot_id <= %1)").arg(second)));
    EXPECT_EQ(runner.run({}, QDate(2025, 9, 30), QStringLiteral("Q3")).snapshotId, 0);
    EXPECT_EQ(snapshotTables(temp.db()), QStringList{firstTable + u": 5 rows, 3 indexes"});
    EXPECT_EQ(snapshots.list().size(), 1);
    ASSERT_TRUE(q.exec(QStringLiteral("ALTER TABLE snapshot_rows DROP CONSTRAINT no_later")));

    // Refused at the attach (an index the rows break is built there): nothing left either.
    ASSERT_TRUE(q.exec(QStringLiteral("CREATE UNIQUE INDEX one_per_class ON snapshot_rows (snapshot_id, abc_class)")));
    EXPECT_EQ(runner.run({}, QDate(2025, 9, 30), QStringLiteral("Q3")).snapshotId, 0);
    EXPECT_EQ(snapshotTables(temp.db()), QStringList{firstTable + u": 5 rows, 4 indexes"}) << "the new index too";
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM pg_class WHERE relname LIKE 'snapshot\\_rows\\_%' "
                                      "AND relkind = 'r'"))
                && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1) << "a table of a refused snapshot was left behind";
    EXPECT_EQ(snapshots.list().size(), 1);
}

TEST(ServerBook, TwoDesksClassifyingAtOnceBothStoreTheirSnapshot)
{
    test::ServerDatabase server;
    Database::OpenResult opened = Database::open(server.uri());
    ASSERT_TRUE(opened.database) << opened.message.toStdString();
    fillShop(*opened.database, 5);

    // A third session holds snapshot_rows, so that both desks get as far as attaching their
    // rows before either may: where they deadlocked, one of them failed.
    Database::OpenResult holder = Database::open(server.uri());
    ASSERT_TRUE(holder.database);
    Transaction hold(holder.database->connection());
    QSqlQuery lock(holder.database->connection());
    ASSERT_TRUE(lock.exec(QStringLiteral("LOCK TABLE snapshot_rows IN SHARE UPDATE EXCLUSIVE MODE")));

    struct Desk
    {
        qint64 snapshotId = 0;
        QString error;
    };
    Desk desks[2];
    std::vector<std::thread> threads;
    for (Desk &desk : desks) {
        threads.emplace_back([&server, &desk] {
            Database::OpenResult own = Database::open(server.uri());
            if (!own.database) {
                desk.error = own.message;
                return;
            }
            Workspace workspace(std::move(own.database));
            const ClassificationRunner::Outcome result = ClassificationRunner(workspace).run({}, QDate(2025, 6, 30),
                                                                                             QStringLiteral("desk"));
            desk.snapshotId = result.snapshotId;
            desk.error = result.error;
        });
    }
    QSqlQuery waiting(opened.database->connection());
    int waits = 0;
    for (int tries = 0; tries < 200 && waits < 2; ++tries) {
        QThread::msleep(50);
        ASSERT_TRUE(waiting.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                                                "current_database() AND wait_event_type = 'Lock'"))
                    && waiting.next());
        waits = waiting.value(0).toInt();
    }
    EXPECT_EQ(waits, 2) << "both desks should be waiting";
    hold.rollback();
    for (std::thread &thread : threads)
        thread.join();
    for (const Desk &desk : desks) {
        EXPECT_GT(desk.snapshotId, 0);
        EXPECT_TRUE(desk.error.isEmpty()) << desk.error.toStdString();
    }
    EXPECT_NE(desks[0].snapshotId, desks[1].snapshotId);
    EXPECT_EQ(SnapshotRepository(*opened.database).list().size(), 2);
}
