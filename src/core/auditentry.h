#pragma once

#include "customer.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace kehu {

/// Whether an audited operation was carried out, refused by the permission check, or tried
/// and failed (a wrong password, a write the database refused).
enum class AuditOutcome { Done, Refused, Failed };

/// One record of the audit log: one per operation (an edit, an import, a merge, a sign-in, a
/// refusal), never one per row. `action` is a stable key ("edit_customer", "sign_in"; the
/// operation keys of access.h and a few more); `entity` and `entityId` name the record it
/// concerns, `customerId` the customer when there is one (kept after the customer is
/// erased). `before` and `after` are compact JSON objects of the values the operation
/// changed (empty when nothing existed before, or nothing after).
struct AuditEntry
{
    AuditEntry() = default;
    AuditEntry(QString action, QString entity, std::optional<qint64> entityId = std::nullopt,
               std::optional<CustomerId> customerId = std::nullopt)
        : action(std::move(action)), entity(std::move(entity)), entityId(entityId), customerId(customerId)
    {}

    QString action;
    QString entity;
    std::optional<qint64> entityId;
    std::optional<CustomerId> customerId;
    AuditOutcome outcome = AuditOutcome::Done;
    QString before;
    QString after;
    QString detail;
};

/// An AuditEntry as stored: with its id, when (UTC) and by whom.
struct AuditRecord
{
    qint64 id = 0;
    QDateTime at;
    QString userName;
    AuditEntry entry;
    /// The code of entry.customerId as the book holds it now (empty when the customer is gone).
    QString customerCode;
};

/// What the Audit view asks for; every field left empty matches everything.
struct AuditQuery
{
    QString userName;
    QString action;
    std::optional<CustomerId> customerId;
    std::optional<QDateTime> from; ///< UTC, inclusive
    std::optional<QDateTime> to;   ///< UTC, exclusive
    int limit = 500;
};

} // namespace kehu
