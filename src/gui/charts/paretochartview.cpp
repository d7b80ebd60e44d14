#include "charts/paretochartview.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace kehu {

ParetoChartView::ParetoChartView(const QString &title, QWidget *parent) : ChartView(title, parent)
{
    QFont small = chart()->legend()->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    chart()->legend()->setFont(small);
}

void ParetoChartView::setCurve(const analytics::ParetoCurve &curve)
{
    m_curve = curve;
    clearChart();
    auto *x = new QValueAxis;
    x->setRange(0, 100);
    x->setLabelFormat(QStringLiteral("%.0f%")); // localized numbers: the rest is literal
    x->setTitleText(tr("Share of customers"));
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%.0f%")); // localized numbers: the rest is literal
    y->setTitleText(tr("Share of revenue"));
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);

    auto *line = new QLineSeries;
    line->setName(tr("Cumulative revenue"));
    QList<QPointF> points;
    points.reserve(qsizetype(curve.customerShare.size()));
    for (size_t i = 0; i < curve.customerShare.size(); ++i)
        points << QPointF(100.0 * curve.customerShare[i], 100.0 * curve.revenueShare[i]);
    line->replace(points);
    QPen pen(QColor(40, 90, 170));
    pen.setWidthF(2.5);
    line->setPen(pen);
    chart()->addSeries(line);
    line->attachAxis(x);
    line->attachAxis(y);

    const auto marker = [&](int index, const QString &name, const QColor &color) {
        if (index < 0 || size_t(index) >= curve.customerShare.size())
            return;
        const double cx = 100.0 * curve.customerShare[size_t(index)];
        const double cy = 100.0 * curve.revenueShare[size_t(index)];
        auto *cut = new QLineSeries;
        cut->setName(name.arg(cx, 0, 'f', 0).arg(cy, 0, 'f', 0));
        cut->replace({QPointF(cx, 0), QPointF(cx, cy), QPointF(0, cy)});
        QPen dashed(color);
        dashed.setStyle(Qt::DashLine);
        dashed.setWidthF(1.5);
        cut->setPen(dashed);
        chart()->addSeries(cut);
        cut->attachAxis(x);
        cut->attachAxis(y);
        auto *dot = new QScatterSeries;
        dot->setMarkerSize(9);
        dot->setColor(color);
        dot->append(cx, cy);
        chart()->addSeries(dot);
        dot->attachAxis(x);
        dot->attachAxis(y);
    };
    marker(curve.aIndex, tr("A: %1% → %2% of revenue", "Pareto legend: share of customers → share of revenue"),
           QColor(200, 120, 20));
    marker(curve.bIndex, tr("A+B: %1% → %2% of revenue", "Pareto legend: share of customers → share of revenue"),
           QColor(120, 120, 120));
    // The legend names the two cut-offs only, briefly (the axes say what the curve and the shares
    // are): longer entries did not fit half a dashboard and Qt elided them.
    for (QLegendMarker *m : chart()->legend()->markers())
        if (m->series() == line || m->series()->type() == QAbstractSeries::SeriesTypeScatter)
            m->setVisible(false);
    setHasData(curve.customers > 0);
}

QString ParetoChartView::classAt(double share) const
{
    const auto at = [this](int index) {
        return index >= 0 && size_t(index) < m_curve.customerShare.size() ? m_curve.customerShare[size_t(index)] : 1.0;
    };
    if (share <= at(m_curve.aIndex))
        return QStringLiteral("A");
    if (share <= at(m_curve.bIndex))
        return QStringLiteral("B");
    return QStringLiteral("C");
}

qint64 ParetoChartView::customersUpTo(double share) const
{
    return qint64(std::llround(std::clamp(share, 0.0, 1.0) * double(m_curve.customers)));
}

void ParetoChartView::clickShare(double share)
{
    if (m_curve.customers <= 0)
        return;
    share = std::clamp(share, 0.0, 1.0);
    emit elementClicked(classAt(share), QString::number(std::max<qint64>(1, customersUpTo(share))));
}

void ParetoChartView::mouseReleaseEvent(QMouseEvent *event)
{
    ChartView::mouseReleaseEvent(event);
    const QPointF pos = event->position();
    if (event->button() != Qt::LeftButton || chart()->series().isEmpty() || !chart()->plotArea().contains(pos))
        return;
    clickShare(chart()->mapToValue(pos, chart()->series().first()).x() / 100.0);
}

} // namespace kehu
