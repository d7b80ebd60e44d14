#include "clv.h"

#include <cmath>

#include "collapsedrows.h"

namespace kehu::analytics {

namespace {

/// Evaluates f(x, t_x, T) (model units) once per distinct row and scatters to customers.
template<typename F>
std::vector<double> perCustomer(const BgNbdData &data, F f)
{
    const size_t n = data.x.size();
    std::vector<double> out(n, 0.0);
    detail::CollapsedRows rows;
    std::string error;
    if (!detail::collapse(data, rows, error))
        return out;
    std::vector<double> zeroValue(rows.times.size(), std::nan(""));
    std::vector<double> rowValue(rows.rowW.size());
    for (size_t i = 0; i < rows.zeroT.size(); ++i)
        zeroValue[rows.zeroT[i]] = f(0.0, 0.0, rows.times[rows.zeroT[i]]);
    for (size_t i = 0; i < rows.rowW.size(); ++i)
        rowValue[i] = f(rows.xs[rows.rowX[i]], rows.times[rows.rowTx[i]], rows.times[rows.rowT[i]]);
    for (size_t c = 0; c < n; ++c) {
        if (data.tDays[c] < 0)
            continue;
        bool zero = false;
        const size_t r = rows.rowOf(data.x[c], data.txDays[c], data.tDays[c], zero);
        out[c] = zero ? zeroValue[r] : rowValue[r];
    }
    return out;
}

} // namespace

std::vector<double> customerLifetimeValue(const BgNbdParams &params, const BgNbdData &data,
                                          std::span<const double> expectedSpend, const ClvOptions &options)
{
    // Discounted expected purchases over the horizon, per distinct row; CLV = that * spend.
    std::vector<double> out = perCustomer(data, [&](double x, double tx, double t) {
        double total = 0.0;
        double previous = 0.0;
        for (int m = 1; m <= options.months; ++m) {
            const double e = bgNbdExpectedPurchases(params, m * options.unitsPerMonth, x, tx, t);
            total += (e - previous) / std::pow(1.0 + options.monthlyDiscountRate, m);
            previous = e;
        }
        return total;
    });
    for (size_t c = 0; c < out.size(); ++c)
        out[c] = c < expectedSpend.size() ? out[c] * expectedSpend[c] : 0.0;
    return out;
}

BgNbdPredictions predictBgNbd(const BgNbdParams &params, const BgNbdData &data, double horizon)
{
    BgNbdPredictions p;
    p.probabilityAlive = perCustomer(
        data, [&](double x, double tx, double t) { return bgNbdProbabilityAlive(params, x, tx, t); });
    p.expectedPurchases = perCustomer(
        data, [&](double x, double tx, double t) { return bgNbdExpectedPurchases(params, horizon, x, tx, t); });
    return p;
}

} // namespace kehu::analytics
