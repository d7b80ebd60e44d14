#include "migrations.h"

#include "database.h"

#include "../support/printers.h"

#include <gtest/gtest.h>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace kehu;

namespace {

/// A database at `version` made by running the released steps up to it, with a customer, a
/// purchase and (from version 1) a snapshot row in it, as a user of that release would have.
void makeDatabaseAt(const QString &path, int version)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QString error;
        ASSERT_TRUE(Migrations::migrate(db, &error, version)) << error.toStdString();
        QSqlQuery q(db);
        if (version >= 1) {
            ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO customers (id, code, name, created_at, updated_at) "
                                              "VALUES (7, 'C7', '王伟', '2025-01-01', '2025-01-01')")));
            ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO purchases (customer_id, purchased_on, amount, import_key) "
                                              "VALUES (7, '2025-02-03', 12345, 1)")));
            ASSERT_TRUE(
                q.exec(QStringLiteral("INSERT INTO snapshots (id, taken_at, as_of) VALUES (1, 'x', '2025-03-31')")));
            ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO snapshot_rows (snapshot_id, customer_id, rfm_segment, clv) "
                                              "VALUES (1, 7, 'champions', 5000)")));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
}

} // namespace

TEST(Migrations, EveryEarlierVersionUpgradesToCurrentKeepingItsData)
{
    for (int version = 1; version < Migrations::currentVersion(); ++version) {
        SCOPED_TRACE(version);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v%1.kehu").arg(version));
        makeDatabaseAt(path, version);
        auto opened = Database::open(path);
        ASSERT_TRUE(opened.database) << opened.message.toStdString();
        EXPECT_FALSE(opened.backupPath.isEmpty()) << "an upgrade is preceded by a backup";
        EXPECT_EQ(opened.database->schemaVersion(), Migrations::currentVersion());
        QSqlQuery q(opened.database->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT c.name, p.amount, r.rfm_segment, r.clv FROM customers c "
                                          "JOIN purchases p ON p.customer_id = c.id "
                                          "JOIN snapshot_rows r ON r.customer_id = c.id AND r.snapshot_id = 1")));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toString(), QStringLiteral("王伟"));
        EXPECT_EQ(q.value(1).toLongLong(), 12345);
        EXPECT_EQ(q.value(2).toString(), QStringLiteral("champions"));
        EXPECT_EQ(q.value(3).toLongLong(), 5000);
        EXPECT_TRUE(opened.database->integrityProblems().isEmpty());
    }
}

TEST(Migrations, Version6TellsTheCurrentClassificationFromAReviewsHistory)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.kehu"));
    makeDatabaseAt(path, 5); // snapshot 1 as of 2025-03-31
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v5"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        // The user classified as of 2025-06-30 (snapshot 2); a review then classified an
        // earlier quarter end it had no snapshot of (snapshot 3, as of 2024-12-31).
        ASSERT_TRUE(
            q.exec(QStringLiteral("INSERT INTO snapshots (id, taken_at, as_of) VALUES (2, 'y', '2025-06-30')")));
        ASSERT_TRUE(
            q.exec(QStringLiteral("INSERT INTO snapshots (id, taken_at, as_of) VALUES (3, 'z', '2024-12-31')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v5"));

    auto opened = Database::open(path);
    ASSERT_TRUE(opened.database) << opened.message.toStdString();
    QSqlQuery q(opened.database->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT id, purpose FROM snapshots ORDER BY id")));
    QStringList purposes;
    while (q.next())
        purposes << QStringLiteral("%1 %2").arg(q.value(0).toInt()).arg(q.value(1).toString());
    EXPECT_EQ(purposes,
              QStringList({QStringLiteral("1 current"), QStringLiteral("2 current"), QStringLiteral("3 history")}));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT id FROM current_snapshot")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 2);
}
