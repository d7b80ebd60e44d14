#include "purchasemodelfit.h"

#include "accessguard.h"

#include "classification.h"
#include "daynumber.h"
#include "purchasecolumnsloader.h"
#include "settingsrepository.h"
#include "workspace.h"

#include <algorithm>

namespace kehu {

void PurchaseModelFit::fitSummary(const analytics::PurchaseSummary &summary, double daysPerUnit,
                                  double minorUnitsPerSpendUnit, bool spend, Result *result)
{
    const PurchaseModelInput input = purchaseModelInput(summary, minorUnitsPerSpendUnit);
    result->purchase = analytics::fitPurchaseModel(result->model, input.columns.view(daysPerUnit));
    if (spend)
        result->spend = analytics::fitGammaGamma({input.columns.x, input.meanRepeatValue});
}

PurchaseModelFit::Result PurchaseModelFit::fit(const Request &request) const
{
    if (!m_workspace.access().require(Operation::ViewFigures))
        return {};
    Database &db = m_workspace.database();
    Result result;
    result.model = request.model ? *request.model : SettingsRepository(db).policy().purchaseModel;
    PurchaseColumnsData data;
    if (!PurchaseColumnsLoader(db).load(&data, &result.error))
        return result;
    int32_t endDay = request.calibrationEnd.isValid() ? toDayNumber(request.calibrationEnd) : 0;
    if (!request.calibrationEnd.isValid()) {
        for (int32_t day : data.day)
            endDay = std::max(endDay, day);
    }
    result.calibrationEndDay = endDay;
    const analytics::PurchaseColumns columns{data.customer, data.day, data.amount, data.profit};
    const auto summary = analytics::summarize(columns, data.customerIds.size(), endDay);
    if (!summary.ok()) {
        result.error = QString::fromStdString(summary.message);
        return result;
    }
    fitSummary(summary.summary, request.daysPerUnit, request.minorUnitsPerSpendUnit, true, &result);
    return result;
}

} // namespace kehu
