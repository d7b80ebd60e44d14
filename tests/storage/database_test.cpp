#include "database.h"
#include "migrations.h"

#include "../support/printers.h"
#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace kehu;

namespace {

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
    return q.next() ? q.value(0) : QVariant();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

/// Makes an SQLite file with one table through a plain connection, as another program would.
void makeForeignSqlite(const QString &path, int userVersion, int applicationId)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE notes (x TEXT)")));
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
}

} // namespace

TEST(Database, NewFileIsMigratedToCurrentSchemaInWalModeWithForeignKeys)
{
    test::TempDatabase temp;
    EXPECT_EQ(temp.db().schemaVersion(), Migrations::currentVersion());
    EXPECT_EQ(scalar(temp.db(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    EXPECT_EQ(scalar(temp.db(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    EXPECT_EQ(scalar(temp.db(), QStringLiteral("PRAGMA application_id")).toInt(), Migrations::kApplicationId);
    for (const char *table : {"customers", "purchases", "visits", "surveys", "followups", "churn_events", "snapshots",
                              "snapshot_rows", "users", "audit_log", "settings"}) {
        EXPECT_EQ(
            scalar(temp.db(), QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '%1'")
                                  .arg(QLatin1StringView(table)))
                .toInt(),
            1)
            << table;
    }
}

TEST(Database, ReopeningACurrentDatabaseTakesNoBackup)
{
    test::TempDatabase temp;
    temp.close();
    auto result = Database::open(temp.path());
    ASSERT_TRUE(result.database) << result.message.toStdString();
    EXPECT_TRUE(result.backupPath.isEmpty());
}

TEST(Database, MissingFileIsNotCreatedWhenNotAsked)
{
    QTemporaryDir dir;
    Database::OpenOptions options;
    options.createIfMissing = false;
    auto result = Database::open(dir.filePath(QStringLiteral("absent.sqlite")), options);
    EXPECT_FALSE(result.database);
    EXPECT_EQ(result.error, OpenError::NotFound);
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("absent.sqlite"))));
}

TEST(Database, TextFileIsRefusedAndLeftAlone)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("customers.csv"));
    writeFile(path, "code,name\nC1,Li Wei\n");
    auto result = Database::open(path);
    EXPECT_EQ(result.error, OpenError::NotSqlite);
    EXPECT_TRUE(result.message.contains(path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("code,name\nC1,Li Wei\n"));
}

TEST(Database, OtherProgramsSqliteFileIsRefused)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    makeForeignSqlite(path, 3, 0);
    auto result = Database::open(path);
    EXPECT_EQ(result.error, OpenError::NotKehu);
}

TEST(Database, NewerSchemaIsRefusedWithTheVersions)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    makeForeignSqlite(path, Migrations::currentVersion() + 1, Migrations::kApplicationId);
    auto result = Database::open(path);
    EXPECT_EQ(result.error, OpenError::TooNew);
    EXPECT_TRUE(result.message.contains(QString::number(Migrations::currentVersion() + 1)));
}

TEST(Database, DamagedFileGivesAMessageNotACrash)
{
    test::TempDatabase temp;
    temp.close();
    QFile file(temp.path());
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    ASSERT_GT(bytes.size(), 4096);
    // Keep the magic header string but overwrite the rest of the first page and beyond.
    for (qsizetype i = 16; i < bytes.size(); ++i)
        bytes[i] = char(0xA5);
    file.seek(0);
    file.write(bytes);
    file.close();
    auto result = Database::open(temp.path());
    EXPECT_FALSE(result.database);
    EXPECT_EQ(result.error, OpenError::Damaged) << result.message.toStdString();
}

TEST(Database, MigratingAnEarlierVersionBacksUpFirst)
{
    // Version 0 with data in it: what a Kehu database looks like to the first migration step
    // when a user created a table by hand. The step must refuse to run without a backup.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v0.sqlite"));
    makeForeignSqlite(path, 0, Migrations::kApplicationId);
    auto result = Database::open(path);
    ASSERT_TRUE(result.database) << result.message.toStdString();
    ASSERT_FALSE(result.backupPath.isEmpty());
    EXPECT_TRUE(QFile::exists(result.backupPath));
    EXPECT_EQ(result.database->schemaVersion(), Migrations::currentVersion());
}

TEST(Database, FailedMigrationStepRollsBackAndKeepsTheOldVersion)
{
    // A table called 'purchases' already there makes step 1 fail after it created 'customers'.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clash.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("clash"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE purchases (x TEXT)")));
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Migrations::kApplicationId)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("clash"));
    auto result = Database::open(path);
    EXPECT_EQ(result.error, OpenError::MigrationFailed);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'customers'")));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toInt(), 0) << "the half-done step was not rolled back";
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version")));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toInt(), 0);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

TEST(Database, BackupToWritesAConsistentCopy)
{
    test::TempDatabase temp;
    QSqlQuery q(temp.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('currency', 'CNY')")));
    const QString copy = QDir(temp.dir()).filePath(QStringLiteral("copy.sqlite"));
    QString error;
    ASSERT_TRUE(temp.db().backupTo(copy, &error)) << error.toStdString();
    auto reopened = Database::open(copy);
    ASSERT_TRUE(reopened.database);
    EXPECT_EQ(
        scalar(*reopened.database, QStringLiteral("SELECT value FROM settings WHERE key = 'currency'")).toString(),
        QStringLiteral("CNY"));
    EXPECT_TRUE(reopened.database->integrityProblems().isEmpty());
}
