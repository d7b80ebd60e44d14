#pragma once

#include "charts/chartdata.h"
#include "charts/chartview.h"

class QAbstractSeries;
class QMouseEvent;

namespace kehu {

/// Lines over categories (months or quarters), dashed ones for forecasts, dotted ones for
/// a partial period, optionally against a second value axis on the right. A click in the
/// plot area picks the nearest category and, there, the nearest line, and emits
/// elementClicked(category key, line key): the whole month is the target, not a 2-pixel line.
class LineChartView : public ChartView
{
    Q_OBJECT

public:
    explicit LineChartView(const QString &title, QWidget *parent = nullptr);
    void setData(const LineChartData &data);
    const LineChartData &data() const { return m_data; }
    /// What a click on category @p index of line @p line reports (also used by tests).
    void clickPoint(int index, int line);
    /// The line (index into data().lines) drawn nearest to @p pos at category @p index, or -1.
    int lineNear(int index, const QPointF &pos) const;

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    LineChartData m_data;
    QList<QAbstractSeries *> m_series; ///< per line
};

} // namespace kehu
