#include "backgroundtasks.h"

#include "database.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>

namespace kehu {

/// Shared by a task and its worker: the stop flag and the worker's connection while it runs.
struct TaskControl::State
{
    std::atomic_bool cancel{false};
    QMutex mutex;
    Database *database = nullptr; ///< under mutex

    void stop(bool interrupt)
    {
        cancel = true;
        if (!interrupt)
            return;
        QMutexLocker lock(&mutex);
        if (database)
            database->interrupt();
    }
    void setDatabase(Database *db)
    {
        QMutexLocker lock(&mutex);
        database = db;
    }
};

TaskControl::TaskControl(std::shared_ptr<State> state, BackgroundTask *task, quint64 generation)
    : m_state(std::move(state)), m_task(task), m_generation(generation)
{}

bool TaskControl::isCancelled() const
{
    return m_state->cancel.load();
}

const std::atomic_bool &TaskControl::cancelFlag() const
{
    return m_state->cancel;
}

template<typename EmitSignal>
void TaskControl::emitOnGuiThread(EmitSignal emitSignal) const
{
    // The task waits for its threads before it dies, so it outlives this call; a signal of a
    // run that has been replaced by a newer one is dropped.
    BackgroundTask *task = m_task;
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        task,
        [task, generation, emitSignal] {
            if (generation == task->m_generation)
                emitSignal(task);
        },
        Qt::QueuedConnection);
}

void TaskControl::progress(int percent, const QString &stage) const
{
    emitOnGuiThread([percent, stage](BackgroundTask *task) { emit task->progress(percent, stage); });
}

void TaskControl::countProgress(qint64 done, qint64 total) const
{
    emitOnGuiThread([done, total](BackgroundTask *task) { emit task->countProgress(done, total); });
}

BackgroundTasks::BackgroundTasks(Workspace &workspace, QObject *parent) : QObject(parent), m_workspace(workspace) {}

BackgroundTasks::~BackgroundTasks()
{
    for (BackgroundTask *task : std::as_const(m_tasks)) {
        if (task->m_state)
            task->m_state->stop(task->m_options.interruptOnCancel);
        task->waitForThreads();
        task->m_tasks = nullptr;
    }
}

QString BackgroundTasks::databasePath() const
{
    return m_workspace.databasePath();
}

void BackgroundTasks::waitForAll()
{
    const QList<BackgroundTask *> tasks = m_tasks;
    for (BackgroundTask *task : tasks)
        task->wait();
}

BackgroundTask::BackgroundTask(BackgroundTasks &tasks, QObject *parent) : BackgroundTask(tasks, Options{}, parent) {}

BackgroundTask::BackgroundTask(BackgroundTasks &tasks, Options options, QObject *parent)
    : QObject(parent), m_tasks(&tasks), m_options(options)
{
    m_tasks->m_tasks.append(this);
}

BackgroundTask::~BackgroundTask()
{
    if (m_state)
        m_state->stop(m_options.interruptOnCancel);
    waitForThreads();
    if (m_tasks)
        m_tasks->m_tasks.removeOne(this);
}

void BackgroundTask::waitForThreads()
{
    for (QThread *thread : findChildren<QThread *>(Qt::FindDirectChildrenOnly))
        thread->wait();
}

void BackgroundTask::wait()
{
    waitForThreads();
    QCoreApplication::sendPostedEvents(this);
}

void BackgroundTask::cancel()
{
    if (m_running && m_state)
        m_state->stop(m_options.interruptOnCancel);
}

void BackgroundTask::discard()
{
    if (m_state)
        m_state->stop(m_options.interruptOnCancel);
    ++m_generation;
    m_running = false;
}

void BackgroundTask::deliver(quint64 generation, const Apply &apply, const QString &error)
{
    if (generation != m_generation)
        return; // discarded, or a newer start() replaced it
    m_running = false;
    if (apply && error.isEmpty())
        apply();
    emit finished(error);
}

void BackgroundTask::start(Work work)
{
    if (m_state)
        m_state->stop(m_options.interruptOnCancel); // the older work's result is dropped below
    const quint64 generation = ++m_generation;
    m_running = true;
    auto state = std::make_shared<TaskControl::State>();
    m_state = state;
    if (!m_tasks) {
        QMetaObject::invokeMethod(
            this, [this, generation] { deliver(generation, {}, tr("The database is closed.")); }, Qt::QueuedConnection);
        return;
    }
    const QString path = m_tasks->databasePath();
    // The work is done on behalf of whoever started it, with their permissions.
    const std::optional<Actor> actor = m_tasks->m_workspace.actor();
    QThread *thread = QThread::create([this, generation, path, actor, state, work = std::move(work)] {
        Database::OpenOptions options;
        options.createIfMissing = false;
        options.quickCheck = false;
        options.backupBeforeMigration = false;
        auto opened = Database::open(path, options);
        Apply apply;
        QString error;
        if (!opened.database) {
            error = opened.message;
        } else {
            state->setDatabase(opened.database.get());
            TaskControl control(state, this, generation);
            {
                Workspace worker(std::move(opened.database), actor);
                apply = work(worker, control);
                state->setDatabase(nullptr);
            }
            error = control.error();
        }
        QMetaObject::invokeMethod(
            this, [this, generation, apply = std::move(apply), error] { deliver(generation, apply, error); },
            Qt::QueuedConnection);
    });
    thread->setParent(this); // waited for by the destructor; deleted when done
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(m_options.lowPriority ? QThread::LowPriority : QThread::InheritPriority);
}

} // namespace kehu
