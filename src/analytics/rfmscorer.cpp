#include "rfmscorer.h"

#include <algorithm>

#include "purchasesummary.h"
#include "quantile.h"

namespace kehu::analytics {

std::vector<double> rfmBreaks(std::span<const double> values, const RfmBinSpec &spec)
{
    if (!spec.cutPoints.empty()) {
        std::vector<double> cuts = spec.cutPoints;
        std::sort(cuts.begin(), cuts.end());
        return cuts;
    }
    const int bins = std::max(spec.bins, 1);
    std::vector<double> probs;
    // R builds seq(0, 1, length.out = bins + 1) as i * (1 / bins); rebuilding it the same
    // way reproduces its rounding (0.6000000000000001 for 3/5).
    const double by = 1.0 / bins;
    for (int i = 1; i < bins; ++i)
        probs.push_back(i * by);
    std::vector<double> breaks = quantilesType7(values, probs);
    for (double &b : breaks)
        b += spec.breakOffset;
    return breaks;
}

uint8_t rfmScoreOf(double value, std::span<const double> breaks, bool reversed)
{
    const auto below = std::upper_bound(breaks.begin(), breaks.end(), value) - breaks.begin();
    const auto score = 1 + below;
    const auto bins = static_cast<long>(breaks.size()) + 1;
    return static_cast<uint8_t>(reversed ? bins + 1 - score : score);
}

RfmScores scoreRfm(const PurchaseSummary &summary, const RfmOptions &options)
{
    const size_t n = summary.size();
    RfmScores out;
    out.recencyDays.assign(n, 0);
    out.frequency.assign(n, 0.0);
    out.monetary.assign(n, 0.0);
    out.r.assign(n, 0);
    out.f.assign(n, 0);
    out.m.assign(n, 0);

    std::vector<double> rv, fv, mv;
    rv.reserve(n);
    fv.reserve(n);
    mv.reserve(n);
    for (size_t c = 0; c < n; ++c) {
        if (!summary.hasPurchase(c))
            continue;
        const double count = options.frequencyMeasure == FrequencyMeasure::Orders ? summary.orders[c]
                                                                                  : summary.purchaseDays[c];
        const auto revenue = static_cast<double>(summary.revenue[c]);
        out.recencyDays[c] = options.asOfDay - summary.lastDay[c];
        out.frequency[c] = count;
        out.monetary[c] = options.monetaryMeasure == MonetaryMeasure::Total ? revenue : revenue / count;
        rv.push_back(out.recencyDays[c]);
        fv.push_back(out.frequency[c]);
        mv.push_back(out.monetary[c]);
    }
    out.recencyBreaks = rfmBreaks(rv, options.recency);
    out.frequencyBreaks = rfmBreaks(fv, options.frequency);
    out.monetaryBreaks = rfmBreaks(mv, options.monetary);

    for (size_t c = 0; c < n; ++c) {
        if (!summary.hasPurchase(c))
            continue;
        out.r[c] = rfmScoreOf(out.recencyDays[c], out.recencyBreaks, true);
        out.f[c] = rfmScoreOf(out.frequency[c], out.frequencyBreaks, false);
        out.m[c] = rfmScoreOf(out.monetary[c], out.monetaryBreaks, false);
    }
    return out;
}

} // namespace kehu::analytics
