#include "auditlog.h"

#include "database.h"
#include "sqlrows.h"

#include <QDateTime>
#include <QSqlQuery>

namespace kehu {

namespace {

// Milliseconds and a fixed width, so that text order is time order.
constexpr auto kTimeFormat = "yyyy-MM-ddTHH:mm:ss.zzzZ";

QString timeText(const QDateTime &at)
{
    return at.toUTC().toString(QLatin1StringView(kTimeFormat));
}

QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

AuditOutcome outcomeFromKey(const QString &key)
{
    if (key == AuditLog::outcomeKey(AuditOutcome::Refused))
        return AuditOutcome::Refused;
    if (key == AuditLog::outcomeKey(AuditOutcome::Failed))
        return AuditOutcome::Failed;
    return AuditOutcome::Done;
}

} // namespace

QLatin1StringView AuditLog::outcomeKey(AuditOutcome outcome)
{
    switch (outcome) {
    case AuditOutcome::Done: break;
    case AuditOutcome::Refused: return QLatin1StringView("refused");
    case AuditOutcome::Failed: return QLatin1StringView("failed");
    }
    return QLatin1StringView("done");
}

bool AuditLog::add(const QString &userName, const AuditEntry &entry, QString *error)
{
    QSqlQuery q(m_database.connection());
    return execQuery(q,
                     QStringLiteral("INSERT INTO audit_log (at, user_name, action, entity, entity_id, customer_id, "
                                    "outcome, before_json, after_json, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {timeText(QDateTime::currentDateTimeUtc()), notNullText(userName), entry.action,
                      notNullText(entry.entity), optionalId(entry.entityId), optionalId(entry.customerId),
                      QString(outcomeKey(entry.outcome)), notNullText(entry.before), notNullText(entry.after),
                      notNullText(entry.detail)},
                     error);
}

QList<AuditRecord> AuditLog::find(const AuditQuery &query, QString *error) const
{
    QStringList where;
    QVariantList binds;
    if (!query.userName.isEmpty()) {
        where << QStringLiteral("user_name = ?");
        binds << query.userName;
    }
    if (!query.action.isEmpty()) {
        where << QStringLiteral("action = ?");
        binds << query.action;
    }
    if (query.customerId) {
        where << QStringLiteral("customer_id = ?");
        binds << *query.customerId;
    }
    if (query.from) {
        where << QStringLiteral("at >= ?");
        binds << timeText(*query.from);
    }
    if (query.to) {
        where << QStringLiteral("at < ?");
        binds << timeText(*query.to);
    }
    const QString sql =
        QStringLiteral(
            "SELECT id, at, user_name, action, entity, entity_id, customer_id, outcome, "
            "before_json, after_json, detail, (SELECT code FROM customers c WHERE c.id = audit_log.customer_id) "
            "FROM audit_log %1 ORDER BY at DESC, id DESC "
            "LIMIT %2")
            .arg(where.isEmpty() ? QString() : u"WHERE " + where.join(u" AND "))
            .arg(std::max(query.limit, 1));
    return selectRows(
        m_database.connection(), sql, binds,
        [](const QSqlQuery &q) {
            AuditRecord record;
            record.id = q.value(0).toLongLong();
            record.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
            record.userName = q.value(2).toString();
            record.entry.action = q.value(3).toString();
            record.entry.entity = q.value(4).toString();
            if (!q.value(5).isNull())
                record.entry.entityId = q.value(5).toLongLong();
            if (!q.value(6).isNull())
                record.entry.customerId = q.value(6).toLongLong();
            record.entry.outcome = outcomeFromKey(q.value(7).toString());
            record.entry.before = q.value(8).toString();
            record.entry.after = q.value(9).toString();
            record.entry.detail = q.value(10).toString();
            record.customerCode = q.value(11).toString();
            return record;
        },
        error);
}

} // namespace kehu
