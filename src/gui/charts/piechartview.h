#pragma once

#include "charts/chartdata.h"
#include "charts/chartview.h"

namespace kehu {

/// A pie; a click on a slice emits elementClicked(slice key, {}).
class PieChartView : public ChartView
{
    Q_OBJECT

public:
    explicit PieChartView(const QString &title, QWidget *parent = nullptr);
    void setSlices(const QList<ChartSlice> &slices);
    const QList<ChartSlice> &slices() const { return m_slices; }
    void clickSlice(int index);

private:
    QList<ChartSlice> m_slices;
};

} // namespace kehu
