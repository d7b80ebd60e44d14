#pragma once

#include "civildate.h"

#include <cstdint>
#include <span>
#include <vector>

namespace kehu::analytics {

/// Marks a survey answer that was not given (an NPS-only or CSAT-only response).
inline constexpr int8_t kNoAnswer = -1;

/// Satisfaction totals of a set of survey responses.
///  - NPS answers 0..10: promoters 9-10, passives 7-8, detractors 0-6 (Reichheld's bands).
///  - NPS = %promoters - %detractors, in points from -100 to +100 (0 without answers).
///  - CSAT answers 1..5; csatAverage is their mean (0 without answers), and csatSatisfied
///    counts 4s and 5s (the usual "top-two-box" CSAT%).
/// Answers outside their range are ignored, as if not given.
struct SatisfactionTotals
{
    int64_t promoters = 0;
    int64_t passives = 0;
    int64_t detractors = 0;
    int64_t csatSum = 0;
    int64_t csatAnswers = 0;
    int64_t csatSatisfied = 0;

    int64_t npsAnswers() const { return promoters + passives + detractors; }
    double nps() const
    {
        const int64_t n = npsAnswers();
        return n > 0 ? 100.0 * double(promoters - detractors) / double(n) : 0.0;
    }
    double csatAverage() const { return csatAnswers > 0 ? double(csatSum) / double(csatAnswers) : 0.0; }
    double csatSatisfiedShare() const { return csatAnswers > 0 ? double(csatSatisfied) / double(csatAnswers) : 0.0; }

    /// Adds one response; kNoAnswer (or any out-of-range value) leaves that part out.
    void add(int nps, int csat);
    void add(const SatisfactionTotals &other);
};

/// Satisfaction per calendar period: entry i covers the period with sequential index
/// firstPeriod + i (see periodIndex); periods without answers are present with zeros, so
/// the series has no gaps from the first to the last response.
struct SatisfactionSeries
{
    CalendarPeriod period = CalendarPeriod::Month;
    int32_t firstPeriod = 0;
    std::vector<int32_t> periodStartDay;
    std::vector<SatisfactionTotals> totals;
};

/// Totals of all responses. @p nps and @p csat have one entry per response (kNoAnswer when
/// not given); lengths must match (the shorter length is used otherwise).
SatisfactionTotals satisfactionTotals(std::span<const int8_t> nps, std::span<const int8_t> csat);

/// One pass over responses dated @p day (days since 1970-01-01), any order.
SatisfactionSeries satisfactionByPeriod(std::span<const int32_t> day, std::span<const int8_t> nps,
                                        std::span<const int8_t> csat, CalendarPeriod period);

} // namespace kehu::analytics
