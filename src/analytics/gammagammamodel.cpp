#include "gammagammamodel.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <vector>

#include <nlopt.h>

#include "specialfunctions.h"

namespace kehu::analytics {

namespace {

constexpr double kLogBound = 25.0;

/// Used customers, with the per-customer constants of the likelihood precomputed.
struct Prepared
{
    std::vector<int32_t> xs;                       // distinct x
    std::vector<uint32_t> xIndex;                  // per customer
    std::vector<double> x, mx, constTerm, lnRatio; // x, m*x, and x-only log terms
    double n = 0;
};

Prepared prepare(const GammaGammaData &data)
{
    Prepared pr;
    std::map<int32_t, uint32_t> xmap;
    for (size_t i = 0; i < data.x.size(); ++i) {
        if (data.x[i] > 0 && data.meanValue[i] > 0)
            xmap.emplace(data.x[i], 0);
    }
    for (auto &[x, idx] : xmap) {
        idx = static_cast<uint32_t>(pr.xs.size());
        pr.xs.push_back(x);
    }
    for (size_t i = 0; i < data.x.size(); ++i) {
        const double x = data.x[i];
        const double m = data.meanValue[i];
        if (!(x > 0 && m > 0))
            continue;
        pr.xIndex.push_back(xmap[data.x[i]]);
        pr.x.push_back(x);
        pr.mx.push_back(m * x);
        // (p x - 1) ln m + p x ln x = p x ln(m x) - ln m: keep ln(m x) and ln m.
        pr.lnRatio.push_back(std::log(m * x));
        pr.constTerm.push_back(-std::log(m));
    }
    pr.n = static_cast<double>(pr.x.size());
    return pr;
}

double evaluate(const Prepared &pr, const GammaGammaParams &g, std::array<double, 3> *grad)
{
    const size_t nx = pr.xs.size();
    std::vector<double> lg(nx), dpx(nx), dq(nx);
    const double lgq = std::lgamma(g.q);
    const double psiq = digamma(g.q);
    for (size_t j = 0; j < nx; ++j) {
        const double px = g.p * pr.xs[j];
        lg[j] = std::lgamma(px + g.q) - std::lgamma(px) - lgq;
        const double psiPxQ = digamma(px + g.q);
        dpx[j] = pr.xs[j] * (psiPxQ - digamma(px));
        dq[j] = psiPxQ - psiq;
    }
    const double lnGamma = std::log(g.gamma);
    double ll = 0, gp = 0, gq = 0, gg = 0;
    for (size_t i = 0; i < pr.x.size(); ++i) {
        const uint32_t j = pr.xIndex[i];
        const double px = g.p * pr.x[i];
        const double lden = std::log(g.gamma + pr.mx[i]);
        ll += lg[j] + g.q * lnGamma + px * pr.lnRatio[i] + pr.constTerm[i] - (px + g.q) * lden;
        gp += dpx[j] + pr.x[i] * (pr.lnRatio[i] - lden);
        gq += dq[j] + lnGamma - lden;
        gg += g.q / g.gamma - (px + g.q) / (g.gamma + pr.mx[i]);
    }
    if (grad)
        *grad = {gp, gq, gg};
    return ll;
}

struct Objective
{
    const Prepared *pr;
    int evaluations = 0;
};

double objective(unsigned, const double *y, double *grad, void *data)
{
    auto *obj = static_cast<Objective *>(data);
    ++obj->evaluations;
    const GammaGammaParams g{std::exp(y[0]), std::exp(y[1]), std::exp(y[2])};
    std::array<double, 3> gr{};
    const double ll = evaluate(*obj->pr, g, &gr);
    const double scale = 1.0 / obj->pr->n;
    if (grad) {
        grad[0] = -gr[0] * g.p * scale;
        grad[1] = -gr[1] * g.q * scale;
        grad[2] = -gr[2] * g.gamma * scale;
    }
    return std::isfinite(ll) ? -ll * scale : HUGE_VAL;
}

GammaGammaParams standardErrors(const Prepared &pr, const GammaGammaParams &g)
{
    double info[3][3];
    const double theta[3] = {g.p, g.q, g.gamma};
    for (int j = 0; j < 3; ++j) {
        double plus[3] = {theta[0], theta[1], theta[2]};
        double minus[3] = {theta[0], theta[1], theta[2]};
        const double step = 1e-5 * theta[j];
        plus[j] += step;
        minus[j] -= step;
        std::array<double, 3> gp{}, gm{};
        evaluate(pr, {plus[0], plus[1], plus[2]}, &gp);
        evaluate(pr, {minus[0], minus[1], minus[2]}, &gm);
        for (int i = 0; i < 3; ++i)
            info[i][j] = -(gp[i] - gm[i]) / (2 * step);
    }
    for (int i = 0; i < 3; ++i)
        for (int j = i + 1; j < 3; ++j)
            info[i][j] = info[j][i] = 0.5 * (info[i][j] + info[j][i]);
    // Closed-form 3x3 inverse diagonal via cofactors.
    const double det = info[0][0] * (info[1][1] * info[2][2] - info[1][2] * info[2][1])
                       - info[0][1] * (info[1][0] * info[2][2] - info[1][2] * info[2][0])
                       + info[0][2] * (info[1][0] * info[2][1] - info[1][1] * info[2][0]);
    const double c00 = (info[1][1] * info[2][2] - info[1][2] * info[2][1]) / det;
    const double c11 = (info[0][0] * info[2][2] - info[0][2] * info[2][0]) / det;
    const double c22 = (info[0][0] * info[1][1] - info[0][1] * info[1][0]) / det;
    auto se = [](double v) { return v > 0 ? std::sqrt(v) : std::nan(""); };
    return {se(c00), se(c11), se(c22)};
}

} // namespace

double gammaGammaLogLikelihood(const GammaGammaParams &params, const GammaGammaData &data)
{
    if (data.x.size() != data.meanValue.size())
        return std::nan("");
    return evaluate(prepare(data), params, nullptr);
}

GammaGammaFit fitGammaGamma(const GammaGammaData &data, const FitOptions &options)
{
    GammaGammaFit fit;
    if (data.x.size() != data.meanValue.size()) {
        fit.error = FitError::InvalidInput;
        fit.message = "x and meanValue have different lengths";
        return fit;
    }
    const Prepared pr = prepare(data);
    fit.customers = pr.x.size();
    const size_t need = std::max({options.minCustomers, options.minRepeatBuyers, size_t{1}});
    if (pr.x.size() < need) {
        fit.error = FitError::TooFewRepeatBuyers;
        fit.message = "only " + std::to_string(pr.x.size()) + " repeat buyers with a positive mean value (need "
                      + std::to_string(need) + ")";
        return fit;
    }
    // Start at p = q = 1 and gamma = the mean of the means, which puts the start within
    // an order of magnitude of the optimum whatever the currency unit.
    double sum = 0;
    for (size_t i = 0; i < pr.x.size(); ++i)
        sum += pr.mx[i] / pr.x[i];
    double y[3] = {0.0, 0.0, std::log(sum / pr.n)};
    Objective obj{&pr};
    nlopt_opt opt = nlopt_create(NLOPT_LD_LBFGS, 3);
    const double lower[3] = {-kLogBound, -kLogBound, -kLogBound};
    const double upper[3] = {kLogBound, kLogBound, kLogBound};
    nlopt_set_lower_bounds(opt, lower);
    nlopt_set_upper_bounds(opt, upper);
    nlopt_set_min_objective(opt, objective, &obj);
    nlopt_set_ftol_rel(opt, 1e-14);
    nlopt_set_xtol_rel(opt, 1e-10);
    nlopt_set_maxeval(opt, 3000);
    double minf = 0;
    const nlopt_result res = nlopt_optimize(opt, y, &minf);
    nlopt_destroy(opt);
    fit.evaluations = obj.evaluations;
    if ((res < 0 && res != NLOPT_ROUNDOFF_LIMITED) || !std::isfinite(minf)) {
        fit.error = FitError::NotConverged;
        fit.message = "NLopt L-BFGS failed with code " + std::to_string(static_cast<int>(res));
        return fit;
    }
    if (fit.refuseAtBound(y, kLogBound))
        return fit;
    fit.params = {std::exp(y[0]), std::exp(y[1]), std::exp(y[2])};
    fit.logLikelihood = -minf * pr.n;
    fit.standardErrors = standardErrors(pr, fit.params);
    return fit;
}

double gammaGammaExpectedSpend(const GammaGammaParams &g, double x, double meanValue)
{
    if (x <= 0)
        return g.p * g.gamma / (g.q - 1.0);
    return g.p * (g.gamma + x * meanValue) / (g.p * x + g.q - 1.0);
}

} // namespace kehu::analytics
