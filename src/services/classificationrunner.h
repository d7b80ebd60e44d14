#pragma once

#include "classification.h"
#include "snapshot.h"

#include <QDate>
#include <QString>

#include <atomic>
#include <functional>

namespace kehu {

class Database;
class Workspace;

/// One complete classification: load every purchase (PurchaseColumnsLoader), classify
/// (core's classify()), and store the result as a dated snapshot. Safe to run in a worker
/// thread on a Database opened in that thread (Qt SQL connections are per thread).
class ClassificationRunner
{
public:
    struct Outcome
    {
        qint64 snapshotId = 0; ///< 0 when nothing was stored
        ClassificationResult result;
        double loadMilliseconds = 0;
        double writeMilliseconds = 0;
        double aggregateMilliseconds = 0; ///< the snapshot's dashboard totals
        size_t purchaseRows = 0;
        QString error;
        bool cancelled = false;
    };

    /// Runs store their snapshot with `purpose`: a user's run becomes the book's current
    /// classification, a review's run of an earlier quarter end is history.
    /// Classifies the workspace's book: a stored run needs Operation::Classify, one that is
    /// only looked at Operation::ViewFigures.
    explicit ClassificationRunner(Workspace &workspace, SnapshotPurpose purpose = SnapshotPurpose::Current);

    /// Classifies as of `asOf` (default: today) and, unless `store` is false, writes a
    /// snapshot labelled `label`. `progress` and `cancel` as in classify().
    Outcome run(const ClassificationPolicy &policy, QDate asOf, const QString &label, bool store = true,
                const std::function<void(ClassificationStage)> &progress = {},
                const std::atomic_bool *cancel = nullptr);
    /// The same with the book's stored policy (its settings).
    Outcome run(QDate asOf, const QString &label);

private:
    Workspace &m_workspace;
    Database &m_database;
    SnapshotPurpose m_purpose;
};

} // namespace kehu
