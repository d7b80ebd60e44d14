#include "auditedwrite.h"

#include "accessguard.h"
#include "database.h"
#include "rowsnapshot.h"
#include "transaction.h"
#include "workspace.h"

#include <QSqlError>

namespace kehu {

AuditedWrite::AuditedWrite(Workspace &workspace, AuditEntry entry)
    : m_workspace(workspace), m_entry(std::move(entry)),
      m_transaction(std::make_unique<Transaction>(workspace.database().connection())),
      m_before(std::make_unique<RowSnapshot>())
{}

AuditedWrite::~AuditedWrite() = default;

bool AuditedWrite::begun(QString *error) const
{
    if (m_transaction->isActive())
        return true;
    if (error) {
        const QString why = m_workspace.database().connection().lastError().text();
        *error = QStringLiteral("the write could not begin a transaction: %1")
                     .arg(why.isEmpty() ? QStringLiteral("the database is not open") : why);
    }
    return false;
}

bool AuditedWrite::watch(const QString &table, const QList<qint64> &ids, QString *error)
{
    m_watched.append({table, ids});
    return begun(error) && m_before->capture(m_workspace.database(), table, ids, error);
}

bool AuditedWrite::commit(QString *error)
{
    Database &database = m_workspace.database();
    if (!begun(error))
        return false;
    if (!m_watched.isEmpty()) {
        RowSnapshot after;
        for (const auto &[table, ids] : std::as_const(m_watched)) {
            if (!after.capture(database, table, ids, error))
                return false;
        }
        if (m_entry.before.isEmpty())
            m_entry.before = m_before->toJson();
        if (m_entry.after.isEmpty())
            m_entry.after = after.toJson();
    }
    if (!m_workspace.access().record(m_entry, error))
        return false;
    if (!m_transaction->commit()) {
        if (error)
            *error = database.connection().lastError().text();
        return false;
    }
    return true;
}

} // namespace kehu
