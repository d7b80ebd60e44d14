#pragma once

#include "customer.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace kehu {

class Database;

/// The writes behind privacy requests: a customer's marketing consent, and erasing a person
/// (their identity and free text gone, their purchases kept as an anonymous customer's), also
/// from the audit log's copies of their rows. Every method runs in the caller's transaction.
class PrivacyRepository
{
public:
    explicit PrivacyRepository(Database &database) : m_database(database) {}

    /// Since when `id` agrees to marketing; nullopt when not (or no such customer).
    std::optional<QDate> consentSince(CustomerId id) const;
    /// Records consent given on `since`, or withdrawn (nullopt). False with `error` set.
    bool setConsent(CustomerId id, std::optional<QDate> since, QString *error = nullptr);

    /// Removes `id`'s identity: name, phone, e-mail, company, needs, preferences, tags and notes
    /// are emptied, the code becomes "ERASED-<id>", consent is withdrawn; the free text of
    /// their visits, surveys and churn records goes; the audit log's copies of their rows and
    /// its details about them are dropped (who did what and when stays). Purchases, amounts,
    /// dates, scores and owner stay, so every figure is as before. False with `error` set.
    bool erase(CustomerId id, const QDateTime &at, QString *error = nullptr);
    /// When `id` was erased; nullopt when not.
    std::optional<QDateTime> erasedAt(CustomerId id) const;
    /// Customers deleted before `cutoff` and not erased yet, by id.
    QList<CustomerId> deletedBefore(const QDateTime &cutoff, QString *error = nullptr) const;

private:
    Database &m_database;
};

} // namespace kehu
