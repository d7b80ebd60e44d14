#pragma once

#include "customer.h"
#include "customerchecks.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace kehu {

class BulkInserter;
class Database;

/// Customers: create, read, update with an optimistic version check, duplicate lookups
/// and streaming for exports. Deleted customers carry a tombstone and are not returned.
/// All SQL about customers lives here.
class CustomerRepository
{
public:
    explicit CustomerRepository(Database &database);
    ~CustomerRepository();

    /// Inserts `customer` (its id is ignored); returns the new id or 0 with `error` set.
    /// Stamps created/updated times and version 1. Fast enough for bulk use (one prepared
    /// statement, kept), inside the caller's transaction.
    CustomerId insert(const Customer &customer, QString *error = nullptr);

    /// Inserts a customer known only by code and name (an import met a new code); far
    /// cheaper than insert() for bulk use. Returns the id or 0 with `error` set.
    CustomerId insertMinimal(const QString &code, const QString &name, QString *error = nullptr);

    /// insertMinimal() for many customers at once (`codes` and `names` of equal length): their
    /// ids in the same order, or an empty vector with `error` set. On a server the ids come
    /// from one call to the sequence and the rows go in with one COPY.
    std::vector<CustomerId> insertMinimal(const QStringList &codes, const QStringList &names, QString *error);

    /// Saves `customer` if its version is still the stored one, then bumps the version.
    /// Conflict means someone else saved first: reload and ask the user.
    SaveResult update(const Customer &customer, QString *error = nullptr);

    std::optional<Customer> findById(CustomerId id) const;
    /// The owner of customer `id`, deleted ones too; nullopt when there is no such customer.
    std::optional<QString> ownerOf(CustomerId id) const;
    std::optional<Customer> findByCode(const QString &code) const;

    /// Customers sharing `customer`'s normalised phone or e-mail, or exact normalised name,
    /// excluding `customer.id` itself.
    QList<DuplicateCandidate> likelyDuplicates(const Customer &customer) const;

    /// code → id of every live customer; the importers resolve codes with it in memory.
    QHash<QString, CustomerId> codeIndex() const;

    qint64 count() const;

    /// Whether `code` belongs to a customer, deleted ones included: codes stay unique in the
    /// file even after a customer leaves the book (a deleted one can be restored).
    bool codeInUse(const QString &code) const;

    /// A free code in the book's own numbering: the code of the newest customer split into a
    /// prefix and a number ("C000123" → "C", 6 digits), the highest code of that shape plus one,
    /// skipping codes in use. "C000001" in an empty book or when the newest code has no number.
    QString nextCode() const;

    /// Takes a customer out of the book (a tombstone; purchases and history stay) or puts a
    /// tombstoned one back, as the undo of creating it does. The version is left alone: this is
    /// not an edit of the profile. False when no such customer or the write failed.
    bool setDeleted(CustomerId id, bool deleted, QString *error = nullptr);
    /// Gives `ids` to `owner` in one statement (their version goes up, so an edit begun before
    /// is told someone else saved first). False with `error` set; the caller's transaction
    /// then rolls back.
    bool setOwner(const QList<CustomerId> &ids, const QString &owner, QString *error = nullptr);

    /// The tables whose rows belong to a customer and follow it in a merge.
    static const QStringList &historyTables();
    /// Moves every row of `from`'s history (historyTables()) to `to`. A purchase whose import
    /// key would collide with one of `to`'s on the same day gets a derived key first, so that
    /// no purchase is lost. Part of the caller's transaction; false with `error` set.
    bool moveHistory(CustomerId from, CustomerId to, QString *error = nullptr);
    /// A tombstone for a customer merged into another: out of the book, and a newer version so
    /// that whoever still holds its profile cannot save over it. False with `error` set.
    bool retireMerged(CustomerId id, QString *error = nullptr);

    /// Calls `visit` for every live customer in id order; stops early when it returns false.
    /// False when the query failed.
    bool forEach(const std::function<bool(const Customer &)> &visit) const;

private:
    Database &m_database;
    std::unique_ptr<BulkInserter> m_inserter;
    std::unique_ptr<BulkInserter> m_minimalInserter;
    QString m_now; ///< one timestamp for a whole bulk insert
};

} // namespace kehu
