#pragma once

#include "activity.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace kehu {

/// Which open follow-ups a list shows. "today" is the caller's (tests pass a fixed day).
struct FollowUpQuery
{
    QDate today;
    QString owner;              ///< assignee (or customer owner when unassigned); empty = all
    bool onlyOverdue = false;   ///< due before today
    std::optional<QDate> dueBy; ///< due on or before this day (e.g. today + 7); none = any
    /// Only follow-ups of these owners' customers (set by the services from the signed-in
    /// user's reach); nullopt: all.
    std::optional<QStringList> reach;
    int limit = 500;
};

/// An open follow-up with what a list shows about its customer.
struct FollowUpRow
{
    FollowUp followUp;
    QString code;
    QString name;
    QString owner;       ///< the effective assignee
    int daysOverdue = 0; ///< today - due day, 0 when not yet due
};

/// Open follow-ups of one owner: how many are overdue, due today, due later.
struct FollowUpOwnerCounts
{
    QString owner;
    qint64 overdue = 0;
    qint64 dueToday = 0;
    qint64 later = 0;
};

} // namespace kehu
