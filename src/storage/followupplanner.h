#pragma once

#include "core/activity.h"
#include "core/followupcadencepolicy.h"

#include <QDate>
#include <QList>
#include <QString>

namespace kehu {

class Database;

/// Turns the follow-up cadence policy into follow-ups: reads each customer's segment in
/// the latest snapshot, their last contact (latest visit or done follow-up) and whether an
/// open follow-up exists, and runs analytics::planFollowUps. The policy is kept as JSON in
/// the database's settings under kSettingsKey. Planning writes nothing; the caller commits
/// the (possibly edited) list with FollowUpRepository::addAll.
class FollowUpPlanner
{
public:
    static constexpr QLatin1StringView kSettingsKey{"followups/cadence"};

    explicit FollowUpPlanner(Database &database) : m_database(database) {}

    /// The stored policy, or the defaults.
    FollowUpCadencePolicy policy() const;
    bool setPolicy(const FollowUpCadencePolicy &policy);

    /// Proposed follow-ups as of `today`, in customer id order: assignee = the customer's
    /// owner, reason = "cadence:<segment key>". Empty with `error` set when there is no
    /// snapshot or a query failed.
    QList<FollowUp> plan(const FollowUpCadencePolicy &policy, QDate today, QString *error = nullptr) const;

private:
    Database &m_database;
};

} // namespace kehu
