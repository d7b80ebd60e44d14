#include "settingsrepository.h"

#include "classificationpolicy.h"
#include "database.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace kehu {

std::optional<QString> SettingsRepository::value(const QString &key) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return std::nullopt;
}

bool SettingsRepository::setValue(const QString &key, const QString &value)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec();
}

bool SettingsRepository::remove(const QString &key)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
    q.addBindValue(key);
    return q.exec();
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
