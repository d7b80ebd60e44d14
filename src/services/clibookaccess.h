#pragma once

#include "activity.h"
#include "classificationpolicy.h"
#include "dashboardfilter.h"
#include "money.h"
#include "satisfaction.h"
#include "snapshot.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <optional>

namespace kehu {

class Workspace;

/// The reads and writes kehu-cli's commands need that belong to services other helpers of
/// issue 10 create at the same time; kept here, CLI-facing and separate, so that the
/// branches do not clash. After the merge each part moves to its owner and this class goes:
///  - policy()                                  -> BookSettings
///  - customerCount()                           -> CustomerBook
///  - currentSnapshot(), snapshot(), forEachSnapshotRow() -> SnapshotHistory
///  - dashboard()                               -> DashboardFigures (DashboardData)
///  - openFollowUps(), followUpCounts(), addFollowUps(), markFollowUpDone() -> the follow-up book
///  - satisfaction()                            -> LoyaltyFigures
class CliBookAccess
{
public:
    explicit CliBookAccess(Workspace &workspace) : m_workspace(workspace) {}

    /// The book's classification rules.
    ClassificationPolicy policy() const;
    /// Customers in the book (not deleted).
    qint64 customerCount() const;

    /// The book's current classification (the newest user run).
    std::optional<SnapshotInfo> currentSnapshot() const;
    std::optional<SnapshotInfo> snapshot(qint64 id) const;
    /// Every row of a snapshot, by customer code, until @p visit returns false.
    bool forEachSnapshotRow(qint64 snapshotId, const std::function<bool(const SnapshotRow &)> &visit) const;

    /// The headline figures of the dashboard (DashboardRepository::load) that `kehu-cli
    /// dashboard` prints.
    struct DashboardOverview
    {
        SnapshotInfo snapshot; ///< id 0 when there is no snapshot
        qint64 customers = 0;
        qint64 active = 0;
        qint64 atRisk = 0;
        qint64 churned = 0;
        qint64 newInRange = 0;
        MinorUnits revenue = 0;
        MinorUnits averageClv = 0;
        double nps = 0.0;
        double csat = 0.0;
        qint64 npsAnswers = 0;
        QList<QPair<QString, qint64>> segments; ///< segment key, customers
    };
    DashboardOverview dashboard(const DashboardFilter &filter, QString *error) const;

    /// Open follow-ups (FollowUpRepository::open).
    struct FollowUpQuery
    {
        QDate today;
        QString owner;
        bool onlyOverdue = false;
        std::optional<QDate> dueBy;
        int limit = 500;
    };
    struct OpenFollowUp
    {
        FollowUp followUp;
        QString code;
        QString name;
        QString owner;
        int daysOverdue = 0;
    };
    QList<OpenFollowUp> openFollowUps(const FollowUpQuery &query, QString *error) const;
    /// Per owner: overdue, due today, later.
    struct OwnerFollowUps
    {
        QString owner;
        qint64 overdue = 0;
        qint64 dueToday = 0;
        qint64 later = 0;
    };
    QList<OwnerFollowUps> followUpCounts(QDate today) const;
    /// All or nothing; how many, or -1 with @p error.
    qint64 addFollowUps(const QList<FollowUp> &followUps, QString *error);
    /// Closes the follow-up and logs @p visit in the same transaction.
    bool markFollowUpDone(qint64 id, const Visit &visit, QString *error);

    /// NPS and CSAT per period (SurveyRepository::byPeriod).
    analytics::SatisfactionSeries satisfaction(const DashboardFilter &filter, analytics::CalendarPeriod period) const;

private:
    Workspace &m_workspace;
};

} // namespace kehu
