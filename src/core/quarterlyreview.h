#pragma once

#include "activity.h"
#include "customer.h"
#include "migrationmatrix.h"
#include "money.h"
#include "quarter.h"
#include "snapshot.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace kehu {

/// The quarterly customer inventory (客户盘点) of one quarter, compared with the quarter
/// before: what QuarterlyReviewBuilder assembles, the report renders and the wizard shows.
/// Money in minor units. Label columns hold the snapshots' stable keys ("champions", "A",
/// "at_risk"); an empty key means "not in that snapshot" (new customer, or no purchase yet).
struct QuarterlyReview
{
    /// One customer in one of the review's lists, with where they were and where they are.
    struct CustomerLine
    {
        CustomerId id = 0;
        QString code;
        QString name;
        QString owner;
        QString fromSegment;
        QString toSegment;
        QString fromAbc;
        QString toAbc;
        QString churnFlag;
        QString previousChurnFlag;
        std::optional<MinorUnits> clv;
        MinorUnits revenue = 0;        ///< revenue to date at the quarter end
        MinorUnits quarterRevenue = 0; ///< revenue within the quarter
    };

    /// One owner's figures for the quarter (OwnerFigures plus the owner's targets).
    struct TeamLine
    {
        QString owner; ///< empty = customers without an owner
        qint64 customers = 0;
        qint64 activeCustomers = 0;
        qint64 newCustomers = 0;
        MinorUnits revenue = 0;
        qint64 visits = 0;
        qint64 followUpsDue = 0;
        qint64 followUpsDone = 0;
        qint64 followUpsOnTime = 0;
        std::optional<MinorUnits> revenueTarget;
        std::optional<qint64> newCustomersTarget;
    };

    /// A follow-up the review proposes (editable before it is committed).
    struct ProposedAction
    {
        CustomerId customerId = 0;
        QString code;
        QString name;
        QString assignee;
        QDate dueOn;
        QString reason; ///< stable key: "review:new_churn_risk", "review:win_back", ...
        bool selected = true;
    };

    Quarter quarter;
    QString currency = QStringLiteral("CNY"); ///< the book's currency (ISO 4217): how amounts are written
    SnapshotInfo current;
    std::optional<SnapshotInfo> previous;

    QStringList segmentKeys; ///< labels 0..n-1 of segmentMigration ("others" last)
    QStringList abcKeys;     ///< "A", "B", "C"
    analytics::MigrationMatrix segmentMigration;
    analytics::MigrationMatrix abcMigration;

    qint64 customers = 0;
    qint64 activeCustomers = 0;
    qint64 newCustomers = 0; ///< first purchase within the quarter
    MinorUnits revenue = 0;  ///< within the quarter

    /// Full lists, ordered by CLV (then revenue) descending.
    QList<CustomerLine> becameKey;       ///< into class A, or into champions / loyal customers
    QList<CustomerLine> droppedClass;    ///< A -> B or C, B -> C
    QList<CustomerLine> newChurnRisks;   ///< active last quarter -> at risk or churned now
    QList<CustomerLine> winBack;         ///< churned now, of class A or B (they carried the revenue)
    QList<CustomerLine> topByClv;        ///< the first topCount by CLV
    QList<FollowUp> overdueFollowUps;    ///< open and due on or before the quarter's last day
    QList<QString> overdueCustomerNames; ///< same order as overdueFollowUps
    QList<TeamLine> team;                ///< by revenue descending
    QList<ProposedAction> actions;
};

} // namespace kehu
