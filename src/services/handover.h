#pragma once

#include "customerlist.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>
#include <utility>

namespace kehu {

class Workspace;

/// Who owns a set of customers and who is assigned their open follow-ups: the state a
/// handover leaves, and the one its undo puts back.
struct OwnerState
{
    QList<OwnedCustomer> customers;
    QList<std::pair<qint64, QString>> followUps; ///< (follow-up id, assignee)
};

/// What a handover is to move: the customers a filter matched (within the person's reach,
/// not already the receiver's) with their owners now, and who receives them.
struct HandoverPlan
{
    QList<OwnedCustomer> customers;
    QString to;

    /// How many customers each owner gives, by owner.
    QMap<QString, qint64> countsByOwner() const;
    /// The owners who give customers, by name.
    QStringList owners() const { return countsByOwner().keys(); }
};

/// Handing customers over in bulk (a rep leaves, a territory changes hands): the customers
/// of an owner, a segment or any filter of the customer book go to another owner with the
/// open follow-ups their old owners were assigned, as one undoable step with one audit
/// record. Follow-ups assigned to a colleague stay theirs. A manager of a team hands over
/// within the team.
class Handover
{
public:
    explicit Handover(Workspace &workspace) : m_workspace(workspace) {}

    /// The customers `query` (its search and filter; segment conditions on the current
    /// classification) matches that would go to `to`. Nullopt with `error` set when the
    /// person may not hand over, cannot give to `to`, or the read failed.
    std::optional<HandoverPlan> plan(const CustomerListQuery &query, const QString &to, QString *error = nullptr);
    /// Carries `plan` out as one step on the workspace's undo stack. False with `error` set
    /// (nothing moved) when refused, when a customer changed owner since the plan, or when a
    /// write failed. `followUps`, when given, receives how many follow-ups went along.
    bool handOver(const HandoverPlan &plan, QString *error = nullptr, qint64 *followUps = nullptr);

    /// The first run of a handover (HandOverCommand's first redo): gives the plan's customers
    /// to its receiver, with the open follow-ups their old owners were assigned, and leaves in
    /// `before` and `after` who had what, for undo and redo. False with `error` set (nothing
    /// moved) when a customer changed owner since the plan or a write failed.
    bool carryOut(const HandoverPlan &plan, OwnerState *before, OwnerState *after, QString *error = nullptr);
    /// Undo and redo: where every customer of `from` still has the owner it says (else nothing
    /// is written), gives each the owner `to` gives it, and each follow-up its assignee. One
    /// transaction and one audit record `action` with both states.
    bool restore(const OwnerState &from, const OwnerState &to, const QString &action, QString *error = nullptr);

private:
    /// The audited write under carryOut() and restore(): `findFollowUps` fills the follow-ups
    /// of both states from the book, inside the write's transaction.
    bool write(OwnerState &from, OwnerState &to, const QString &action, bool findFollowUps, QString *error);

    Workspace &m_workspace;
};

} // namespace kehu
