#pragma once

#include "classification.h"
#include "snapshot.h"

#include <QDate>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace kehu {

class Workspace;

/// The book's dated classification snapshots: the current one (what every screen shows),
/// the earlier ones, their rows, and a new run of the classification that stores one.
class SnapshotHistory
{
public:
    explicit SnapshotHistory(Workspace &workspace) : m_workspace(workspace) {}

    /// The newest run stored as the book's current classification.
    std::optional<SnapshotInfo> current() const;
    /// Its id, 0 when the book was never classified.
    qint64 currentId() const;
    QList<SnapshotInfo> list() const;
    std::optional<SnapshotInfo> find(qint64 id) const;
    /// The rows of a snapshot by customer code; `visit` returns false to stop.
    bool forEachRow(qint64 snapshotId, const std::function<bool(const SnapshotRow &)> &visit) const;

    /// The outcome of classify(): the new snapshot's id (0 when nothing was stored).
    struct Outcome
    {
        qint64 snapshotId = 0;
        bool cancelled = false;
        QString error;
    };
    /// Classifies the book with the stored policy as of `asOf` and stores the snapshot as
    /// the current classification (ClassificationRunner). `progress` and `cancel` as in
    /// classify(). Long: run it as background work. Does not notify (the caller's thread does).
    Outcome classify(QDate asOf, const QString &label, const std::function<void(ClassificationStage)> &progress,
                     const std::atomic_bool *cancel);

private:
    Workspace &m_workspace;
};

} // namespace kehu
