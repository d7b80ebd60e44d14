#pragma once

#include <QString>

#include <optional>

namespace kehu {

class Database;

/// Where a snapshot's rows are written. On a file that is `snapshot_rows` itself. On a server
/// `snapshot_rows` is partitioned by snapshot (schema_postgres_v7.sql): a new snapshot's rows
/// are copied into a table of their own made without indexes, and attach() then builds each
/// index in one sorted pass and hangs the table under `snapshot_rows`. Maintaining the indexes
/// row by row instead made a 1M-row snapshot take 20 s (docs/performance.md). Removing a
/// snapshot drops its table rather than deleting its rows one by one.
class SnapshotRowsTable
{
public:
    /// Waits for this desk's turn to write a snapshot, before its row goes into `snapshots`;
    /// the turn lasts until the caller's transaction ends. On a server two snapshots attached
    /// at once would deadlock: each holds `snapshots` from its insert while ATTACH wants that
    /// table for the foreign key. On a file the transaction itself takes the turn.
    static bool takeTurn(Database &database, QString *error);

    /// Prepares the rows of snapshot `snapshotId` (already inserted into `snapshots`) in the
    /// caller's transaction; nullopt with `error` set when the server refused.
    static std::optional<SnapshotRowsTable> begin(Database &database, qint64 snapshotId, QString *error);

    /// The table to append the snapshot's rows to.
    const QString &name() const { return m_name; }

    /// Whether the rows' order is free: true when the table's indexes are built after the
    /// rows are in, false when they grow row by row (a file), which pays to write in the
    /// order of the largest index.
    bool indexedAfterLoad() const { return m_name != u"snapshot_rows"; }

    /// After the rows are in: indexes the table and makes it part of `snapshot_rows`.
    bool attach(QString *error);

    /// Drops the rows of snapshot `snapshotId` ahead of its row in `snapshots` (on a file the
    /// foreign key's cascade deletes them). In the caller's transaction.
    static bool drop(Database &database, qint64 snapshotId, QString *error);

    /// Gives every snapshot in `snapshots` an empty, attached table for rows still to come
    /// (`kehu-cli copy` onto a server inserts them through `snapshot_rows`).
    static bool makeForEverySnapshot(Database &database, QString *error);

private:
    SnapshotRowsTable(Database &database, qint64 snapshotId, QString name);

    Database *m_database;
    qint64 m_snapshotId;
    QString m_name;
};

} // namespace kehu
