#pragma once

#include "classificationpolicy.h"

#include <QString>

#include <optional>

namespace kehu {

class Workspace;

/// The business's own settings, kept in its database (so they travel with the file): the
/// classification policy, the currency, and other keyed texts (segment actions, follow-up
/// cadence). Writes tell the Workspace (settingsChanged). The interface language is the
/// user's, not the business's, and lives in QSettings instead.
class BookSettings
{
public:
    static constexpr QLatin1StringView kPolicyKey{"classification/policy"};
    static constexpr QLatin1StringView kCurrencyKey{"business/currency"};

    explicit BookSettings(Workspace &workspace) : m_workspace(workspace) {}

    std::optional<QString> value(const QString &key) const;
    /// Stores `value` under `key`; std::nullopt removes the key.
    bool setValue(const QString &key, const std::optional<QString> &value, QString *error = nullptr);

    /// The stored classification policy, or the defaults when none is stored.
    ClassificationPolicy policy() const;
    /// The stored currency (ISO 4217), std::nullopt when none is stored.
    std::optional<QString> storedCurrency() const { return value(QString(kCurrencyKey)); }

    /// Exactly what the settings form saves: the policy as stored (std::nullopt: none stored,
    /// the defaults apply) and the currency.
    struct Stored
    {
        std::optional<QString> policyJson;
        std::optional<QString> currency;
        friend bool operator==(const Stored &, const Stored &) = default;
    };
    Stored stored() const;
    /// Writes both in one transaction. False with `error` set when the write failed.
    bool setStored(const Stored &stored, QString *error = nullptr);
    /// The policy as setStored() stores it.
    static QString policyJson(const ClassificationPolicy &policy);

private:
    Workspace &m_workspace;
};

} // namespace kehu
