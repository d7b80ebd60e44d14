#include "bgnbdmodel.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <thread>

#include <nlopt.h>

#include "collapsedrows.h"
#include "purchasesummary.h"
#include "specialfunctions.h"

namespace kehu::analytics {

using detail::CollapsedRows;

BgNbdColumns bgNbdColumns(const PurchaseSummary &summary)
{
    BgNbdColumns c;
    const size_t n = summary.size();
    c.x.resize(n);
    c.txDays.resize(n);
    c.tDays.resize(n);
    for (size_t i = 0; i < n; ++i) {
        if (!summary.hasPurchase(i)) {
            c.x[i] = 0;
            c.txDays[i] = 0;
            c.tDays[i] = -1;
            continue;
        }
        c.x[i] = summary.repeatPurchases(i);
        c.txDays[i] = summary.lastDay[i] - summary.firstDay[i];
        c.tDays[i] = summary.endDay - summary.firstDay[i];
    }
    return c;
}

namespace {

constexpr double kLogBound = 18.0; // parameters live in [e^-18, e^18]

/// Offset of x in the dropout (Beta) terms: MBG/NBD lets a customer drop out at the first
/// purchase too, which is BG/NBD with one more chance to drop out per customer.
double dropoutShift(PurchaseModel model)
{
    return model == PurchaseModel::MbgNbd ? 1.0 : 0.0;
}

/// Log-likelihood of the collapsed rows and its gradient in natural parameters. Everything
/// that depends only on x or only on a time value is hoisted out of the row loop, which
/// then costs one exp and one log1p per distinct (x, t_x, T).
class Likelihood
{
public:
    Likelihood(const CollapsedRows &rows, PurchaseModel model, int threads)
        : m_rows(rows), m_shift(dropoutShift(model)),
          m_threads(rows.rowW.size() >= 40000 ? std::clamp(threads, 1, 8) : 1)
    {
        m_totalWeight = 0.0;
        for (double w : rows.zeroW)
            m_totalWeight += w;
        for (double w : rows.rowW)
            m_totalWeight += w;
    }

    double totalWeight() const { return m_totalWeight; }

    double evaluate(const BgNbdParams &p, std::array<double, 4> &grad)
    {
        const auto &rows = m_rows;
        const size_t nt = rows.times.size();
        m_logAT.resize(nt);
        m_invAT.resize(nt);
        for (size_t k = 0; k < nt; ++k) {
            m_logAT[k] = std::log(p.alpha + rows.times[k]);
            m_invAT[k] = 1.0 / (p.alpha + rows.times[k]);
        }
        const size_t nx = rows.xs.size();
        m_x.resize(nx);
        const Constants c{std::lgamma(p.r), std::lgamma(p.b), std::lgamma(p.a + p.b),
                          digamma(p.r),     digamma(p.b),     digamma(p.a + p.b)};
        for (size_t j = 0; j < nx; ++j)
            m_x[j] = xTerms(p, c, rows.xs[j]);
        const double lnAlpha = std::log(p.alpha);

        Partial zero;
        if (m_shift == 0.0) {
            // BG/NBD, x = 0: LL = r ln alpha - r ln(alpha + T) (no dropout branch)
            for (size_t i = 0; i < rows.zeroT.size(); ++i) {
                const double w = rows.zeroW[i];
                const uint32_t t = rows.zeroT[i];
                zero.ll -= w * p.r * m_logAT[t];
                zero.gr -= w * m_logAT[t];
                zero.gal -= w * p.r * m_invAT[t];
            }
        } else {
            // MBG/NBD, x = 0: a repeat row with t_x = 0, so ln(alpha + t_x) = ln alpha.
            const XTerms x0 = xTerms(p, c, 0);
            for (size_t i = 0; i < rows.zeroT.size(); ++i) {
                const uint32_t t = rows.zeroT[i];
                addRow(zero, rows.zeroW[i], x0, p, p.r, m_logAT[t], lnAlpha, m_invAT[t], 1.0 / p.alpha);
            }
        }

        std::array<Partial, 8> parts{};
        const size_t nr = rows.rowW.size();
        if (m_threads == 1) {
            parts[0] = repeatRows(p, 0, nr);
        } else {
            std::vector<std::thread> pool;
            const size_t chunk = (nr + size_t(m_threads) - 1) / size_t(m_threads);
            for (int k = 1; k < m_threads; ++k) {
                const size_t lo = std::min(nr, size_t(k) * chunk);
                const size_t hi = std::min(nr, lo + chunk);
                pool.emplace_back([this, &p, &parts, k, lo, hi] { parts[size_t(k)] = repeatRows(p, lo, hi); });
            }
            parts[0] = repeatRows(p, 0, std::min(nr, chunk));
            for (auto &t : pool)
                t.join();
        }
        double ll = zero.ll, gr = zero.gr, gal = zero.gal, ga = zero.ga, gb = zero.gb;
        for (const Partial &q : parts) {
            ll += q.ll;
            gr += q.gr;
            gal += q.gal;
            ga += q.ga;
            gb += q.gb;
        }
        // The r ln alpha term is common to every customer.
        ll += m_totalWeight * p.r * lnAlpha;
        gr += m_totalWeight * lnAlpha;
        gal += m_totalWeight * p.r / p.alpha;
        grad = {gr, gal, ga, gb};
        return ll;
    }

private:
    struct Partial
    {
        double ll = 0, gr = 0, gal = 0, ga = 0, gb = 0;
    };

    /// Gamma and digamma values of the parameters alone.
    struct Constants
    {
        double lgR, lgB, lgAB, psiR, psiB, psiAB;
    };

    /// The terms of one distinct x, with x' = x + shift in the dropout terms.
    struct XTerms
    {
        double xTerm; ///< ln Gamma(r+x)/Gamma(r) + ln B(a, b+x')/B(a, b)
        double dr, da, db;
        double logRatio; ///< ln(a / (b + x' - 1))
        double invB;     ///< 1 / (b + x' - 1)
    };

    XTerms xTerms(const BgNbdParams &p, const Constants &c, int32_t count) const
    {
        const double x = count;
        const double xb = x + m_shift;
        const double psiABx = digamma(p.a + p.b + xb);
        return {std::lgamma(p.r + x) - c.lgR + c.lgAB + std::lgamma(p.b + xb) - c.lgB - std::lgamma(p.a + p.b + xb),
                digamma(p.r + x) - c.psiR,
                c.psiAB - psiABx,
                c.psiAB + digamma(p.b + xb) - c.psiB - psiABx,
                std::log(p.a) - std::log(p.b + xb - 1.0),
                1.0 / (p.b + xb - 1.0)};
    }

    // LL = xTerm - (r+x) ln(alpha+T) + ln(1 + e^D),
    // D = ln(a/(b+x'-1)) + (r+x) (ln(alpha+T) - ln(alpha+t_x)); s = e^D / (1 + e^D) is the
    // share of the "dropped out after the last purchase" branch of the likelihood.
    static void addRow(Partial &q, double w, const XTerms &k, const BgNbdParams &p, double rx, double lt, double ltx,
                       double invT, double invTx)
    {
        const double d = k.logRatio + rx * (lt - ltx);
        const double e = std::exp(-std::fabs(d));
        const double softplus = std::max(d, 0.0) + std::log1p(e);
        const double s = d > 0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
        q.ll += w * (k.xTerm - rx * lt + softplus);
        q.gr += w * (k.dr - (1.0 - s) * lt - s * ltx);
        q.gal -= w * rx * ((1.0 - s) * invT + s * invTx);
        q.ga += w * (k.da + s / p.a);
        q.gb += w * (k.db - s * k.invB);
    }

    // The x > 0 rows.
    Partial repeatRows(const BgNbdParams &p, size_t lo, size_t hi) const
    {
        const auto &rows = m_rows;
        Partial q;
        for (size_t i = lo; i < hi; ++i) {
            const uint32_t j = rows.rowX[i];
            const uint32_t t = rows.rowT[i];
            const uint32_t tx = rows.rowTx[i];
            addRow(q, rows.rowW[i], m_x[j], p, p.r + rows.xs[j], m_logAT[t], m_logAT[tx], m_invAT[t], m_invAT[tx]);
        }
        return q;
    }

    const CollapsedRows &m_rows;
    double m_shift;
    int m_threads;
    double m_totalWeight = 0.0;
    std::vector<double> m_logAT, m_invAT;
    std::vector<XTerms> m_x;
};

BgNbdParams fromLog(const double *y, PurchaseModel model)
{
    return {std::exp(y[0]), std::exp(y[1]), std::exp(y[2]), std::exp(y[3]), model};
}

struct Objective
{
    Likelihood *likelihood;
    PurchaseModel model;
    int evaluations = 0;
};

// NLopt minimises; we minimise -LL / N so that the tolerances do not depend on N.
double objective(unsigned n, const double *y, double *grad, void *data)
{
    auto *obj = static_cast<Objective *>(data);
    ++obj->evaluations;
    const BgNbdParams p = fromLog(y, obj->model);
    std::array<double, 4> g{};
    const double ll = obj->likelihood->evaluate(p, g);
    const double scale = 1.0 / obj->likelihood->totalWeight();
    if (grad) {
        const double theta[4] = {p.r, p.alpha, p.a, p.b};
        for (unsigned i = 0; i < n; ++i)
            grad[i] = -g[i] * theta[i] * scale; // chain rule for the log transform
    }
    return std::isfinite(ll) ? -ll * scale : HUGE_VAL;
}

// Inverse of a symmetric 4x4 matrix by Gauss-Jordan with partial pivoting; false if singular.
bool invert4(std::array<std::array<double, 4>, 4> m, std::array<std::array<double, 4>, 4> &inv)
{
    for (int i = 0; i < 4; ++i)
        for (int j = 0; j < 4; ++j)
            inv[i][j] = i == j ? 1.0 : 0.0;
    for (int c = 0; c < 4; ++c) {
        int piv = c;
        for (int r = c + 1; r < 4; ++r)
            if (std::fabs(m[r][c]) > std::fabs(m[piv][c]))
                piv = r;
        if (m[piv][c] == 0.0)
            return false;
        std::swap(m[c], m[piv]);
        std::swap(inv[c], inv[piv]);
        const double d = m[c][c];
        for (int j = 0; j < 4; ++j) {
            m[c][j] /= d;
            inv[c][j] /= d;
        }
        for (int r = 0; r < 4; ++r) {
            if (r == c)
                continue;
            const double f = m[r][c];
            for (int j = 0; j < 4; ++j) {
                m[r][j] -= f * m[c][j];
                inv[r][j] -= f * inv[c][j];
            }
        }
    }
    return true;
}

BgNbdParams standardErrors(Likelihood &lik, const BgNbdParams &p)
{
    // Central differences of the analytic gradient, step relative to each parameter.
    std::array<std::array<double, 4>, 4> h{};
    const double theta[4] = {p.r, p.alpha, p.a, p.b};
    for (int j = 0; j < 4; ++j) {
        const double step = 1e-5 * theta[j];
        double plus[4] = {theta[0], theta[1], theta[2], theta[3]};
        double minus[4] = {theta[0], theta[1], theta[2], theta[3]};
        plus[j] += step;
        minus[j] -= step;
        std::array<double, 4> gp{}, gm{};
        lik.evaluate({plus[0], plus[1], plus[2], plus[3]}, gp);
        lik.evaluate({minus[0], minus[1], minus[2], minus[3]}, gm);
        for (int i = 0; i < 4; ++i)
            h[i][j] = -(gp[i] - gm[i]) / (2.0 * step); // negative Hessian = observed information
    }
    for (int i = 0; i < 4; ++i)
        for (int j = i + 1; j < 4; ++j)
            h[i][j] = h[j][i] = 0.5 * (h[i][j] + h[j][i]);
    std::array<std::array<double, 4>, 4> cov{};
    const double nan = std::nan("");
    if (!invert4(h, cov))
        return {nan, nan, nan, nan};
    auto se = [&](int i) { return cov[i][i] > 0 ? std::sqrt(cov[i][i]) : nan; };
    return {se(0), se(1), se(2), se(3)};
}

/// Whether the collapsed data can identify the model; if not, sets fit's error and message.
bool enoughData(const CollapsedRows &rows, const FitOptions &options, BgNbdFit &fit)
{
    if (rows.customers < options.minCustomers) {
        fit.error = FitError::TooFewCustomers;
        fit.message = "only " + std::to_string(rows.customers) + " customers with purchases (need "
                      + std::to_string(options.minCustomers) + ")";
        return false;
    }
    if (rows.maxT == 0) {
        fit.error = FitError::NoTimeSpread;
        fit.message = "every customer first bought on the calibration end day";
        return false;
    }
    if (rows.repeatBuyers < std::max<size_t>(options.minRepeatBuyers, 1)) {
        fit.error = FitError::TooFewRepeatBuyers;
        fit.message = "only " + std::to_string(rows.repeatBuyers) + " repeat buyers (need "
                      + std::to_string(options.minRepeatBuyers) + ")";
        return false;
    }
    return true;
}

/// The starting alpha: total observed time over total repeat purchases (model units).
double startAlpha(const CollapsedRows &rows)
{
    double sumX = 0.0, sumT = 0.0;
    for (size_t i = 0; i < rows.rowW.size(); ++i)
        sumX += rows.rowW[i] * rows.xs[rows.rowX[i]];
    for (size_t i = 0; i < rows.rowW.size(); ++i)
        sumT += rows.rowW[i] * rows.times[rows.rowT[i]];
    for (size_t i = 0; i < rows.zeroW.size(); ++i)
        sumT += rows.zeroW[i] * rows.times[rows.zeroT[i]];
    return std::clamp(sumT / std::max(sumX, 1.0), 1e-3, 1e6);
}

struct Tolerances
{
    double ftolRel;
    double xtolRel;
    int maxEvaluations;
};

/// Minimises the objective over the four log parameters (within +-kLogBound) from y, which
/// receives the best point; *minf its value.
nlopt_result minimise(nlopt_algorithm algorithm, Objective &obj, double y[4], double *minf, Tolerances tolerances)
{
    nlopt_opt opt = nlopt_create(algorithm, 4);
    double lower[4], upper[4];
    std::fill(lower, lower + 4, -kLogBound);
    std::fill(upper, upper + 4, kLogBound);
    nlopt_set_lower_bounds(opt, lower);
    nlopt_set_upper_bounds(opt, upper);
    nlopt_set_min_objective(opt, objective, &obj);
    nlopt_set_ftol_rel(opt, tolerances.ftolRel);
    nlopt_set_xtol_rel(opt, tolerances.xtolRel);
    nlopt_set_maxeval(opt, tolerances.maxEvaluations);
    const nlopt_result result = nlopt_optimize(opt, y, minf);
    nlopt_destroy(opt);
    return result;
}

} // namespace

double bgNbdLogLikelihood(const BgNbdParams &params, const BgNbdData &data, std::array<double, 4> *gradient)
{
    CollapsedRows rows;
    std::string error;
    if (!detail::collapse(data, rows, error))
        return std::nan("");
    Likelihood lik(rows, params.model, 1);
    std::array<double, 4> g{};
    const double ll = lik.evaluate(params, g);
    if (gradient)
        *gradient = g;
    return ll;
}

BgNbdFit fitBgNbd(const BgNbdData &data, const FitOptions &options)
{
    return fitPurchaseModel(PurchaseModel::BgNbd, data, options);
}

BgNbdFit fitPurchaseModel(PurchaseModel model, const BgNbdData &data, const FitOptions &options)
{
    BgNbdFit fit;
    fit.params.model = model;
    fit.standardErrors.model = model;
    CollapsedRows rows;
    if (!detail::collapse(data, rows, fit.message)) {
        fit.error = FitError::InvalidInput;
        return fit;
    }
    fit.customers = rows.customers;
    fit.uniqueRows = rows.zeroW.size() + rows.rowW.size();
    if (!enoughData(rows, options, fit))
        return fit;

    Likelihood lik(rows, model, options.threads);
    // Start at r = 1, a = b = 1 with alpha matching the observed mean purchase rate, so the
    // same start works for days and weeks.
    double y[4] = {0.0, std::log(startAlpha(rows)), 0.0, 0.0};
    const double start[4] = {y[0], y[1], y[2], y[3]};

    Objective obj{&lik, model};
    double minf = 0.0;
    nlopt_result res = minimise(NLOPT_LD_LBFGS, obj, y, &minf, {1e-13, 1e-9, 2000});

    // L-BFGS gives up (NLOPT_FAILURE) when its line search meets a gradient that rounding has
    // made inconsistent, which happens on large, flat likelihoods. BOBYQA, which needs no
    // gradient, then finishes from the best point L-BFGS reached.
    const auto failed = [](nlopt_result r, double f) {
        // ROUNDOFF_LIMITED means "cannot improve further in double precision", which at the
        // tolerances used is a converged fit as long as the value is finite.
        return (r < 0 && r != NLOPT_ROUNDOFF_LIMITED) || !std::isfinite(f);
    };
    if (failed(res, minf)) {
        if (!std::all_of(std::begin(y), std::end(y), [](double v) { return std::isfinite(v); }))
            std::copy(std::begin(start), std::end(start), std::begin(y));
        res = minimise(NLOPT_LN_BOBYQA, obj, y, &minf, {1e-12, 1e-8, 4000});
    }
    fit.evaluations = obj.evaluations;
    if (failed(res, minf)) {
        fit.error = FitError::NotConverged;
        fit.message = "NLopt L-BFGS and BOBYQA failed with code " + std::to_string(static_cast<int>(res));
        return fit;
    }
    if (fit.refuseAtBound(y, kLogBound))
        return fit;
    fit.params = fromLog(y, model);
    fit.logLikelihood = -minf * lik.totalWeight();
    fit.standardErrors = standardErrors(lik, fit.params);
    fit.standardErrors.model = model;
    return fit;
}

double bgNbdProbabilityAlive(const BgNbdParams &p, double x, double tx, double t)
{
    const double xb = x + dropoutShift(p.model);
    if (xb <= 0)
        return 1.0;
    const double odds = p.a / (p.b + xb - 1.0) * std::exp((p.r + x) * std::log((p.alpha + t) / (p.alpha + tx)));
    return 1.0 / (1.0 + odds);
}

double bgNbdExpectedPurchases(const BgNbdParams &p, double horizon, double x, double tx, double t)
{
    if (horizon <= 0)
        return 0.0;
    const double xb = x + dropoutShift(p.model);
    const double rx = p.r + x;
    const double at = p.alpha + t;
    const double z = horizon / (at + horizon);
    const double lead = (p.a + p.b + xb - 1.0) / (p.a - 1.0);
    const double bracket = 1.0
                           - std::exp(rx * std::log(at / (at + horizon)))
                                 * hyp2f1(rx, p.b + xb, p.a + p.b + xb - 1.0, z);
    double denom = 1.0;
    if (xb > 0)
        denom += p.a / (p.b + xb - 1.0) * std::exp(rx * std::log(at / (p.alpha + tx)));
    return lead * bracket / denom;
}

double bgNbdUnconditionalExpected(const BgNbdParams &p, double t)
{
    if (t <= 0)
        return 0.0;
    // BG/NBD: (a+b-1)/(a-1) [1 - (alpha/(alpha+t))^r 2F1(r, b; a+b-1; z)]; MBG/NBD has b/(a-1)
    // in front (a new customer may already have dropped out) and b+1, a+b in 2F1.
    const double shift = dropoutShift(p.model);
    const double lead = (shift > 0 ? p.b : p.a + p.b - 1.0) / (p.a - 1.0);
    const double z = t / (p.alpha + t);
    return lead * (1.0 - std::pow(p.alpha / (p.alpha + t), p.r) * hyp2f1(p.r, p.b + shift, p.a + p.b - 1.0 + shift, z));
}

} // namespace kehu::analytics
