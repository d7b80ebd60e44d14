#pragma once

#include "core/activity.h"

#include <QDate>
#include <QList>
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
    /// Which open follow-ups a list shows. "today" is the caller's (tests pass a fixed day).
    struct Query
    {
        QDate today;
        QString owner;            ///< assignee (or customer owner when unassigned); empty = all
        bool onlyOverdue = false; ///< due before today
        std::optional<QDate> dueBy; ///< due on or before this day (e.g. today + 7); none = any
        int limit = 500;
    };

    /// An open follow-up with what a list shows about its customer.
    struct Row
    {
        FollowUp followUp;
        QString code;
        QString name;
        QString owner;      ///< the effective assignee
        int daysOverdue = 0; ///< today - due day, 0 when not yet due
    };

    /// Open follow-ups of one owner: how many are overdue, due today, due later.
    struct OwnerCounts
    {
        QString owner;
        qint64 overdue = 0;
        qint64 dueToday = 0;
        qint64 later = 0;
    };

    explicit FollowUpRepository(Database &database) : m_database(database) {}

    /// Returns the new id, or 0 with `error` set.
    qint64 add(const FollowUp &followUp, QString *error = nullptr);
    /// All or nothing, in one transaction. Returns how many were written (all), or -1.
    qint64 addAll(const QList<FollowUp> &followUps, QString *error = nullptr);

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
    bool markDone(qint64 id, Visit visit, QString *error = nullptr);

private:
    Database &m_database;
};

} // namespace kehu
