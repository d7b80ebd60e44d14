#pragma once

#include "activity.h"
#include "followuplist.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace kehu {

class Workspace;

/// The follow-ups (回访) of the book: the open list, counts per owner, and the writes the
/// undo commands make (create, mark done, reschedule; CreateFollowUpsCommand,
/// MarkFollowUpDoneCommand, RescheduleFollowUpCommand). The writes do not notify: the
/// command or caller does, with its ChangeOrigin. Planning from the cadence rules is
/// FollowUpPlanner's.
class FollowUpBook
{
public:
    explicit FollowUpBook(Workspace &workspace) : m_workspace(workspace) {}

    /// Open follow-ups by due day (oldest first), then id.
    QList<FollowUpRow> open(const FollowUpQuery &query, QString *error = nullptr) const;
    /// Open follow-ups per owner, owners sorted by name.
    QList<FollowUpOwnerCounts> countsByOwner(QDate today) const;
    std::optional<FollowUp> find(qint64 id) const;
    /// The names of these customers (for a plan's preview); ids without a customer are absent.
    QHash<CustomerId, QString> customerNames(const QList<CustomerId> &ids) const;

    /// Inserts in one transaction (with their own ids when they have them); the new ids in
    /// `ids`. False with `error` set (nothing written).
    bool create(const QList<FollowUp> &followUps, QList<qint64> *ids, QString *error = nullptr);
    bool remove(const QList<qint64> &ids, QString *error = nullptr);
    /// Marks an open follow-up done and logs `visit`, in one transaction; `visitId` gets the
    /// visit's id.
    bool markDone(qint64 id, const Visit &visit, qint64 *visitId, QString *error = nullptr);
    /// Undoes markDone().
    bool reopen(qint64 id, qint64 visitId, QString *error = nullptr);
    bool reschedule(qint64 id, QDate dueOn, QString *error = nullptr);

private:
    /// The permission check for work on these follow-ups' customers.
    bool requireAll(const QList<FollowUp> &followUps, QString *error);
    /// The same for stored follow-ups by id; `found` gets them.
    bool requireIds(const QList<qint64> &ids, QList<FollowUp> *found, QString *error);

    Workspace &m_workspace;
};

} // namespace kehu
