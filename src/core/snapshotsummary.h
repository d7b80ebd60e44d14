#pragma once

#include "bgnbdmodel.h"
#include "customercounts.h"
#include "money.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace kehu {

struct ClassificationPolicy;
struct ClassificationResult;

/// The totals a classification run stores with its snapshot (the `summary` column, JSON), so
/// that the dashboard, reports and kehu-cli need not read every row again. This is the only
/// place the JSON keys are named: the runner writes through of() and toJson(), every reader
/// gets the typed fields through fromJson().
///
/// fromJson() reads every version written so far. A key that is missing (an older snapshot,
/// or `{}`) leaves its field's default: no segments, empty series, a historical CLV, and
/// BG/NBD as the purchase model (snapshots from before the choice existed were BG/NBD).
/// Money in minor units; period starts are the first days of calendar months or quarters.
struct SnapshotSummary
{
    /// Customers, orders and revenue of one RFM segment (the policy's rule key, or "others").
    struct SegmentTotal
    {
        QString key;
        qint64 customers = 0;
        qint64 orders = 0;
        MinorUnits revenue = 0;
    };

    /// The purchase model's fit (BG/NBD or MBG/NBD), rates per time unit of `timeUnitDays`.
    struct PurchaseFit
    {
        double r = 0.0;
        double alpha = 0.0;
        double a = 0.0;
        double b = 0.0;
        double logLikelihood = 0.0;
        qint64 customers = 0; ///< customers the fit used; 0 in snapshots that did not store it
    };

    /// The Gamma-Gamma spend model's fit.
    struct SpendFit
    {
        double p = 0.0;
        double q = 0.0;
        double gamma = 0.0;
        double logLikelihood = 0.0;
    };

    /// The models of the run and the policy choices they echo.
    struct Models
    {
        bool predictiveClv = false; ///< CLV from the fitted models; historical value otherwise
        double timeUnitDays = 7.0;  ///< the model's time unit, in days
        analytics::PurchaseModel purchaseModel = analytics::PurchaseModel::BgNbd;
        std::optional<PurchaseFit> purchaseFit; ///< empty when the fit failed
        QString purchaseFitError;               ///< why, when it failed
        std::optional<SpendFit> gammaGamma;     ///< empty when not fitted
        QString gammaGammaError;                ///< why, when its fit failed
    };

    /// Customer counts per calendar period, the whole book (index = period).
    struct Counts
    {
        analytics::CalendarPeriod period = analytics::CalendarPeriod::Month;
        QList<QDate> periodStart;
        QList<qint64> acquiredToDate;
        QList<qint64> newCustomers;
        QList<qint64> active;
        QList<qint64> returning;
        QList<qint64> churned;
        QList<qint64> wonBack;
        QList<double> repeatRate; ///< 0..1
    };

    /// The purchase model's forecast for the periods after the snapshot's; empty without one.
    struct Forecast
    {
        QList<QDate> periodStart;
        QList<double> expectedPurchases;
        QList<double> expectedActive;
    };

    qint64 customers = 0;
    qint64 customersWithPurchases = 0;
    MinorUnits revenue = 0;       ///< revenue to date of every customer
    QList<SegmentTotal> segments; ///< in the policy's rule order, "others" last
    Models models;
    Counts counts;
    Forecast forecast;

    /// The summary of a run, as the runner stores it.
    static SnapshotSummary of(const ClassificationResult &result, const ClassificationPolicy &policy);
    /// Reads a stored summary; unknown keys are ignored, missing ones keep their defaults, and
    /// text that is not a JSON object gives a default summary.
    static SnapshotSummary fromJson(const QByteArray &json);
    /// Compact JSON, as stored.
    QByteArray toJson() const;
};

} // namespace kehu
