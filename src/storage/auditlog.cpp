#include "auditlog.h"

#include "database.h"
#include "sqlrows.h"

#include <QDateTime>
#include <QSqlQuery>

namespace kehu {

bool AuditLog::add(const QString &action, const QString &entity, qint64 entityId, const QString &detail, QString *error)
{
    QSqlQuery q(m_database.connection());
    return execQuery(
        q, QStringLiteral("INSERT INTO audit_log (at, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?)"),
        {QDateTime::currentDateTimeUtc().toString(Qt::ISODate), action, entity, entityId, detail}, error);
}

} // namespace kehu
