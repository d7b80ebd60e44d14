#pragma once

#include "activity.h"
#include "followuplist.h"
#include "money.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace kehu {

class Database;

/// Follow-ups (回访): planned contacts with a due day, an assignee and a reason. A
/// follow-up without an assignee belongs to the customer's owner. Days are calendar dates.
/// Every multi-row write is one transaction; marking one done also logs the visit, in the
/// same transaction, so the task list and the customer's timeline never disagree.
class FollowUpRepository
{
public:
    using Query = FollowUpQuery;
    using Row = FollowUpRow;
    using OwnerCounts = FollowUpOwnerCounts;

    explicit FollowUpRepository(Database &database) : m_database(database) {}

    /// Returns the new id, or 0 with `error` set.
    qint64 add(const FollowUp &followUp, QString *error = nullptr);
    /// All or nothing, in one transaction. Returns how many were written (all), or -1.
    qint64 addAll(const QList<FollowUp> &followUps, QString *error = nullptr);

    /// Inserts `followUps` in one transaction, each with its own id when it has one (an undo
    /// putting back what it removed), and returns the ids. False with `error` set (nothing written).
    bool insertAll(const QList<FollowUp> &followUps, QList<qint64> *ids, QString *error = nullptr);
    /// Deletes follow-ups in one transaction. False with `error` set (nothing deleted).
    bool removeAll(const QList<qint64> &ids, QString *error = nullptr);
    /// The open follow-ups of `customers` assigned by name to one of `assignees`: (id, assignee),
    /// by id. What a handover gives to the customers' new owner. Nullopt with `error` set when
    /// the read failed.
    std::optional<QList<std::pair<qint64, QString>>>
    openAssigned(const QList<CustomerId> &customers, const QStringList &assignees, QString *error = nullptr) const;
    /// Gives follow-ups `ids` to `assignee` in one statement (in the caller's transaction).
    bool assign(const QList<qint64> &ids, const QString &assignee, QString *error = nullptr);
    /// Moves an open follow-up to another due day. False when it does not exist or is done.
    bool reschedule(qint64 id, QDate dueOn, QString *error = nullptr);
    /// Undoes markDone(): opens the follow-up again and deletes the visit it logged, in one
    /// transaction.
    bool reopen(qint64 id, qint64 visitId, QString *error = nullptr);

    std::optional<FollowUp> find(qint64 id) const;
    /// Open follow-ups by due day (oldest first), then id.
    QList<Row> open(const Query &query, QString *error = nullptr) const;
    /// Open follow-ups per owner, owners sorted by name.
    QList<OwnerCounts> countsByOwner(QDate today) const;
    /// Every follow-up due in [from, to], done or not (team figures, discipline).
    QList<FollowUp> dueBetween(QDate from, QDate to) const;

    /// Marks an open follow-up done on `visit.time`'s day and logs `visit` (its customer is
    /// taken from the follow-up), both in one transaction. False with `error` set when the
    /// follow-up does not exist, is already done, or a write failed (then nothing changed).
    /// `visitId`, when given, receives the id of the logged visit.
    bool markDone(qint64 id, Visit visit, QString *error = nullptr, qint64 *visitId = nullptr);

    /// What planning from the cadence rules needs of a customer of the current classification.
    struct PlanningRow
    {
        CustomerId customerId = 0;
        QString segment; ///< RFM segment key; empty when none
        QString owner;
        QDate lastContact; ///< latest visit or done follow-up; invalid when never contacted
        bool hasOpen = false;
        MinorUnits value = 0; ///< CLV, or revenue to date without one
    };
    /// Every customer of the current snapshot, by id. False with `error` set when the read failed.
    bool planningRows(QList<PlanningRow> *rows, QString *error = nullptr) const;

    /// Every customer with an open follow-up.
    QSet<CustomerId> customersWithOpen() const;

    /// Open follow-ups due on one day for one (effective) assignee.
    struct DayLoad
    {
        QString assignee;
        QDate day;
        int count = 0;
    };
    /// Open follow-ups due on or after `from`, counted per effective assignee and day.
    bool openLoadFrom(QDate from, QList<DayLoad> *load, QString *error = nullptr) const;

private:
    Database &m_database;
};

} // namespace kehu
