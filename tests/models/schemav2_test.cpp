#include "database.h"
#include "migrations.h"

#include "../support/printers.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace kehu;

// A file made by a version-1 build (schema_v1.sql only) opens and is upgraded to the current
// version, keeping its rows and gaining the customer book's indexes.
TEST(SchemaV2, UpgradesAVersionOneDatabase)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.kehu"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QFile script(QStringLiteral(":/kehu/schema/schema_v1.sql"));
        ASSERT_TRUE(script.open(QIODevice::ReadOnly));
        QString error;
        ASSERT_TRUE(Migrations::runScript(db, QString::fromUtf8(script.readAll()), &error)) << error.toStdString();
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Migrations::kApplicationId)));
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        ASSERT_TRUE(
            q.exec(QStringLiteral("INSERT INTO customers (code, name, owner, created_at, updated_at) "
                                  "VALUES ('C1', '李娜', 'Anna', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    auto opened = Database::open(path);
    ASSERT_TRUE(opened.database) << opened.message.toStdString();
    EXPECT_EQ(opened.database->schemaVersion(), Migrations::currentVersion());
    EXPECT_GE(Migrations::currentVersion(), 2);
    QSqlQuery q(opened.database->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM customers WHERE owner = 'Anna'")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    ASSERT_TRUE(
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND name IN "
                              "('customers_owner', 'snapshot_rows_clv', 'snapshot_rows_churn_clv') ORDER BY name")));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    EXPECT_EQ(names, (QStringList{QStringLiteral("customers_owner"), QStringLiteral("snapshot_rows_churn_clv"),
                                  QStringLiteral("snapshot_rows_clv")}));
}
