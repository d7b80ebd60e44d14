#include "settingsrepository.h"

#include "classificationpolicy.h"
#include "database.h"
#include "sqlrows.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace kehu {

std::optional<QString> SettingsRepository::value(const QString &key) const
{
    return selectOne(m_database.connection(), QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key},
                     [](const QSqlQuery &q) { return q.value(0).toString(); });
}

bool SettingsRepository::setValue(const QString &key, const QString &value)
{
    QSqlQuery q(m_database.connection());
    return execQuery(q,
                     QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                     {key, value});
}

bool SettingsRepository::remove(const QString &key)
{
    QSqlQuery q(m_database.connection());
    return execQuery(q, QStringLiteral("DELETE FROM settings WHERE key = ?"), {key});
}

QString SettingsRepository::currency() const
{
    return value(QString(kCurrencyKey)).value_or(QStringLiteral("CNY"));
}

ClassificationPolicy SettingsRepository::policy() const
{
    const auto stored = value(QString(kPolicyKey));
    if (!stored)
        return {};
    return ClassificationPolicy::fromJson(QJsonDocument::fromJson(stored->toUtf8()).object());
}

bool SettingsRepository::setPolicy(const ClassificationPolicy &policy)
{
    return setValue(QString(kPolicyKey),
                    QString::fromUtf8(QJsonDocument(policy.toJson()).toJson(QJsonDocument::Compact)));
}

} // namespace kehu
