#pragma once

#include "bgnbdmodel.h"
#include "snapshot.h"

#include <QString>

#include <optional>

namespace kehu {

/// Whether one customer's P(alive) contradicts the churn flag or the RFM segment of the same
/// snapshot, and a short translated explanation of why: the figures come from different
/// rules looking at different things, and the detail pane says so instead of leaving the
/// reader with two answers.
struct FigureDisagreement
{
    enum class Kind {
        None,
        AliveButFlagged,          ///< P(alive) likely, yet the churn flag is at risk or churned
        AliveButLapsedSegment,    ///< P(alive) likely, yet the segment is lost or hibernating
        UnlikelyAliveButChampion, ///< P(alive) unlikely, yet the segment is champions
    };
    Kind kind = Kind::None;
    QString explanation; ///< empty for None

    /// @p model produced the row's P(alive); "likely alive" means at or above
    /// @p aliveThreshold (the policy's "at risk when P(alive) below"). A flag set by the
    /// P(alive) rule itself never disagrees with it.
    static FigureDisagreement find(const SnapshotRow &row, analytics::PurchaseModel model, double aliveThreshold);
};

/// The purchase model behind a snapshot's P(alive) (its summary's models.purchase_model;
/// snapshots from before the choice are BG/NBD), nullopt when no model was fitted.
std::optional<analytics::PurchaseModel> snapshotPurchaseModel(const SnapshotInfo &info);

} // namespace kehu
