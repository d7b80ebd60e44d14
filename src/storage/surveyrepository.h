#pragma once

#include "activity.h"
#include "dashboardfilter.h"
#include "satisfaction.h"

#include <QList>

#include <cstdint>
#include <vector>

namespace kehu {

class Database;

/// Satisfaction reads: survey answers (NPS 0-10, CSAT 1-5) and visit satisfaction (1-5)
/// for the customers and dates a DashboardFilter selects, as totals or per calendar period.
/// Writes go through ActivityWriter (entry and CSV import).
class SurveyRepository
{
public:
    explicit SurveyRepository(Database &database) : m_database(database) {}

    /// Survey answers of the filter's customers dated within its range, newest first.
    QList<SurveyResponse> responses(const DashboardFilter &filter, int limit = 1000) const;

    /// NPS and CSAT over the filter.
    analytics::SatisfactionTotals totals(const DashboardFilter &filter) const;
    /// NPS and CSAT per month or quarter.
    analytics::SatisfactionSeries byPeriod(const DashboardFilter &filter, analytics::CalendarPeriod period) const;

    /// Visit satisfaction (1-5) per period, as CSAT-like totals: csatAverage() is the mean
    /// visit satisfaction and csatAnswers the rated visits (NPS parts stay 0).
    analytics::SatisfactionSeries visitSatisfaction(const DashboardFilter &filter,
                                                    analytics::CalendarPeriod period) const;

private:
    /// One answer a row: its day, NPS and CSAT (-1 where not given).
    struct Columns
    {
        std::vector<int32_t> day;
        std::vector<int8_t> nps;
        std::vector<int8_t> csat;
    };
    /// The answers of the filter's customers in its range: of surveys, or of rated visits
    /// (their satisfaction as CSAT).
    Columns columns(const DashboardFilter &filter, bool visits) const;

    Database &m_database;
};

} // namespace kehu
