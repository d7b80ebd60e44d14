#pragma once

#include "auditentry.h"

#include <QList>
#include <QString>

namespace kehu {

class Database;

/// The audit log (audit_log): one record per operation, with who, when, what, and the values
/// before and after. Writes join the caller's transaction, so a record exists exactly when
/// the change it describes was committed.
class AuditLog
{
public:
    explicit AuditLog(Database &database) : m_database(database) {}

    /// Records `entry` as done by `userName` now. False with `error` set when the write failed.
    bool add(const QString &userName, const AuditEntry &entry, QString *error = nullptr);
    /// The newest records matching `query`, newest first.
    QList<AuditRecord> find(const AuditQuery &query, QString *error = nullptr) const;

    static QLatin1StringView outcomeKey(AuditOutcome outcome);

private:
    Database &m_database;
};

} // namespace kehu
