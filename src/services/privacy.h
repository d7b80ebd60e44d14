#pragma once

#include "customer.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

class QIODevice;

namespace kehu {

class Workspace;

/// A person's rights over their data, and the book's retention of deleted customers:
///
/// - marketing consent, with the day it was given (anyone who may edit the customer);
/// - everything the book holds about one person, as JSON or CSV (a privacy request: owners and
///   managers, within reach);
/// - erasing a person on request: their identity and free text go, also from the audit log's
///   copies; their purchases stay, as an anonymous customer's, so every figure stays true. It
///   cannot be undone (a restore point is taken first, and a later restore erases them again);
/// - customers deleted longer ago than the retention period (the book setting
///   "privacy/retention_days", 30 days unless set) are erased by eraseExpired().
class Privacy
{
public:
    enum class Format { Json, Csv };

    explicit Privacy(Workspace &workspace) : m_workspace(workspace) {}

    /// Since when the customer agrees to marketing; nullopt when not.
    std::optional<QDate> consentSince(CustomerId id);
    /// Records consent given today (`agrees`) or withdrawn. False with `error` set.
    bool setConsent(CustomerId id, bool agrees, QString *error = nullptr);

    /// Writes everything the book holds about `id` (profile, purchases, visits, surveys,
    /// follow-ups, churn records) to `out`. False with `error` set.
    bool exportPerson(CustomerId id, QIODevice &out, Format format, QString *error = nullptr);
    /// Erases `id`'s identity (see the class). False with `error` set; then nothing changed.
    bool erase(CustomerId id, QString *error = nullptr);
    /// Erases the customers deleted before `now` minus the retention period, in one write;
    /// how many, or -1 with `error` set. The app runs it daily, kehu-cli with `privacy purge`.
    int eraseExpired(const QDateTime &now, QString *error = nullptr);
    /// After a restore: erases again whoever the audit log says was erased (a restore point
    /// taken before an erasure must not bring the person back). How many.
    int eraseAgain(QString *error = nullptr);

    /// The retention period of deleted customers, in days.
    int retentionDays();
    static constexpr int kDefaultRetentionDays = 30;

private:
    bool eraseOne(CustomerId id, const QString &action, QString *error);

    Workspace &m_workspace;
};

} // namespace kehu
