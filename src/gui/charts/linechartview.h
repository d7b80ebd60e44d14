#pragma once

#include "gui/charts/chartdata.h"
#include "gui/charts/chartview.h"

namespace kehu {

/// Lines over categories (months or quarters), dashed ones for forecasts, optionally
/// against a second value axis on the right. A click on a point emits
/// elementClicked(category, line label).
class LineChartView : public ChartView
{
    Q_OBJECT

public:
    explicit LineChartView(const QString &title, QWidget *parent = nullptr);
    void setData(const LineChartData &data);
    const LineChartData &data() const { return m_data; }

private:
    LineChartData m_data;
};

} // namespace kehu
