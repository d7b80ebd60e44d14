// Benchmarks of kehu_analytics at the design scale (1M customers, 10M purchases).
// Run: kehu_analytics_bench [--benchmark_filter=...]. Not a test: nothing here asserts.

#include "bgnbdmodel.h"
#include "bgnbdsimulator.h"
#include "clv.h"
#include "purchasesummary.h"
#include "rfmscorer.h"

#include <benchmark/benchmark.h>

#include <random>

using namespace kehu::analytics;

namespace {

// CDNOW's published fit, with alpha converted from weeks to days; customers observed for
// 182..272 days like CDNOW's Q1 cohort at 1997-09-30.
const BgNbdParams kCdnowPerDay{0.2425945, 4.4136020 * 7.0, 0.7929221, 2.4259071};

const BgNbdSimulation &millionCustomers()
{
    static const BgNbdSimulation sim = simulateBgNbd(kCdnowPerDay, 1'000'000, 182, 272, 42);
    return sim;
}

struct Rows
{
    std::vector<uint32_t> customer;
    std::vector<int32_t> day;
    std::vector<int64_t> amount;
    std::vector<int64_t> profit;
};

// 10M purchase rows over 1M customers, sorted by (customer, day) as SQLite returns them.
const Rows &tenMillionRows()
{
    static const Rows rows = [] {
        Rows r;
        constexpr size_t kCustomers = 1'000'000;
        constexpr size_t kRows = 10'000'000;
        r.customer.reserve(kRows);
        r.day.reserve(kRows);
        r.amount.reserve(kRows);
        r.profit.reserve(kRows);
        std::mt19937_64 rng(7);
        std::uniform_int_distribution<int32_t> start(18000, 19000);
        std::uniform_int_distribution<int32_t> gap(0, 60);
        std::uniform_int_distribution<int64_t> cents(-500, 50000);
        for (size_t c = 0; c < kCustomers; ++c) {
            int32_t d = start(rng);
            for (size_t k = 0; k < kRows / kCustomers; ++k) {
                d += gap(rng);
                const int64_t a = cents(rng);
                r.customer.push_back(static_cast<uint32_t>(c));
                r.day.push_back(d);
                r.amount.push_back(a);
                r.profit.push_back(a / 4);
            }
        }
        return r;
    }();
    return rows;
}

void BM_FitBgNbd1M(benchmark::State &state)
{
    const auto &sim = millionCustomers();
    FitOptions opt;
    opt.threads = static_cast<int>(state.range(0));
    BgNbdFit fit;
    for (auto _ : state) {
        fit = fitBgNbd(sim.columns.view(1.0), opt);
        benchmark::DoNotOptimize(fit.logLikelihood);
    }
    state.counters["ok"] = fit.ok() ? 1 : 0;
    state.counters["evals"] = fit.evaluations;
    state.counters["uniqueRows"] = static_cast<double>(fit.uniqueRows);
    state.counters["r"] = fit.params.r;
    state.counters["alpha"] = fit.params.alpha;
    state.counters["a"] = fit.params.a;
    state.counters["b"] = fit.params.b;
}
BENCHMARK(BM_FitBgNbd1M)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Summarize10M(benchmark::State &state)
{
    const Rows &r = tenMillionRows();
    for (auto _ : state) {
        auto res = summarize({r.customer, r.day, r.amount, r.profit}, 1'000'000, 20000);
        benchmark::DoNotOptimize(res.summary.revenue.data());
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * 10'000'000);
}
BENCHMARK(BM_Summarize10M)->Unit(benchmark::kMillisecond);

// The same pass writing into reused output vectors: no page faults on fresh memory.
void BM_Summarize10MReused(benchmark::State &state)
{
    const Rows &r = tenMillionRows();
    SummaryResult res;
    for (auto _ : state) {
        summarizeInto({r.customer, r.day, r.amount, r.profit}, 1'000'000, 20000, res);
        benchmark::DoNotOptimize(res.summary.revenue.data());
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * 10'000'000);
}
BENCHMARK(BM_Summarize10MReused)->Unit(benchmark::kMillisecond);

void BM_ScoreRfm1M(benchmark::State &state)
{
    const Rows &r = tenMillionRows();
    const auto res = summarize({r.customer, r.day, r.amount, r.profit}, 1'000'000, 20000);
    RfmOptions opt;
    opt.asOfDay = 20000;
    for (auto _ : state) {
        auto s = scoreRfm(res.summary, opt);
        benchmark::DoNotOptimize(s.r.data());
    }
}
BENCHMARK(BM_ScoreRfm1M)->Unit(benchmark::kMillisecond);

void BM_PredictAndClv1M(benchmark::State &state)
{
    const auto &sim = millionCustomers();
    const std::vector<double> spend(sim.columns.x.size(), 3500.0);
    for (auto _ : state) {
        auto clv = customerLifetimeValue(kCdnowPerDay, sim.columns.view(1.0), spend);
        auto pred = predictBgNbd(kCdnowPerDay, sim.columns.view(1.0), 365.0);
        benchmark::DoNotOptimize(clv.data());
        benchmark::DoNotOptimize(pred.probabilityAlive.data());
    }
}
BENCHMARK(BM_PredictAndClv1M)->Unit(benchmark::kMillisecond);

} // namespace
