#include "privacyrepository.h"

#include "database.h"
#include "sqlrows.h"

#include <QSqlQuery>

namespace kehu {

namespace {

QString iso(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

} // namespace

std::optional<QDate> PrivacyRepository::consentSince(CustomerId id) const
{
    std::optional<QDate> since;
    visitRows(m_database.connection(),
              QStringLiteral("SELECT consent_on FROM customers WHERE id = ? AND marketing_consent = 1"), {id},
              [&since](const QSqlQuery &q) {
                  const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
                  since = day.isValid() ? day : QDate();
              });
    return since;
}

bool PrivacyRepository::setConsent(CustomerId id, std::optional<QDate> since, QString *error)
{
    QSqlQuery q(m_database.connection());
    if (!execQuery(q,
                   QStringLiteral("UPDATE customers SET marketing_consent = ?, consent_on = ?, version = version + 1 "
                                  "WHERE id = ?"),
                   {since ? 1 : 0,
                    since ? QVariant(since->toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>()), id},
                   error))
        return false;
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = QStringLiteral("no customer %1").arg(id);
        return false;
    }
    return true;
}

bool PrivacyRepository::erase(CustomerId id, const QDateTime &at, QString *error)
{
    const QString when = iso(at);
    const QList<std::pair<QString, QVariantList>> statements{
        {QStringLiteral("UPDATE customers SET code = ?, name = '', name_norm = '', name_pinyin = '', phone = '', "
                        "phone_norm = '', email = '', email_norm = '', company = '', explicit_needs = '', "
                        "implicit_needs = '', preferences = '', tags = '', notes = '', marketing_consent = 0, "
                        "consent_on = NULL, erased_at = ?, updated_at = ?, version = version + 1 WHERE id = ?"),
         {QStringLiteral("ERASED-%1").arg(id), when, when, id}},
        {QStringLiteral("UPDATE visits SET note = '' WHERE customer_id = ?"), {id}},
        {QStringLiteral("UPDATE surveys SET comment = '' WHERE customer_id = ?"), {id}},
        {QStringLiteral("UPDATE churn_events SET note = '' WHERE customer_id = ?"), {id}},
        {QStringLiteral("UPDATE audit_log SET before_json = '', after_json = '', detail = '' "
                        "WHERE customer_id = ? OR (entity = 'customer' AND entity_id = ?)"),
         {id, id}},
    };
    for (const auto &[sql, values] : statements) {
        QSqlQuery q(m_database.connection());
        if (!execQuery(q, sql, values, error))
            return false;
        if (sql.startsWith(u"UPDATE customers") && q.numRowsAffected() != 1) {
            if (error)
                *error = QStringLiteral("no customer %1").arg(id);
            return false;
        }
    }
    return true;
}

std::optional<QDateTime> PrivacyRepository::erasedAt(CustomerId id) const
{
    std::optional<QDateTime> at;
    visitRows(m_database.connection(),
              QStringLiteral("SELECT erased_at FROM customers WHERE id = ? AND erased_at IS NOT NULL"), {id},
              [&at](const QSqlQuery &q) { at = QDateTime::fromString(q.value(0).toString(), Qt::ISODate); });
    return at;
}

QList<CustomerId> PrivacyRepository::deletedBefore(const QDateTime &cutoff, QString *error) const
{
    QList<CustomerId> ids;
    visitRows(
        m_database.connection(),
        QStringLiteral("SELECT id FROM customers WHERE deleted_at IS NOT NULL AND deleted_at < ? AND erased_at IS NULL "
                       "ORDER BY id"),
        {iso(cutoff)}, [&ids](const QSqlQuery &q) { ids << q.value(0).toLongLong(); }, error);
    return ids;
}

} // namespace kehu
