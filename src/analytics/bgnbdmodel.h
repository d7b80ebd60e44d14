#pragma once

#include "fitstatus.h"

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace kehu::analytics {

struct PurchaseSummary;

/// BG/NBD input per customer (Fader, Hardie & Lee 2005), as whole days, index = customer:
///  - x: repeat purchase days (distinct purchase days - 1) in the calibration period
///  - txDays: last - first purchase day (0 when x = 0)
///  - tDays: calibration end - first purchase day; negative = customer has no purchase and
///    is ignored by the fit
/// daysPerUnit is the model's time unit (1 = days, 7 = weeks): every model time is
/// days / daysPerUnit, so alpha and the prediction horizons are in that unit.
struct BgNbdData
{
    std::span<const int32_t> x;
    std::span<const int32_t> txDays;
    std::span<const int32_t> tDays;
    double daysPerUnit = 1.0;
};

/// Owning columns for BgNbdData, built from a PurchaseSummary (its endDay is the
/// calibration end). tDays is -1 for customers without purchases.
struct BgNbdColumns
{
    std::vector<int32_t> x;
    std::vector<int32_t> txDays;
    std::vector<int32_t> tDays;

    BgNbdData view(double daysPerUnit) const { return {x, txDays, tDays, daysPerUnit}; }
};
BgNbdColumns bgNbdColumns(const PurchaseSummary &summary);

/// The purchase-and-dropout model of the BG/NBD family. Both share the four parameters and
/// the input (x, t_x, T); they differ only in when a customer may drop out:
///  - BgNbd (Fader, Hardie & Lee 2005): after each repeat purchase only, so a customer
///    without one is alive with probability 1 however long ago the first purchase was;
///  - MbgNbd (Batislam, Denizel & Filiztekin 2007, lifetimes' ModifiedBetaGeoFitter): also
///    right after the first purchase, so P(alive) of one-time buyers falls with time.
/// In the formulas, MBG/NBD is BG/NBD with x + 1 in place of x in the dropout (Beta) terms,
/// the x = 0 case included.
enum class PurchaseModel { BgNbd, MbgNbd };

/// Parameters of a BG/NBD-family model: purchase rate lambda ~ Gamma(shape r, rate alpha)
/// per time unit; dropout probability at each chance to drop out p ~ Beta(a, b). All > 0;
/// alpha in time units. `model` says which member of the family they belong to; every
/// prediction below follows it.
struct BgNbdParams
{
    double r = 1.0;
    double alpha = 1.0;
    double a = 1.0;
    double b = 1.0;
    PurchaseModel model = PurchaseModel::BgNbd;
};

/// Result of fitPurchaseModel() (params.model is the model fitted); customers are those with
/// tDays >= 0, and the Hessian comes from central differences of the analytic gradient.
struct BgNbdFit : ModelFit<BgNbdParams>
{
    size_t uniqueRows = 0; ///< distinct (x, t_x, T) after collapsing
};

/// Maximum-likelihood fit. Identical (x, t_x, T) rows are collapsed into weights, logs are
/// computed once per distinct time and gamma/digamma terms once per distinct x; the
/// optimizer is NLopt's L-BFGS over log-parameters (smooth, unconstrained after the log
/// transform, 4 parameters and a cheap exact gradient: it converges in a few dozen
/// evaluations, fewer than derivative-free methods need by an order of magnitude).
/// The same fit for either model (BG/NBD or MBG/NBD): one likelihood, one optimizer.
BgNbdFit fitPurchaseModel(PurchaseModel model, const BgNbdData &data, const FitOptions &options = {});
/// fitPurchaseModel(PurchaseModel::BgNbd, ...).
BgNbdFit fitBgNbd(const BgNbdData &data, const FitOptions &options = {});

/// Total log-likelihood of @p data at @p params under params.model (same collapsing as the
/// fit); with @p gradient non-null also d LL / d(r, alpha, a, b).
double bgNbdLogLikelihood(const BgNbdParams &params, const BgNbdData &data, std::array<double, 4> *gradient = nullptr);

/// P(alive) at the end of calibration for one customer; times in model units. Under BG/NBD
/// 1 for x = 0 (a customer can only drop out right after a repeat purchase); under MBG/NBD
/// 1 / (1 + a/(b+x) ((alpha+T)/(alpha+t_x))^(r+x)) for every x, b/(a+b) for a new customer.
double bgNbdProbabilityAlive(const BgNbdParams &params, double x, double tx, double t);

/// Expected purchases in (T, T + horizon] given (x, t_x, T), FHL 2005 eq. (10) (for MBG/NBD
/// with x + 1 in the Beta terms, Batislam et al. 2007); model units.
double bgNbdExpectedPurchases(const BgNbdParams &params, double horizon, double x, double tx, double t);

/// Expected purchases in (0, t] of a new customer (unconditional), FHL 2005 eq. (9); for
/// MBG/NBD b/(a-1) [1 - (alpha/(alpha+t))^r 2F1(r, b+1; a+b; t/(alpha+t))].
double bgNbdUnconditionalExpected(const BgNbdParams &params, double t);

} // namespace kehu::analytics
