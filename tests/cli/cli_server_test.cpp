// The same book in an SQLite file and on a PostgreSQL server gives the same answers: CDNOW
// imported into both, classified, modelled and reviewed through kehu-cli. Runs in the
// suite's PostgreSQL run only (CliServer.*).

#include "../support/clirunner.h"
#include "../support/printers.h"
#include "../support/serverdatabase.h"
#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using kehu::test::runCli;

namespace {

/// What a command printed, without its timings and the moments rows were written (created_at:
/// the two imports run a moment apart).
QString withoutTimings(QString text)
{
    static const QRegularExpression timing(QStringLiteral("\\(\\d+ ms\\)"));
    static const QRegularExpression stamp(QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
    return text.replace(timing, QString()).replace(stamp, QStringLiteral("<time>"));
}

/// Runs kehu-cli on `book`, failing the test unless it succeeds; what it printed.
QString run(const QString &book, const QStringList &command)
{
    const auto result = runCli(QStringList{QStringLiteral("--db"), book} + command);
    EXPECT_EQ(result.exitCode, 0) << command.join(u' ').toStdString() << ": " << result.err.toStdString();
    return withoutTimings(result.out);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

} // namespace

TEST(CliServer, CdnowGivesTheSameFiguresInAFileAndOnTheServer)
{
    ASSERT_FALSE(kehu::test::testServerUri().isEmpty()) << "KEHU_TEST_POSTGRES names the test server (ctest sets it)";
    QTemporaryDir dir;
    kehu::test::ServerDatabase server;
    const QString file = dir.filePath(QStringLiteral("cdnow.kehu"));
    const QStringList import = kehu::test::cdnowImportArguments();
    const QString imported = run(file, import);
    EXPECT_TRUE(imported.contains(QStringLiteral("6919 new purchases"))) << imported.toStdString();
    EXPECT_EQ(run(server.uri(), import), imported);

    const QStringList classify{QStringLiteral("classify"), QStringLiteral("--as-of"), QStringLiteral("1998-06-30")};
    run(file, classify);
    run(server.uri(), classify);
    const QList<QStringList> reports{
        {QStringLiteral("stats")},
        {QStringLiteral("segments")},
        {QStringLiteral("counts")},
        {QStringLiteral("dashboard")},
        {QStringLiteral("export"), QStringLiteral("customers")},
        {QStringLiteral("model"), QStringLiteral("fit"), QStringLiteral("--calibration-end"),
         QStringLiteral("1997-09-30"), QStringLiteral("--time-unit"), QStringLiteral("week"), QStringLiteral("--json")},
    };
    for (const QStringList &report : reports) {
        const QString inFile = run(file, report);
        EXPECT_GT(inFile.count(u'\n'), 3) << report.join(u' ').toStdString() << " printed almost nothing";
        EXPECT_EQ(run(server.uri(), report), inFile) << report.join(u' ').toStdString();
    }

    // The quarterly review and its lists, byte for byte.
    for (const QString &book : {file, server.uri()}) {
        const QString out = dir.filePath(book == file ? QStringLiteral("file") : QStringLiteral("server"));
        ASSERT_TRUE(QDir().mkpath(out));
        run(book, {QStringLiteral("review"), QStringLiteral("--quarter"), QStringLiteral("1997Q4"),
                   QStringLiteral("--review-day"), QStringLiteral("1998-01-10"), QStringLiteral("--out"),
                   out + QStringLiteral("/review.html"), QStringLiteral("--csv-dir"), out});
    }
    const QStringList lists = QDir(dir.filePath(QStringLiteral("file"))).entryList(QDir::Files);
    EXPECT_GE(lists.size(), 8);
    for (const QString &name : lists) {
        const QByteArray inFile = readAll(dir.filePath(QStringLiteral("file/") + name));
        EXPECT_EQ(readAll(dir.filePath(QStringLiteral("server/") + name)), inFile) << name.toStdString();
    }
}

TEST(CliServer, AServerBookIsShownWithoutItsPasswordAndLeftToTheServersTools)
{
    ASSERT_FALSE(kehu::test::testServerUri().isEmpty()) << "KEHU_TEST_POSTGRES names the test server (ctest sets it)";
    kehu::test::ServerDatabase server;
    // The test server trusts its socket: the password is accepted and never needed.
    QString withPassword = server.uri();
    withPassword.replace(QStringLiteral("://kehu@"), QStringLiteral("://kehu:s3cret-pw@"));
    ASSERT_NE(withPassword, server.uri());

    const auto init = runCli({QStringLiteral("--db"), withPassword, QStringLiteral("init")});
    ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    EXPECT_TRUE(init.out.contains(QStringLiteral("schema version"))) << init.out.toStdString();
    EXPECT_FALSE(QString(init.out + init.err).contains(QStringLiteral("s3cret-pw"))) << init.out.toStdString();

    QTemporaryDir dir;
    const auto backup = runCli({QStringLiteral("--db"), withPassword, QStringLiteral("backup"), QStringLiteral("--out"),
                                dir.filePath(QStringLiteral("copy.kehu"))});
    EXPECT_EQ(backup.exitCode, 1);
    EXPECT_TRUE(backup.err.contains(QStringLiteral("pg_dump"))) << backup.err.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("copy.kehu"))));

    const auto check = runCli({QStringLiteral("--db"), withPassword, QStringLiteral("check")});
    EXPECT_EQ(check.exitCode, 1);
    EXPECT_TRUE(check.err.contains(QStringLiteral("PostgreSQL server"))) << check.err.toStdString();
    EXPECT_FALSE(QString(backup.err + check.err).contains(QStringLiteral("s3cret-pw")));
}

TEST(CliServer, ABookMovesToTheServerAndBackUnchanged)
{
    ASSERT_FALSE(kehu::test::testServerUri().isEmpty()) << "KEHU_TEST_POSTGRES names the test server (ctest sets it)";
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("shop.kehu"));
    ASSERT_EQ(runCli({QStringLiteral("--db"), original, QStringLiteral("demo"), QStringLiteral("--customers"),
                      QStringLiteral("300")})
                  .exitCode,
              0);
    run(original, {QStringLiteral("classify")});
    kehu::test::ServerDatabase server;

    const auto there = runCli(
        {QStringLiteral("copy"), QStringLiteral("--from"), original, QStringLiteral("--to"), server.uri()});
    ASSERT_EQ(there.exitCode, 0) << there.err.toStdString();
    EXPECT_TRUE(there.out.contains(QStringLiteral("identical"))) << there.out.toStdString();
    EXPECT_FALSE(there.out.contains(QStringLiteral("DIFFERS"))) << there.out.toStdString();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("customers\\s+300\\s")).match(there.out).hasMatch())
        << there.out.toStdString();

    // Ids moved with the rows: the next customer on the server gets a new one, not 1.
    const QString newCustomer = dir.filePath(QStringLiteral("one.csv"));
    {
        QFile file(newCustomer);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("code,name\nNEW-1,新客户\n");
    }
    run(server.uri(), {QStringLiteral("import"), QStringLiteral("customers"), newCustomer});
    const QString back = dir.filePath(QStringLiteral("back.kehu"));
    const auto home = runCli(
        {QStringLiteral("copy"), QStringLiteral("--from"), server.uri(), QStringLiteral("--to"), back});
    ASSERT_EQ(home.exitCode, 0) << home.err.toStdString();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("customers\\s+301\\s")).match(home.out).hasMatch())
        << home.out.toStdString();
    for (const QStringList &report :
         {QStringList{QStringLiteral("segments")}, QStringList{QStringLiteral("dashboard")}})
        EXPECT_EQ(run(back, report), run(original, report)) << report.join(u' ').toStdString();
    EXPECT_TRUE(run(back, {QStringLiteral("export"), QStringLiteral("customers")}).contains(QStringLiteral("新客户")));

    // A book never lands on top of another: an existing file and a database with rows are refused.
    const auto overFile = runCli(
        {QStringLiteral("copy"), QStringLiteral("--from"), server.uri(), QStringLiteral("--to"), original});
    EXPECT_EQ(overFile.exitCode, 1);
    EXPECT_TRUE(overFile.err.contains(QStringLiteral("already exists"))) << overFile.err.toStdString();
    const auto overServer = runCli(
        {QStringLiteral("copy"), QStringLiteral("--from"), original, QStringLiteral("--to"), server.uri()});
    EXPECT_EQ(overServer.exitCode, 1);
    EXPECT_TRUE(overServer.err.contains(QStringLiteral("not empty"))) << overServer.err.toStdString();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("customers\\s+301\\s"))
                    .match(runCli({QStringLiteral("--db"), server.uri(), QStringLiteral("stats")}).out)
                    .hasMatch());
}

TEST(CliServer, DesksWorkingAtOnceLoseNoWrite)
{
    kehu::test::ServerDatabase server;
    // Four desks for two seconds on 2,000 customers: enough for visits from several desks to
    // meet on one customer, and for two edits of one customer to collide now and then.
    const auto result = runCli({QStringLiteral("--db"), server.uri(), QStringLiteral("bench"), QStringLiteral("desks"),
                                QStringLiteral("--clients"), QStringLiteral("4"), QStringLiteral("--seconds"),
                                QStringLiteral("2")});
    EXPECT_EQ(result.exitCode, 0) << result.out.toStdString() << result.err.toStdString();
    const QRegularExpression counted(QStringLiteral("counted afterwards: (\\d+) of (\\d+) visits, (\\d+) of (\\d+) "
                                                    "edits; lost writes: 0, written twice or unasked: 0\\n"));
    const QRegularExpressionMatch match = counted.match(result.out);
    ASSERT_TRUE(match.hasMatch()) << result.out.toStdString();
    EXPECT_EQ(match.captured(1), match.captured(2));
    EXPECT_EQ(match.captured(3), match.captured(4));
    EXPECT_GT(match.captured(1).toInt(), 0);
    EXPECT_GT(match.captured(3).toInt(), 0);
    EXPECT_FALSE(result.out.contains(QStringLiteral("errors:"))) << result.out.toStdString();
}
