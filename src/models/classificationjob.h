#pragma once

#include <QObject>
#include <QString>

#include <atomic>

class QThread;

namespace kehu {

/// Runs a classification (ClassificationRunner) in a worker thread on its own connection to
/// the database file, with the policy stored in the database; reports progress (0..100) and
/// can be cancelled. The window stays responsive; finished() arrives on the caller's thread.
class ClassificationJob : public QObject
{
    Q_OBJECT

public:
    explicit ClassificationJob(QString databasePath, QObject *parent = nullptr);
    ~ClassificationJob() override;

    void start();
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void progress(int percent, const QString &stage);
    /// snapshotId 0 when nothing was stored (cancelled or failed; `error` says why).
    void finished(qint64 snapshotId, bool cancelled, const QString &error);

private:
    QString m_path;
    std::atomic_bool m_cancel{false};
    QThread *m_thread = nullptr;
};

} // namespace kehu
