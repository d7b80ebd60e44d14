#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace kehu {

class Database;

/// Reads from the book in a worker thread on its own connection, so that a screen whose
/// figures take a second or two on a large book (segment totals, the distributor scorecard)
/// opens without freezing the window. The worker returns a function that the caller's
/// thread then runs to show what was read; it runs only for the latest start() (older reads
/// are dropped when they finish). After CohortJob.
class DatabaseReadJob : public QObject
{
    Q_OBJECT

public:
    /// Runs on the caller's thread with what the worker read.
    using Apply = std::function<void()>;
    /// Runs on the worker. Returns the function that shows the result; an empty function
    /// and a non-empty `error` when the read failed.
    using Read = std::function<Apply(Database &database, QString *error)>;

    explicit DatabaseReadJob(QString databasePath, QObject *parent = nullptr);
    ~DatabaseReadJob() override;

    void start(Read read);
    /// Drops the result of a running read (it still finishes on its thread).
    void cancel();
    bool isRunning() const { return m_busy; }
    /// Waits for running reads and applies the latest (tests and screenshots; the app never
    /// blocks on it).
    void wait();

signals:
    /// After the latest read was applied, or failed with `error`.
    void finished(const QString &error);

private:
    void waitForThreads();

    QString m_path;
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace kehu
