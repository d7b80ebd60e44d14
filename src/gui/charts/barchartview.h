#pragma once

#include "charts/chartdata.h"
#include "charts/chartview.h"

namespace kehu {

/// Vertical or horizontal, grouped or stacked bars. A click on a bar emits
/// elementClicked(category key, set key).
class BarChartView : public ChartView
{
    Q_OBJECT

public:
    explicit BarChartView(const QString &title, QWidget *parent = nullptr);
    void setData(const BarChartData &data);
    const BarChartData &data() const { return m_data; }
    /// What a click on bar @p index of set @p set reports (also used by tests).
    void clickBar(int index, int set);

private:
    BarChartData m_data;
};

} // namespace kehu
