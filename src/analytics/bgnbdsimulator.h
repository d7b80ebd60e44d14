#pragma once

#include "bgnbdmodel.h"

#include <cstdint>

namespace kehu::analytics {

/// Synthetic BG/NBD customers for property tests, benchmarks and demo data. Each customer
/// first buys at a uniform time of day 0 and is observed for T whole days, T uniform in [minTDays, maxTDays];
/// purchases follow a Poisson process with rate lambda ~ Gamma(r, alpha) per day, and after
/// each repeat purchase (under MBG/NBD, perDay.model, also right after the first one) the
/// customer drops out with probability p ~ Beta(a, b). Purchase
/// times are rounded down to whole days and same-day purchases merge, as in real data, so
/// x = distinct purchase days - 1 (params are per day: alpha in days).
/// Deterministic for a given seed with a given standard library (std::mt19937_64 and the
/// library's gamma distribution).
struct BgNbdSimulation
{
    BgNbdColumns columns;
    int64_t purchaseDays = 0; ///< total distinct purchase days, first ones included
};

BgNbdSimulation simulateBgNbd(const BgNbdParams &perDay, size_t customers, int32_t minTDays, int32_t maxTDays,
                              uint64_t seed);

} // namespace kehu::analytics
