#pragma once

#include "customer.h"
#include "money.h"
#include "snapshotsummary.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace kehu {

/// Why a classification run was stored. The book's current classification is the newest
/// `Current` run; `History` runs were made for a comparison (a quarterly review's earlier
/// quarter ends) and never become what the book shows.
enum class SnapshotPurpose { Current, History };

/// A stored classification run: when it was taken, the day it describes, the policy it used
/// (JSON) and its model results and totals (SnapshotSummary). Frozen snapshots are the quarterly
/// inventory's and are never replaced.
struct SnapshotInfo
{
    qint64 id = 0;
    QDateTime takenAt;
    QDate asOf;
    QString label;
    QJsonObject parameters;
    SnapshotSummary summary;
    bool frozen = false;
    SnapshotPurpose purpose = SnapshotPurpose::Current;
    qint64 customers = 0;
};

/// One customer's row of a snapshot, as stored. Label columns hold stable keys
/// ("champions", "A", "high_frequency", "at_risk", ...); empty when not applicable (no
/// purchase). Money in minor units; recency in days at the as-of date.
struct SnapshotRow
{
    CustomerId customerId = 0;
    QString code;
    QString name;
    std::optional<int> recencyDays;
    int frequency = 0;
    MinorUnits monetary = 0;
    MinorUnits revenue = 0;
    int rScore = 0;
    int fScore = 0;
    int mScore = 0;
    QString segment;
    QString abcClass;
    QString behaviour;
    QString valueTier;
    std::optional<MinorUnits> clv;
    std::optional<double> pAlive;
    std::optional<double> expectedPurchases;
    QString churnFlag;
    QString churnReason;
};

} // namespace kehu
