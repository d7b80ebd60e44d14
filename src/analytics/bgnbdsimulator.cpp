#include "bgnbdsimulator.h"

#include <cmath>
#include <random>

namespace kehu::analytics {

BgNbdSimulation simulateBgNbd(const BgNbdParams &p, size_t customers, int32_t minTDays, int32_t maxTDays, uint64_t seed)
{
    BgNbdSimulation sim;
    std::mt19937_64 rng(seed);
    std::gamma_distribution<double> lambdaDist(p.r, 1.0 / p.alpha);
    std::gamma_distribution<double> betaA(p.a, 1.0);
    std::gamma_distribution<double> betaB(p.b, 1.0);
    std::uniform_int_distribution<int32_t> tDist(minTDays, maxTDays);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    auto &c = sim.columns;
    c.x.resize(customers);
    c.txDays.resize(customers);
    c.tDays.resize(customers);
    for (size_t i = 0; i < customers; ++i) {
        const double lambda = lambdaDist(rng);
        const double ga = betaA(rng);
        const double dropout = ga / (ga + betaB(rng));
        const int32_t tDays = tDist(rng);
        int32_t x = 0;
        int32_t lastDay = 0;
        // Real first purchases happen at some time of day 0, and a purchase's day is the floor
        // of its time; starting at a uniform time of day mimics that.
        double t = unit(rng);
        // MBG/NBD: the first purchase is a chance to drop out too. (No draw for BG/NBD, so
        // its sequences stay as they were.)
        const bool goneAtFirst = p.model == PurchaseModel::MbgNbd && unit(rng) < dropout;
        if (lambda > 0 && !goneAtFirst) {
            std::exponential_distribution<double> gap(lambda);
            while (true) {
                t += gap(rng);
                if (t >= tDays + 1.0)
                    break; // day index floor(t) would pass the end day
                const auto day = static_cast<int32_t>(std::floor(t));
                if (day != lastDay) {
                    ++x;
                    lastDay = day;
                }
                if (unit(rng) < dropout)
                    break;
            }
        }
        c.x[i] = x;
        c.txDays[i] = lastDay;
        c.tDays[i] = tDays;
        sim.purchaseDays += x + 1;
    }
    return sim;
}

} // namespace kehu::analytics
