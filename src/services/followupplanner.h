#pragma once

#include "activity.h"
#include "followupcadencepolicy.h"

#include <QDate>
#include <QList>
#include <QString>

namespace kehu {

class Database;
class Workspace;

/// Turns the follow-up cadence policy into follow-ups: reads each customer's segment and
/// CLV in the latest snapshot, their last contact (latest visit or done follow-up) and
/// whether an open follow-up exists, runs analytics::planFollowUps, and spreads the due days
/// over each owner's capacity with analytics::spreadFollowUps. The policy is kept as JSON in
/// the database's settings under kSettingsKey. Planning writes nothing; the caller commits
/// the (possibly edited) list with FollowUpRepository::addAll.
class FollowUpPlanner
{
public:
    static constexpr QLatin1StringView kSettingsKey{"followups/cadence"};

    explicit FollowUpPlanner(Workspace &workspace);

    /// The stored policy, or the defaults.
    FollowUpCadencePolicy policy() const;
    bool setPolicy(const FollowUpCadencePolicy &policy);

    /// One proposed follow-up: its due day spread by capacity, and the window its rule gave.
    struct Proposal
    {
        FollowUp followUp;
        QDate earliest; ///< the rule's window, inclusive
        QDate latest;
        bool late = false; ///< due after the window: every day in it was full
    };
    /// What the proposals mean for one owner (the preview shows it before anything is written).
    struct OwnerSpread
    {
        QString owner;
        int count = 0;
        QDate first;        ///< earliest due day
        QDate last;         ///< latest due day
        int busiestDay = 0; ///< most proposals due on one day
        int late = 0;
    };
    struct Plan
    {
        QList<Proposal> proposals; ///< most urgent first: by due day, then customer id
        QList<OwnerSpread> owners; ///< by owner name
        int late = 0;
    };

    /// Proposed follow-ups as of `today`: assignee = the customer's owner, reason =
    /// "cadence:<segment key>". Due days are spread over each rule's window and the owners'
    /// daily capacity (policy.dailyCapacity per working day, counting the follow-ups they
    /// have open already), the most urgent first and among those the highest CLV first
    /// (analytics::spreadFollowUps). Empty with `error` set when there is no snapshot or a
    /// query failed.
    Plan propose(const FollowUpCadencePolicy &policy, QDate today, QString *error = nullptr) const;
    /// The follow-ups of propose(), in its order.
    QList<FollowUp> plan(const FollowUpCadencePolicy &policy, QDate today, QString *error = nullptr) const;

private:
    Workspace &m_workspace;
    Database &m_database;
};

} // namespace kehu
