#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace kehu {

class BackgroundTask;
class Workspace;

/// What work running on a worker thread sees of its task: whether it was asked to stop, a
/// way to report progress, and a way to fail. Progress and failure reach the task's
/// thread (the GUI thread) queued, and only while the work is the task's latest.
class TaskControl
{
public:
    struct State;
    TaskControl(std::shared_ptr<State> state, BackgroundTask *task, quint64 generation);

    bool isCancelled() const;
    /// For loops that take a flag (ClassificationRunner, classify()).
    const std::atomic_bool &cancelFlag() const;
    /// 0..100 and what is being done; emitted as BackgroundTask::progress.
    void progress(int percent, const QString &stage) const;
    /// `done` of `total` items (rows written...); emitted as BackgroundTask::countProgress.
    void countProgress(qint64 done, qint64 total) const;
    /// The work failed: its result is not applied and BackgroundTask::finished carries `error`.
    void fail(const QString &error) { m_error = error; }
    QString error() const { return m_error; }

private:
    template<typename EmitSignal>
    void emitOnGuiThread(EmitSignal emitSignal) const;
    std::shared_ptr<State> m_state;
    BackgroundTask *m_task;
    quint64 m_generation;
    QString m_error;
};

/// The open book's one runner of background work: each piece of work runs on a worker
/// thread with its own connection to the database file (the GUI's connection is never
/// shared across threads), wrapped in a Workspace of its own so that the work reads and
/// writes through the same services as the GUI. Owned by the Workspace; destroying it
/// cancels every task and waits for them. Work is started through a BackgroundTask.
class BackgroundTasks : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundTasks(Workspace &workspace, QObject *parent = nullptr);
    ~BackgroundTasks() override;

    /// The file the workers open (the Workspace's).
    QString databasePath() const;
    /// Waits for every running task and applies their results (tests and screenshots; the
    /// app never blocks on it).
    void waitForAll();

private:
    friend class BackgroundTask;
    Workspace &m_workspace;
    QList<BackgroundTask *> m_tasks;
};

/// One kind of background work of one screen or model (the classification of the settings
/// page, the search of the customer list, ...), started on the Workspace's BackgroundTasks.
/// The work gets a Workspace on its own connection and returns the function that shows its
/// result; that function then runs on this object's thread. A newer start() replaces a
/// running one: the older work is asked to stop and its result is dropped. Destroying the
/// task cancels its work and waits for it.
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    /// Runs on the task's thread with what the work computed.
    using Apply = std::function<void()>;
    /// Runs on the worker. An empty Apply is allowed (nothing to show).
    using Work = std::function<Apply(Workspace &worker, TaskControl &control)>;

    struct Options
    {
        /// cancel() also interrupts the SQL statement the work is running (a long check or
        /// read); leave off for work that must finish what it writes (the classification).
        bool interruptOnCancel = false;
        /// Runs the worker at low priority (long jobs that should not slow the window).
        bool lowPriority = true;
    };

    explicit BackgroundTask(BackgroundTasks &tasks, QObject *parent = nullptr);
    BackgroundTask(BackgroundTasks &tasks, Options options, QObject *parent = nullptr);
    ~BackgroundTask() override;

    void start(Work work);
    /// Asks the running work to stop (TaskControl::isCancelled(); with interruptOnCancel its
    /// SQL statement is interrupted too). Its result still arrives: the work says what
    /// stopping early means (e.g. "cancelled, nothing changed").
    void cancel();
    /// Forgets the running work: it is asked to stop and its result is dropped (no finished()).
    void discard();
    bool isRunning() const { return m_running; }
    /// Waits for the running work and applies its result (tests and screenshots).
    void wait();

signals:
    void progress(int percent, const QString &stage);
    void countProgress(qint64 done, qint64 total);
    /// After the latest work's result was applied (`error` empty), or it failed (the
    /// database could not be opened, or the work called TaskControl::fail()).
    void finished(const QString &error);

private:
    friend class BackgroundTasks;
    friend class TaskControl;
    void waitForThreads();
    void deliver(quint64 generation, const Apply &apply, const QString &error);

    BackgroundTasks *m_tasks;
    Options m_options;
    quint64 m_generation = 0;
    bool m_running = false;
    std::shared_ptr<TaskControl::State> m_state; ///< of the latest work
};

} // namespace kehu
