#pragma once

#include "customercounts.h"
#include "forecast.h"

#include <QDate>
#include <QString>

#include <optional>

namespace kehu {

class Workspace;

/// Customer counts per month or quarter (客户数量: acquired to date, new, active, returning,
/// churned, won back, repeat rate, retention by cohort) from the book's purchases, and a
/// forecast of the next periods from the purchase model (fitted as PurchaseModelFit does,
/// with the book's policy): what `kehu-cli counts` prints.
class CustomerCountReport
{
public:
    struct Request
    {
        analytics::CalendarPeriod period = analytics::CalendarPeriod::Month;
        QDate asOf;                        ///< count up to this day
        std::optional<int> inactivityDays; ///< none = the book's policy
        int forecastPeriods = 0;           ///< 0 = no forecast
    };

    struct Result
    {
        analytics::CustomerCounts counts;
        analytics::PeriodForecast forecast; ///< empty without a forecast
        QString forecastError;              ///< why there is no forecast (the model could not be fitted)
        QString error;                      ///< the purchases could not be read
    };

    explicit CustomerCountReport(Workspace &workspace) : m_workspace(workspace) {}

    /// The book's inactivity days (the classification policy's).
    int inactivityDays() const;
    Result count(const Request &request) const;

private:
    Workspace &m_workspace;
};

} // namespace kehu
