#pragma once

#include "charts/chartview.h"
#include "paretocurve.h"

class QMouseEvent;

namespace kehu {

/// The ABC Pareto curve: cumulative revenue share against customer share, with the A and B
/// cut-offs marked by dashed lines. A click in the plot area at customer share x emits
/// elementClicked(class at x, how many ranked customers are up to x): the customers up to
/// that point of the curve, and their class ("A", "B" or "C").
class ParetoChartView : public ChartView
{
    Q_OBJECT

public:
    explicit ParetoChartView(const QString &title, QWidget *parent = nullptr);
    void setCurve(const analytics::ParetoCurve &curve);
    /// The ABC class at customer share @p share (0..1) of the current curve.
    QString classAt(double share) const;
    /// The number of ranked customers up to customer share @p share (0..1).
    qint64 customersUpTo(double share) const;
    /// What a click at customer share @p share reports (also used by tests).
    void clickShare(double share);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    analytics::ParetoCurve m_curve;
};

} // namespace kehu
