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

/// What a command printed, without its timings (which differ from run to run).
QString withoutTimings(QString text)
{
    static const QRegularExpression timing(QStringLiteral("\\(\\d+ ms\\)"));
    return text.replace(timing, QString());
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
    const QStringList import{QStringLiteral("import"),
                             QStringLiteral("purchases"),
                             kehu::test::testDataPath(QStringLiteral("lifetimes_CDNOW_sample.txt")),
                             QStringLiteral("--no-header"),
                             QStringLiteral("--separator"),
                             QStringLiteral("whitespace"),
                             QStringLiteral("--map"),
                             QStringLiteral("1=customer_code,3=date,4=quantity,5=amount")};
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
