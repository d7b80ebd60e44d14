#pragma once

#include <QObject>
#include <QString>

namespace kehu {

class BackgroundTask;
class Workspace;

/// Runs a classification (SnapshotHistory::classify) as background work of the Workspace, with
/// the policy stored in the database; reports progress (0..100) and can be cancelled. The
/// window stays responsive; finished() arrives on the caller's thread.
class ClassificationJob : public QObject
{
    Q_OBJECT

public:
    explicit ClassificationJob(Workspace &workspace, QObject *parent = nullptr);
    ~ClassificationJob() override;

    void start();
    void cancel();
    bool isRunning() const;

signals:
    void progress(int percent, const QString &stage);
    /// snapshotId 0 when nothing was stored (cancelled or failed; `error` says why).
    void finished(qint64 snapshotId, bool cancelled, const QString &error);

private:
    BackgroundTask *m_task;
};

} // namespace kehu
