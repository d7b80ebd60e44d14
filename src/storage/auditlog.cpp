#include "auditlog.h"

#include "database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace kehu {

bool AuditLog::add(const QString &action, const QString &entity, qint64 entityId, const QString &detail, QString *error)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(action);
    q.addBindValue(entity);
    q.addBindValue(entityId);
    q.addBindValue(detail);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace kehu
