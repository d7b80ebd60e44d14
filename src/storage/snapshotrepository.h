#pragma once

#include "customer.h"
#include "snapshot.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace kehu {

class Database;
struct ClassificationResult;
struct ClassificationPolicy;

/// Dated classification snapshots: one `snapshots` row with the run's parameters and
/// totals, and one `snapshot_rows` row per customer. Snapshots are written whole in one
/// transaction and never changed afterwards (except being frozen or deleted).
class SnapshotRepository
{
public:
    explicit SnapshotRepository(Database &database) : m_database(database) {}

    /// Stores `result` (computed over `customerIds`, index = dense customer index) as a new
    /// snapshot; returns its id, or 0 with `error` set (and nothing written).
    qint64 write(const ClassificationResult &result, const ClassificationPolicy &policy,
                 const std::vector<CustomerId> &customerIds, const QString &label, SnapshotPurpose purpose,
                 QString *error);

    QList<SnapshotInfo> list() const;
    std::optional<SnapshotInfo> find(qint64 id) const;
    /// The book's current classification: the newest run stored as SnapshotPurpose::Current
    /// (the `current_snapshot` view; every screen, export and CLI command reads this one).
    std::optional<SnapshotInfo> current() const;
    bool setFrozen(qint64 id, bool frozen);
    bool remove(qint64 id);

    /// The rows of a snapshot joined with the customers' code and name, by code.
    /// `visit` returns false to stop. False when the snapshot does not exist.
    bool forEachRow(qint64 snapshotId, const std::function<bool(const SnapshotRow &)> &visit) const;

    /// A live customer's row in one snapshot beside its row in an earlier one (empty optionals
    /// and zero revenue when the customer is absent from the earlier one or has no class).
    struct ComparedRow
    {
        CustomerId id = 0;
        QString code;
        QString name;
        QString owner;
        std::optional<QString> segment;
        std::optional<QString> abcClass;
        QString churnFlag;
        std::optional<MinorUnits> clv;
        MinorUnits revenue = 0;
        QString firstPurchase; ///< ISO day; empty when none
        QString lastPurchase;  ///< ISO day; empty when none
        std::optional<QString> previousSegment;
        std::optional<QString> previousAbcClass;
        QString previousChurnFlag;
        MinorUnits previousRevenue = 0;
    };
    /// Calls `visit` for every live customer of `currentId`, with its row in `previousId` (0: none).
    /// False with `error` set when the read failed.
    bool forEachComparedRow(qint64 currentId, qint64 previousId, const std::function<void(const ComparedRow &)> &visit,
                            QString *error = nullptr) const;
    std::optional<SnapshotRow> row(qint64 snapshotId, CustomerId customer) const;

private:
    Database &m_database;
};

} // namespace kehu
