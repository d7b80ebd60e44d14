#pragma once

#include <QString>

namespace kehu {

class Database;

/// The audit log: who did what to which record, and when (audit_log). Writes join the
/// caller's transaction.
class AuditLog
{
public:
    explicit AuditLog(Database &database) : m_database(database) {}

    /// Notes `action` ("merge", "unmerge", ...) on a record of `entity` ("customer", ...) with
    /// a detail for people. False with `error` set when the write failed.
    bool add(const QString &action, const QString &entity, qint64 entityId, const QString &detail,
             QString *error = nullptr);

private:
    Database &m_database;
};

} // namespace kehu
