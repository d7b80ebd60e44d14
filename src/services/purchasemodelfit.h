#pragma once

#include "bgnbdmodel.h"
#include "gammagammamodel.h"
#include "purchasesummary.h"

#include <QDate>
#include <QString>

#include <optional>

namespace kehu {

class Workspace;

/// Fits the purchase model (BG/NBD or MBG/NBD: purchase and dropout) and Gamma-Gamma (spend)
/// by maximum likelihood on the book's purchases: what `kehu-cli model fit` prints. The fit
/// on a summary is the one classify() runs (both build their input with purchaseModelInput()),
/// so a fit here with the as-of day, time unit and spend unit of a classification gives that
/// classification's parameters.
class PurchaseModelFit
{
public:
    struct Request
    {
        /// The purchase model; none = the book's classification policy's.
        std::optional<analytics::PurchaseModel> model;
        /// Last day of the calibration period; invalid = the last purchase day.
        QDate calibrationEnd;
        /// 7 = weeks, 1 = days (the model's time unit).
        double daysPerUnit = 7.0;
        /// Gamma-Gamma's spend in minor units (1) or major units (100: yuan, dollars, as the
        /// published fits state gamma).
        double minorUnitsPerSpendUnit = 100.0;
    };

    struct Result
    {
        analytics::PurchaseModel model = analytics::PurchaseModel::BgNbd;
        int32_t calibrationEndDay = 0; ///< day number
        analytics::BgNbdFit purchase;
        analytics::GammaGammaFit spend;
        QString error; ///< the purchases could not be read or summarised (then nothing was fitted)
    };

    explicit PurchaseModelFit(Workspace &workspace) : m_workspace(workspace) {}

    Result fit(const Request &request) const;

    /// The two fits on a summary (purchaseModelInput(); Gamma-Gamma only when @p spend).
    static void fitSummary(const analytics::PurchaseSummary &summary, double daysPerUnit, double minorUnitsPerSpendUnit,
                           bool spend, Result *result);

private:
    Workspace &m_workspace;
};

} // namespace kehu
