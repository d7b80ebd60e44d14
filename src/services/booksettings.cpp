#include "booksettings.h"

#include "database.h"
#include "settingsrepository.h"
#include "transaction.h"
#include "workspace.h"

#include <QJsonDocument>

namespace kehu {

std::optional<QString> BookSettings::value(const QString &key) const
{
    return SettingsRepository(m_workspace.database()).value(key);
}

bool BookSettings::setValue(const QString &key, const std::optional<QString> &value)
{
    SettingsRepository settings(m_workspace.database());
    return value ? settings.setValue(key, *value) : settings.remove(key);
}

ClassificationPolicy BookSettings::policy() const
{
    return SettingsRepository(m_workspace.database()).policy();
}

QString BookSettings::policyJson(const ClassificationPolicy &policy)
{
    return QString::fromUtf8(QJsonDocument(policy.toJson()).toJson(QJsonDocument::Compact));
}

BookSettings::Stored BookSettings::stored() const
{
    return {value(QString(kPolicyKey)), value(QString(kCurrencyKey))};
}

bool BookSettings::setStored(const Stored &stored, QString *error)
{
    Transaction transaction(m_workspace.database().connection());
    if (!setValue(QString(kPolicyKey), stored.policyJson) || !setValue(QString(kCurrencyKey), stored.currency)
        || !transaction.commit()) {
        if (error)
            *error = QStringLiteral("settings: write failed");
        return false;
    }
    return true;
}

} // namespace kehu
