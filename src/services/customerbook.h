#pragma once

#include "activity.h"
#include "customer.h"
#include "customerchecks.h"
#include "customerlist.h"
#include "snapshot.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace kehu {

class ActivityRepository;
class ChurnEventRepository;
class CustomerListRepository;
class CustomerRepository;
class Database;
class Workspace;

/// The customer book: keyset pages of the list (search, filters, any supported order), the
/// values the filter chips and combo boxes offer, one customer's profile (get, insert, save
/// with the optimistic version check, take out of the book or put back), likely duplicates,
/// and what a customer's timeline and KPI cards show. Every call passes the permission check
/// (staff see and work on their own customers only), and every write leaves one audit
/// record. Writes here do not tell the Workspace: the undo commands that call them do
/// (Workspace::ChangeOrigin::UndoCommand).
class CustomerBook
{
public:
    explicit CustomerBook(Workspace &workspace);
    ~CustomerBook();

    /// Up to `limit` rows after `after` (Forward) or before it (Backward) in the query's order;
    /// Backward pages come nearest first. No key: from the start (Forward) or the end
    /// (Backward). Empty with `error` set when the query failed.
    QList<CustomerListRow> page(const CustomerListQuery &query, const std::optional<CustomerListKey> &after,
                                PageDirection direction, int limit, QString *error = nullptr) const;
    /// Distinct non-empty values of a profile column ("owner", "region", "industry"), sorted.
    QStringList distinctValues(const QString &column) const;
    /// The purchase channels the book has seen, sorted.
    QStringList channels() const;
    /// Id of the book's current classification, 0 when none.
    qint64 currentSnapshotId() const;

    std::optional<Customer> get(CustomerId id) const;
    std::optional<Customer> findByCode(const QString &code) const;
    /// Inserts `customer` (its id is ignored); the new id, or 0 with `error` set.
    CustomerId insert(const Customer &customer, QString *error = nullptr);
    /// Saves `customer` if its version is still the stored one, then bumps the version.
    SaveResult save(const Customer &customer, QString *error = nullptr);
    /// Takes a customer out of the book (a tombstone) or puts a tombstoned one back.
    bool setDeleted(CustomerId id, bool deleted, QString *error = nullptr);
    /// Takes a customer just added out of the book again, or puts it back (the undo and redo
    /// of adding one): allowed to whoever may add customers, while it has no history.
    bool setWithdrawn(CustomerId id, bool withdrawn, QString *error = nullptr);
    /// Customers sharing `customer`'s phone, e-mail or name, excluding `customer.id` itself.
    QList<DuplicateCandidate> likelyDuplicates(const Customer &customer) const;
    /// Whether `code` belongs to a customer, deleted ones included.
    bool codeInUse(const QString &code) const;
    /// A free code in the book's own numbering ("C000124").
    QString nextCode() const;
    /// Whether two profiles hold the same values in every field a user can edit (id, version
    /// and the created/updated times aside).
    static bool sameProfile(const Customer &a, const Customer &b);

    /// A customer's history, for the timeline and the KPI cards.
    QList<Purchase> purchasesOf(CustomerId id) const;
    QList<Visit> visitsOf(CustomerId id) const;
    QList<SurveyResponse> surveysOf(CustomerId id) const;
    QList<ChurnEvent> churnEventsOf(CustomerId id) const;

    /// A customer's row in the current classification and that classification.
    struct Scores
    {
        SnapshotInfo snapshot;
        SnapshotRow row;
    };
    /// Empty when the book has no classification or it has no row for the customer.
    std::optional<Scores> currentScores(CustomerId id) const;

private:
    Workspace &m_workspace;
    std::unique_ptr<CustomerRepository> m_customers;
    std::unique_ptr<CustomerListRepository> m_list;
    std::unique_ptr<ActivityRepository> m_activity;
    std::unique_ptr<ChurnEventRepository> m_churn;
};

} // namespace kehu
