#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace kehu {

class Database;
struct ClassificationPolicy;

/// The business's own settings, stored in its database (so they travel with the file and
/// are shared on a server): key → text. User interface preferences live in QSettings instead.
class SettingsRepository
{
public:
    static constexpr QLatin1StringView kPolicyKey{"classification/policy"};
    static constexpr QLatin1StringView kCurrencyKey{"business/currency"};

    explicit SettingsRepository(Database &database) : m_database(database) {}

    std::optional<QString> value(const QString &key) const;
    bool setValue(const QString &key, const QString &value);
    /// Removes the key (no error when it is not stored).
    bool remove(const QString &key);

    /// The business's currency (ISO 4217 code); CNY when none is stored.
    QString currency() const;

    /// The stored classification policy, or the defaults when none is stored.
    ClassificationPolicy policy() const;
    bool setPolicy(const ClassificationPolicy &policy);

private:
    Database &m_database;
};

} // namespace kehu
