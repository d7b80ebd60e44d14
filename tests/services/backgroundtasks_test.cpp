#include "backgroundtasks.h"

#include "bookstatistics.h"
#include "database.h"
#include "workspace.h"

#include "../support/printers.h"
#include "../support/reviewfixture.h"
#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QThread>

#include <memory>

using namespace kehu;

namespace {

std::unique_ptr<Workspace> openWorkspace(const test::TempDatabase &temp)
{
    auto opened = Database::open(temp.path());
    EXPECT_TRUE(opened.database) << opened.message.toStdString();
    return std::make_unique<Workspace>(std::move(opened.database));
}

/// Work that reports it started, then waits until it is cancelled (at most 20 s).
BackgroundTask::Work waitForCancel(const std::shared_ptr<std::atomic_bool> &sawCancel)
{
    return [sawCancel](Workspace &, TaskControl &control) -> BackgroundTask::Apply {
        control.progress(1, QStringLiteral("started"));
        QElapsedTimer timer;
        timer.start();
        while (!control.isCancelled() && timer.elapsed() < 20000)
            QThread::msleep(5);
        *sawCancel = control.isCancelled();
        return {};
    };
}

} // namespace

TEST(BackgroundTasks, DeliversTheResultOnTheCallersThreadFromTheWorkersOwnConnection)
{
    test::TempDatabase temp;
    test::fillReviewFixture(temp.db());
    auto workspace = openWorkspace(temp);
    BackgroundTask task(workspace->tasks());
    QSignalSpy finished(&task, &BackgroundTask::finished);
    QThread *workerThread = nullptr;
    QThread *applyThread = nullptr;
    qint64 customers = -1;
    task.start([&workerThread, &applyThread, &customers](Workspace &worker, TaskControl &) -> BackgroundTask::Apply {
        workerThread = QThread::currentThread();
        const qint64 counted = worker.stats().customerCount();
        return [&applyThread, &customers, counted] {
            applyThread = QThread::currentThread();
            customers = counted;
        };
    });
    EXPECT_TRUE(task.isRunning());
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_FALSE(task.isRunning());
    EXPECT_EQ(finished.at(0).at(0).toString(), QString());
    EXPECT_EQ(customers, 7);
    EXPECT_EQ(customers, workspace->stats().customerCount());
    EXPECT_NE(workerThread, QCoreApplication::instance()->thread());
    EXPECT_EQ(applyThread, QCoreApplication::instance()->thread());
}

TEST(BackgroundTasks, ReportsProgressBeforeFinishing)
{
    test::TempDatabase temp;
    auto workspace = openWorkspace(temp);
    BackgroundTask task(workspace->tasks());
    QList<QString> order;
    QObject::connect(&task, &BackgroundTask::progress, [&order](int percent, const QString &stage) {
        order << QStringLiteral("%1 %2").arg(percent).arg(stage);
    });
    QObject::connect(&task, &BackgroundTask::countProgress,
                     [&order](qint64 done, qint64 total) { order << QStringLiteral("%1/%2").arg(done).arg(total); });
    QObject::connect(&task, &BackgroundTask::finished,
                     [&order](const QString &) { order << QStringLiteral("finished"); });
    task.start([](Workspace &, TaskControl &control) -> BackgroundTask::Apply {
        control.progress(10, QStringLiteral("reading"));
        control.countProgress(3, 4);
        control.progress(90, QStringLiteral("writing"));
        return {};
    });
    task.wait();
    EXPECT_EQ(order, (QList<QString>{QStringLiteral("10 reading"), QStringLiteral("3/4"), QStringLiteral("90 writing"),
                                     QStringLiteral("finished")}));
}

TEST(BackgroundTasks, CancelStopsTheWorkAndStillDeliversItsResult)
{
    test::TempDatabase temp;
    auto workspace = openWorkspace(temp);
    BackgroundTask task(workspace->tasks());
    QSignalSpy progress(&task, &BackgroundTask::progress);
    QSignalSpy finished(&task, &BackgroundTask::finished);
    auto sawCancel = std::make_shared<std::atomic_bool>(false);
    bool applied = false;
    task.start([sawCancel, &applied](Workspace &worker, TaskControl &control) -> BackgroundTask::Apply {
        waitForCancel(sawCancel)(worker, control);
        return [&applied] { applied = true; };
    });
    ASSERT_TRUE(progress.wait(20000));
    task.cancel();
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_TRUE(sawCancel->load());
    EXPECT_TRUE(applied); // the work decides what stopping early means
    EXPECT_FALSE(task.isRunning());
}

TEST(BackgroundTasks, AFailureSkipsTheResultAndCarriesTheMessage)
{
    test::TempDatabase temp;
    auto workspace = openWorkspace(temp);
    BackgroundTask task(workspace->tasks());
    QSignalSpy finished(&task, &BackgroundTask::finished);
    bool applied = false;
    task.start([&applied](Workspace &, TaskControl &control) -> BackgroundTask::Apply {
        control.fail(QStringLiteral("the purchases could not be read"));
        return [&applied] { applied = true; };
    });
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_EQ(finished.at(0).at(0).toString(), QStringLiteral("the purchases could not be read"));
    EXPECT_FALSE(applied);
}

TEST(BackgroundTasks, WorkStartedAfterTheBookClosedIsAnError)
{
    test::TempDatabase temp;
    auto workspace = openWorkspace(temp);
    BackgroundTask task(workspace->tasks());
    QSignalSpy finished(&task, &BackgroundTask::finished);
    bool ran = false;
    workspace.reset(); // the runner is gone with its Workspace
    task.start([&ran](Workspace &, TaskControl &) -> BackgroundTask::Apply {
        ran = true;
        return {};
    });
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_FALSE(finished.at(0).at(0).toString().isEmpty());
    EXPECT_FALSE(ran);
}

TEST(BackgroundTasks, ANewerStartReplacesTheRunningWork)
{
    test::TempDatabase temp;
    auto workspace = openWorkspace(temp);
    BackgroundTask task(workspace->tasks());
    QSignalSpy progress(&task, &BackgroundTask::progress);
    QSignalSpy finished(&task, &BackgroundTask::finished);
    auto sawCancel = std::make_shared<std::atomic_bool>(false);
    QStringList applied;
    task.start([sawCancel, &applied](Workspace &worker, TaskControl &control) -> BackgroundTask::Apply {
        waitForCancel(sawCancel)(worker, control);
        return [&applied] { applied << QStringLiteral("first"); };
    });
    ASSERT_TRUE(progress.wait(20000));
    task.start([&applied](Workspace &, TaskControl &) -> BackgroundTask::Apply {
        return [&applied] { applied << QStringLiteral("second"); };
    });
    task.wait();
    EXPECT_TRUE(sawCancel->load());
    EXPECT_EQ(applied, QStringList{QStringLiteral("second")});
    EXPECT_EQ(finished.size(), 1);
}

TEST(BackgroundTasks, DiscardDropsTheResult)
{
    test::TempDatabase temp;
    auto workspace = openWorkspace(temp);
    BackgroundTask task(workspace->tasks());
    QSignalSpy finished(&task, &BackgroundTask::finished);
    bool applied = false;
    task.start(
        [&applied](Workspace &, TaskControl &) -> BackgroundTask::Apply { return [&applied] { applied = true; }; });
    task.discard();
    EXPECT_FALSE(task.isRunning());
    task.wait();
    EXPECT_FALSE(applied);
    EXPECT_EQ(finished.size(), 0);
}

TEST(BackgroundTasks, ClosingTheBookCancelsAndWaitsForRunningWork)
{
    test::TempDatabase temp;
    auto workspace = openWorkspace(temp);
    auto sawCancel = std::make_shared<std::atomic_bool>(false);
    // Owned by the workspace, as the app's start-up check is.
    auto *task = new BackgroundTask(workspace->tasks(), workspace.get());
    QSignalSpy progress(task, &BackgroundTask::progress);
    task->start(waitForCancel(sawCancel));
    ASSERT_TRUE(progress.wait(20000));
    QElapsedTimer timer;
    timer.start();
    workspace.reset();
    EXPECT_TRUE(sawCancel->load());
    EXPECT_LT(timer.elapsed(), 10000);
}
