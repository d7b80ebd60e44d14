// The book open in the app while kehu-cli works on the same file: two processes, one
// SQLite file in WAL mode. Regression test for the app's write-ahead log being deleted by
// the CLI (the app's own second connection dropped the process's locks on the file).

#include "backgroundtasks.h"
#include "database.h"
#include "visitentry.h"
#include "workspace.h"

#include "../support/clirunner.h"
#include "../support/printers.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace kehu {
namespace {

using test::runCli;

/// The app as it runs: its Workspace on the book, and the start-up check that opens the
/// book a second time in a worker thread.
class OpenApp
{
public:
    explicit OpenApp(const QString &path)
    {
        auto opened = Database::open(path);
        EXPECT_TRUE(opened.database) << opened.message.toStdString();
        m_workspace = std::make_unique<Workspace>(std::move(opened.database));
        BackgroundTask check(m_workspace->tasks());
        QSignalSpy finished(&check, &BackgroundTask::finished);
        QString problems = QStringLiteral("not run");
        check.start([&problems](Workspace &worker, TaskControl &) -> BackgroundTask::Apply {
            return [&problems, found = worker.quickCheckProblems()] { problems = found; };
        });
        EXPECT_TRUE(finished.wait(60000));
        EXPECT_EQ(finished.value(0).value(0).toString(), QString());
        EXPECT_EQ(problems, QString());
    }

    /// Logs a visit for a new walk-in customer, as the fast entry form does.
    void logVisitForNewCustomer(const QString &name)
    {
        VisitDraft draft;
        draft.newName = name;
        draft.amount = 12800;
        draft.satisfaction = 5;
        QString error;
        EXPECT_GT(VisitEntry(*m_workspace).save(draft, &error), 0) << error.toStdString();
    }

private:
    std::unique_ptr<Workspace> m_workspace;
};

QString writeCustomersCsv(const QTemporaryDir &dir)
{
    QString path = dir.filePath(QStringLiteral("cli-customers.csv"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("code,name,phone\nCLI1,Written by the CLI,13900000001\n");
    return path;
}

/// Every customer name in the book, read by a separate kehu-cli process.
QString namesSeenByAnotherProcess(const QString &path)
{
    const auto run = runCli({QStringLiteral("--db"), path, QStringLiteral("export"), QStringLiteral("customers"),
                             QStringLiteral("--format"), QStringLiteral("csv")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    return run.out;
}

TEST(SharedBook, TheCliBesideTheOpenAppLosesNoWriteOfEither)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.kehu"));
    const QString wal = path + u"-wal";
    OpenApp app(path);
    app.logVisitForNewCustomer(QStringLiteral("Before the CLI"));

    // Another program reads and writes the book while the app has it open.
    const auto stats = runCli({QStringLiteral("--db"), path, QStringLiteral("stats")});
    ASSERT_EQ(stats.exitCode, 0) << stats.err.toStdString();
    EXPECT_TRUE(QFileInfo::exists(wal)) << "the app's write-ahead log was deleted by kehu-cli stats";
    const auto import = runCli(
        {QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("customers"), writeCustomersCsv(dir)});
    ASSERT_EQ(import.exitCode, 0) << import.err.toStdString();
    EXPECT_TRUE(QFileInfo::exists(wal)) << "the app's write-ahead log was deleted by kehu-cli import";

    // The app goes on saving: other programs must see it at once.
    app.logVisitForNewCustomer(QStringLiteral("After the CLI"));
    const QString names = namesSeenByAnotherProcess(path);
    EXPECT_TRUE(names.contains(u"Before the CLI"));
    EXPECT_TRUE(names.contains(u"Written by the CLI"));
    EXPECT_TRUE(names.contains(u"After the CLI")) << "a save of the app is invisible to other programs";

    const auto check = runCli({QStringLiteral("--db"), path, QStringLiteral("check")});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString() << check.err.toStdString();
    EXPECT_TRUE(check.out.contains(u": ok"));
}

TEST(SharedBook, ABackupTakenWhileTheAppWritesHoldsWhatWasSavedBeforeIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.kehu"));
    const QString backup = dir.filePath(QStringLiteral("copy.kehu"));
    OpenApp app(path);
    app.logVisitForNewCustomer(QStringLiteral("Saved before the backup"));

    const auto run = runCli({QStringLiteral("--db"), path, QStringLiteral("backup"), QStringLiteral("--out"), backup});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(QFileInfo::exists(path + u"-wal")) << "the app's write-ahead log was deleted by kehu-cli backup";
    app.logVisitForNewCustomer(QStringLiteral("Saved after the backup"));

    const QString inCopy = namesSeenByAnotherProcess(backup);
    EXPECT_TRUE(inCopy.contains(u"Saved before the backup"));
    EXPECT_FALSE(inCopy.contains(u"Saved after the backup"));
    EXPECT_TRUE(namesSeenByAnotherProcess(path).contains(u"Saved after the backup"));
    for (const QString &file : {path, backup}) {
        const auto check = runCli({QStringLiteral("--db"), file, QStringLiteral("check")});
        EXPECT_EQ(check.exitCode, 0) << file.toStdString() << ": " << check.err.toStdString();
    }
}

} // namespace
} // namespace kehu
