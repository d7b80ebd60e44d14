#include "customercountreport.h"

#include "accessguard.h"

#include "classificationpolicy.h"
#include "daynumber.h"
#include "purchasecolumnsloader.h"
#include "purchasemodelfit.h"
#include "settingsrepository.h"
#include "workspace.h"

namespace kehu {

int CustomerCountReport::inactivityDays() const
{
    return SettingsRepository(m_workspace.database()).policy().inactivityDays;
}

CustomerCountReport::Result CustomerCountReport::count(const Request &request) const
{
    if (!m_workspace.access().require(Operation::ViewFigures))
        return {};
    Database &db = m_workspace.database();
    const ClassificationPolicy policy = SettingsRepository(db).policy();
    Result result;
    PurchaseColumnsData data;
    if (!PurchaseColumnsLoader(db).load(&data, &result.error))
        return result;
    const analytics::PurchaseColumns columns{data.customer, data.day, data.amount, data.profit};
    const int32_t asOfDay = toDayNumber(request.asOf);
    analytics::CountOptions options;
    options.period = request.period;
    options.asOfDay = asOfDay;
    options.inactivityDays = request.inactivityDays.value_or(policy.inactivityDays);
    result.counts = analytics::countCustomers(columns, options);
    if (request.forecastPeriods <= 0)
        return result;
    const auto summary = analytics::summarize(columns, data.customerIds.size(), asOfDay);
    PurchaseModelFit::Result fit;
    fit.model = policy.purchaseModel;
    PurchaseModelFit::fitSummary(summary.summary, policy.modelDaysPerUnit, 1.0, false, &fit);
    if (!fit.purchase.ok()) {
        result.forecastError = QString::fromStdString(fit.purchase.message);
        return result;
    }
    const auto bg = analytics::bgNbdColumns(summary.summary);
    result.forecast = analytics::forecastPeriods(fit.purchase.params, bg.view(policy.modelDaysPerUnit), asOfDay,
                                                 request.period, request.forecastPeriods);
    return result;
}

} // namespace kehu
