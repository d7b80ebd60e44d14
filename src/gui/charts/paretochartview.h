#pragma once

#include "analytics/paretocurve.h"
#include "gui/charts/chartview.h"

namespace kehu {

/// The ABC Pareto curve: cumulative revenue share against customer share, with the A and B
/// cut-offs marked by dashed lines. A click on the curve emits elementClicked(class, {}) for
/// the class of the customers at that point ("A", "B" or "C").
class ParetoChartView : public ChartView
{
    Q_OBJECT

public:
    explicit ParetoChartView(const QString &title, QWidget *parent = nullptr);
    void setCurve(const analytics::ParetoCurve &curve);
    /// The ABC class at customer share @p share (0..1) of the current curve.
    QString classAt(double share) const;

private:
    analytics::ParetoCurve m_curve;
};

} // namespace kehu
