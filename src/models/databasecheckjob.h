#pragma once

#include <QMutex>
#include <QObject>
#include <QString>

class QThread;

namespace kehu {

class Database;

/// Runs SQLite's quick_check on its own connection in a worker thread, so that opening a
/// large database does not wait for it (1.4 GB: 4.8 s). finished() arrives on the caller's
/// thread; destroying the job stops a check that is still running.
class DatabaseCheckJob : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseCheckJob(QString databasePath, QObject *parent = nullptr);
    ~DatabaseCheckJob() override;

    void start();
    bool isRunning() const { return m_thread != nullptr; }

signals:
    /// `problems` is empty when the file is healthy; otherwise SQLite's findings or the
    /// reason the check could not run.
    void finished(const QString &problems);

private:
    QString m_path;
    QThread *m_thread = nullptr;
    QMutex m_mutex;
    Database *m_running = nullptr; ///< the worker's connection while it checks, under m_mutex
};

} // namespace kehu
