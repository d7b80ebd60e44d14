#pragma once

#include "customercounts.h"
#include "dashboardfilter.h"
#include "satisfaction.h"

#include <QString>

namespace kehu {

class Workspace;

/// The loyalty page's figures: satisfaction (NPS, CSAT) over a filter and customer counts
/// per period (retention by cohort) from the purchases as stored now.
class LoyaltyFigures
{
public:
    explicit LoyaltyFigures(Workspace &workspace) : m_workspace(workspace) {}

    /// NPS and CSAT of the survey answers the filter selects.
    analytics::SatisfactionTotals satisfaction(const DashboardFilter &filter) const;
    /// The same per month or quarter (what `kehu-cli nps` prints).
    analytics::SatisfactionSeries satisfactionByPeriod(const DashboardFilter &filter,
                                                       analytics::CalendarPeriod period) const;
    /// analytics::countCustomers over every stored purchase, as of `options->asOfDay` but
    /// never past the last purchase (options->asOfDay is moved back to it). One scan of every
    /// purchase (a few seconds on a million customers): run it as background work. False
    /// with `error` set when the purchases cannot be read.
    bool customerCounts(analytics::CountOptions *options, analytics::CustomerCounts *counts, QString *error) const;

private:
    Workspace &m_workspace;
};

} // namespace kehu
