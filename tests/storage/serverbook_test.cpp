// A customer book on a PostgreSQL server: what open() does with the databases it meets there.
// These run only in the suite's PostgreSQL run (ServerBook.* is POSTGRES_ONLY).

#include "bookaddress.h"
#include "copyin.h"
#include "database.h"
#include "migrations.h"

#include "../support/serverdatabase.h"
#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace kehu;

namespace {

/// Runs `sql` on an open book, failing the test when it fails.
void runOn(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(sql)) << sql.toStdString();
}

QString withDatabase(const QString &uri, const QString &database)
{
    BookAddress::Server server = BookAddress::parse(uri).serverPart();
    server.database = database;
    return BookAddress::server(server).toString();
}

} // namespace

TEST(ServerBook, AnEmptyDatabaseBecomesABookAtTheCurrentSchema)
{
    test::ServerDatabase server;
    auto opened = Database::open(server.uri());
    ASSERT_TRUE(opened.database) << opened.message.toStdString();
    EXPECT_TRUE(opened.database->isServer());
    EXPECT_TRUE(opened.database->dialect().isPostgres());
    EXPECT_EQ(opened.database->schemaVersion(), Migrations::currentVersion());
    runOn(*opened.database, QStringLiteral("INSERT INTO customers (code, name, created_at, updated_at) "
                                           "VALUES ('C1', 'A', '2026-01-01', '2026-01-01')"));
    opened.database.reset();

    // Opening again finds the book as it was: no second baseline over it.
    auto again = Database::open(server.uri());
    ASSERT_TRUE(again.database) << again.message.toStdString();
    QSqlQuery q(again.database->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM customers")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
}

TEST(ServerBook, AMissingDatabaseIsNotFoundAndNamed)
{
    const QString uri = withDatabase(test::testServerUri(), QStringLiteral("kehu_no_such_book"));
    auto opened = Database::open(uri);
    EXPECT_FALSE(opened.database);
    EXPECT_EQ(opened.error, OpenError::NotFound);
    EXPECT_TRUE(opened.message.contains(QStringLiteral("kehu_no_such_book"))) << opened.message.toStdString();
}

TEST(ServerBook, ADatabaseOfAnotherProgramIsLeftAlone)
{
    test::ServerDatabase server;
    // A book whose version table is gone: tables, but none that says Kehu made them.
    {
        auto opened = Database::open(server.uri());
        ASSERT_TRUE(opened.database);
        runOn(*opened.database, QStringLiteral("DROP TABLE kehu_schema"));
    }
    auto opened = Database::open(server.uri());
    EXPECT_FALSE(opened.database);
    EXPECT_EQ(opened.error, OpenError::NotKehu);
    EXPECT_TRUE(opened.message.contains(QStringLiteral("not a Kehu book"))) << opened.message.toStdString();
}

TEST(ServerBook, ABookFromANewerKehuIsRefused)
{
    test::ServerDatabase server;
    {
        auto opened = Database::open(server.uri());
        ASSERT_TRUE(opened.database);
        runOn(*opened.database, QStringLiteral("UPDATE kehu_schema SET version = 999"));
    }
    auto opened = Database::open(server.uri());
    EXPECT_FALSE(opened.database);
    EXPECT_EQ(opened.error, OpenError::TooNew);
    EXPECT_TRUE(opened.message.contains(QStringLiteral("999"))) << opened.message.toStdString();
}

TEST(ServerBook, MessagesNeverShowThePassword)
{
    QString uri = withDatabase(test::testServerUri(), QStringLiteral("kehu_no_such_book"));
    uri.replace(QStringLiteral("://kehu@"), QStringLiteral("://kehu:s3cret-pw@"));
    ASSERT_EQ(BookAddress::parse(uri).serverPart().password, QStringLiteral("s3cret-pw"));
    auto opened = Database::open(uri);
    EXPECT_FALSE(opened.database);
    EXPECT_FALSE(opened.message.contains(QStringLiteral("s3cret-pw"))) << opened.message.toStdString();
}

TEST(ServerBook, BackupsAreTheServersJob)
{
    test::TempDatabase temp;
    QString error;
    EXPECT_FALSE(temp.db().backupTo(temp.dir() + QStringLiteral("/copy.kehu"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("pg_dump"))) << error.toStdString();
}

TEST(ServerBook, CopyInStoresAnyTextAsItWasAndNullsAsNull)
{
    test::TempDatabase temp;
    Database &db = temp.db();
    ASSERT_TRUE(db.isServer());
    runOn(db, QStringLiteral("CREATE TABLE copied (n BIGINT, t TEXT)"));
    // Every character COPY's text format gives a meaning to, Chinese, and a value long
    // enough to cross the chunks the rows are sent in.
    const QStringList texts{
        QStringLiteral("tab\there"), QStringLiteral("line\nbreak\r"), QStringLiteral("back\\slash \\N"),
        QStringLiteral("王小明 ¥"),  QString(300000, u'x'),           QString()};
    {
        CopyIn copy(db, QStringLiteral("copied"), {QStringLiteral("n"), QStringLiteral("t")});
        ASSERT_TRUE(copy.isValid()) << copy.errorText().toStdString();
        for (qsizetype i = 0; i < texts.size(); ++i) {
            copy.addInt(i);
            copy.addText(texts.at(i));
            ASSERT_TRUE(copy.endRow());
        }
        copy.addInt(std::optional<qint64>());
        copy.addNull();
        ASSERT_TRUE(copy.endRow());
        const std::optional<qint64> rows = copy.finish();
        ASSERT_TRUE(rows) << copy.errorText().toStdString();
        EXPECT_EQ(*rows, texts.size() + 1);
    }
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT n, t, t IS NULL FROM copied ORDER BY n NULLS LAST")));
    for (const QString &text : texts) {
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(1).toString(), text) << q.value(0).toLongLong();
        EXPECT_FALSE(q.value(2).toBool());
    }
    ASSERT_TRUE(q.next());
    EXPECT_TRUE(q.value(0).isNull());
    EXPECT_TRUE(q.value(2).toBool());
}

TEST(ServerBook, ARefusedCopySaysWhyAndTheConnectionGoesOn)
{
    test::TempDatabase temp;
    Database &db = temp.db();
    ASSERT_TRUE(db.isServer());
    runOn(db, QStringLiteral("CREATE TABLE copied (n BIGINT NOT NULL)"));
    {
        CopyIn missing(db, QStringLiteral("no_such_table"), {QStringLiteral("n")});
        EXPECT_FALSE(missing.isValid());
        EXPECT_TRUE(missing.errorText().contains(QStringLiteral("no_such_table"))) << missing.errorText().toStdString();
    }
    {
        CopyIn copy(db, QStringLiteral("copied"), {QStringLiteral("n")});
        ASSERT_TRUE(copy.isValid());
        for (int i = 0; i < 2; ++i) {
            copy.addInt(i);
            copy.endRow();
        }
        copy.addNull();
        copy.endRow();
        EXPECT_FALSE(copy.finish());
        EXPECT_TRUE(copy.errorText().contains(QStringLiteral("not-null"))) << copy.errorText().toStdString();
        EXPECT_EQ(copy.failedLine(), 3);
    }
    {
        // Abandoned half-way: nothing is stored.
        CopyIn copy(db, QStringLiteral("copied"), {QStringLiteral("n")});
        copy.addInt(1);
        copy.endRow();
    }
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM copied")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
}

TEST(ServerBook, NotAServerNoCopy)
{
    QTemporaryDir dir;
    auto file = Database::open(dir.filePath(QStringLiteral("shop.kehu")));
    ASSERT_TRUE(file.database) << file.message.toStdString();
    CopyIn copy(*file.database, QStringLiteral("customers"), {QStringLiteral("code")});
    EXPECT_FALSE(copy.isValid());
    EXPECT_FALSE(copy.errorText().isEmpty());
}
