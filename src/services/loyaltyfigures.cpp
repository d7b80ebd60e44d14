#include "loyaltyfigures.h"

#include "accessguard.h"

#include "purchasecolumnsloader.h"
#include "surveyrepository.h"
#include "workspace.h"

#include <algorithm>

namespace kehu {

analytics::SatisfactionTotals LoyaltyFigures::satisfaction(const DashboardFilter &filter) const
{
    if (!m_workspace.access().require(Operation::ViewFigures))
        return {};
    return SurveyRepository(m_workspace.database()).totals(filter);
}

analytics::SatisfactionSeries LoyaltyFigures::satisfactionByPeriod(const DashboardFilter &filter,
                                                                   analytics::CalendarPeriod period) const
{
    if (!m_workspace.access().require(Operation::ViewFigures))
        return {};
    return SurveyRepository(m_workspace.database()).byPeriod(filter, period);
}

bool LoyaltyFigures::customerCounts(analytics::CountOptions *options, analytics::CustomerCounts *counts,
                                    QString *error) const
{
    if (!m_workspace.access().require(Operation::ViewFigures, error))
        return false;
    PurchaseColumnsData data;
    if (!PurchaseColumnsLoader(m_workspace.database()).load(&data, error))
        return false;
    const analytics::PurchaseColumns columns{data.customer, data.day, data.amount, data.profit};
    if (!data.day.empty())
        options->asOfDay = std::min(options->asOfDay, *std::max_element(data.day.begin(), data.day.end()));
    *counts = analytics::countCustomers(columns, *options);
    return true;
}

} // namespace kehu
