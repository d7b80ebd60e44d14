#pragma once

#include "auditentry.h"

#include <QList>
#include <QString>

#include <memory>

namespace kehu {

class RowSnapshot;
class Transaction;
class Workspace;

/// One audited write: its transaction, the rows it changes as they were before and as it
/// left them, and its one audit record, committed with the change (or not at all). A service
/// that writes makes one after its permission check:
///
///     AuditedWrite write(m_workspace, {"edit_customer", "customer", id, id});
///     if (!write.watch("customers", {id}, error) || !repository.update(...) || !write.commit(error))
///         return false; // rolled back, no record
class AuditedWrite
{
public:
    AuditedWrite(Workspace &workspace, AuditEntry entry);
    ~AuditedWrite();
    AuditedWrite(const AuditedWrite &) = delete;
    AuditedWrite &operator=(const AuditedWrite &) = delete;

    /// Whether the transaction began (`error` says why not). watch() and commit() ask it too;
    /// a write that watches nothing before it writes asks first.
    bool begun(QString *error = nullptr) const;
    /// Copies the rows of `table` with `ids` as they are now; commit() copies them again as
    /// the write left them. Ids without a row yet are rows the write inserts.
    bool watch(const QString &table, const QList<qint64> &ids, QString *error = nullptr);
    /// Rows the write has just inserted: nothing before, their values after.
    void watchNew(const QString &table, const QList<qint64> &ids) { m_watched.append({table, ids}); }
    /// The entry to record (to set its id once an insert made it, a detail, or before and
    /// after values that are not rows).
    AuditEntry &entry() { return m_entry; }

    /// Records the entry with the watched rows as before and after, and commits. False with
    /// `error` set when anything failed: nothing the write did is kept.
    bool commit(QString *error = nullptr);

private:
    Workspace &m_workspace;
    AuditEntry m_entry;
    std::unique_ptr<Transaction> m_transaction;
    std::unique_ptr<RowSnapshot> m_before;
    QList<QPair<QString, QList<qint64>>> m_watched;
};

} // namespace kehu
