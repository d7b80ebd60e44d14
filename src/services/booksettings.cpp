#include "booksettings.h"

#include "accessguard.h"
#include "auditedwrite.h"
#include "database.h"
#include "settingsrepository.h"
#include "workspace.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace kehu {

namespace {

bool write(SettingsRepository &settings, const QString &key, const std::optional<QString> &value)
{
    return value ? settings.setValue(key, *value) : settings.remove(key);
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonValue jsonValue(const std::optional<QString> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

std::optional<QString> BookSettings::value(const QString &key) const
{
    if (!m_workspace.access().require(Operation::ViewCustomers))
        return std::nullopt;
    return SettingsRepository(m_workspace.database()).value(key);
}

bool BookSettings::setValue(const QString &key, const std::optional<QString> &value, QString *error)
{
    if (!m_workspace.access().require(Operation::ChangeRules, error))
        return false;
    SettingsRepository settings(m_workspace.database());
    AuditedWrite audited(m_workspace, {QStringLiteral("change_setting"), QStringLiteral("setting")});
    if (!audited.begun(error))
        return false;
    audited.entry().detail = key;
    audited.entry().before = json({{key, jsonValue(settings.value(key))}});
    audited.entry().after = json({{key, jsonValue(value)}});
    if (!write(settings, key, value)) {
        if (error)
            *error = QStringLiteral("settings: write failed");
        return false;
    }
    return audited.commit(error);
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
    if (!m_workspace.access().require(Operation::ChangeRules, error))
        return false;
    SettingsRepository settings(m_workspace.database());
    const QString policyKey(kPolicyKey);
    const QString currencyKey(kCurrencyKey);
    AuditedWrite audited(m_workspace, {QStringLiteral("change_settings"), QStringLiteral("setting")});
    if (!audited.begun(error))
        return false;
    audited.entry().before = json(
        {{policyKey, jsonValue(settings.value(policyKey))}, {currencyKey, jsonValue(settings.value(currencyKey))}});
    audited.entry().after = json(
        {{policyKey, jsonValue(stored.policyJson)}, {currencyKey, jsonValue(stored.currency)}});
    if (!write(settings, policyKey, stored.policyJson) || !write(settings, currencyKey, stored.currency)) {
        if (error)
            *error = QStringLiteral("settings: write failed");
        return false;
    }
    return audited.commit(error);
}

} // namespace kehu
