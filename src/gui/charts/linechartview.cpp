#include "charts/linechartview.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace kehu {

namespace {

/// The lowest and highest values drawn against one axis, and whether any of them is not zero.
struct ValueRange
{
    double bottom = std::numeric_limits<double>::infinity();
    double top = -std::numeric_limits<double>::infinity();
    bool anyNonZero = false;
};

ValueRange rangeOf(const LineChartData &data, bool secondaryAxis)
{
    ValueRange range;
    const qsizetype n = data.categories.size();
    for (const ChartLine &line : data.lines) {
        if (line.secondaryAxis != secondaryAxis)
            continue;
        for (qsizetype i = 0; i < line.values.size() && i < n; ++i) {
            const double v = line.values.at(i);
            if (std::isnan(v))
                continue;
            range.top = std::max(range.top, v);
            range.bottom = std::min(range.bottom, v);
            range.anyNonZero = range.anyNonZero || v != 0.0;
        }
    }
    return range;
}

/// Category labels on a value x axis: at most ~12 labels, whatever the number of periods.
QCategoryAxis *categoryAxis(const QStringList &categories)
{
    const int n = int(categories.size());
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int step = std::max(1, (n + 11) / 12);
    for (int i = 0; i < n; i += step)
        x->append(categories.at(i), i);
    // A longer last label ("2024-11 (partial)") gets room on the right instead of being cut.
    const bool longLast = n > 1 && categories.at(n - 1).size() > categories.at(0).size();
    x->setRange(0, std::max(1, n - 1) + (longLast ? 0.9 : 0.0));
    x->setLabelsAngle(-45);
    x->setTruncateLabels(false);
    return x;
}

QLineSeries *lineSeries(const ChartLine &line, qsizetype categories)
{
    auto *series = new QLineSeries;
    series->setName(line.label);
    QList<QPointF> points;
    for (qsizetype i = 0; i < line.values.size() && i < categories; ++i) {
        if (!std::isnan(line.values.at(i)))
            points << QPointF(double(i), line.values.at(i));
    }
    series->replace(points); // one call (FIELD-NOTES)
    QPen pen(line.color.isValid() ? line.color : QColor(Qt::darkGray));
    pen.setWidthF(2.0);
    if (line.dashed)
        pen.setStyle(Qt::DashLine);
    if (line.dotted)
        pen.setStyle(Qt::DotLine);
    series->setPen(pen);
    series->setPointsVisible(points.size() < 40);
    return series;
}

} // namespace

LineChartView::LineChartView(const QString &title, QWidget *parent) : ChartView(title, parent) {}

void LineChartView::setData(const LineChartData &data)
{
    m_data = data;
    clearChart();
    QCategoryAxis *x = categoryAxis(data.categories);
    chart()->addAxis(x, Qt::AlignBottom);
    auto *y = new QValueAxis;
    y->setTitleText(data.valueTitle);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart()->addAxis(y, Qt::AlignLeft);
    QValueAxis *y2 = nullptr;
    m_series.clear();
    for (const ChartLine &line : data.lines) {
        QLineSeries *series = lineSeries(line, data.categories.size());
        chart()->addSeries(series);
        series->attachAxis(x);
        if (line.secondaryAxis && !y2) {
            y2 = new QValueAxis;
            y2->setTitleText(data.secondaryTitle);
            chart()->addAxis(y2, Qt::AlignRight);
        }
        series->attachAxis(line.secondaryAxis ? y2 : y);
        m_series << series;
    }
    for (int i = 0; i < data.lines.size(); ++i) {
        if (data.lines.at(i).inLegend)
            continue;
        for (QLegendMarker *marker : chart()->legend()->markers(m_series.at(i)))
            marker->setVisible(false);
    }
    // The left axis always shows zero (counts, NPS below zero included).
    const ValueRange left = rangeOf(data, false);
    const double top = std::max(0.0, left.top);
    const double bottom = std::min(0.0, left.bottom);
    y->setRange(bottom, top > bottom ? top * 1.08 : bottom + 1.0);
    y->applyNiceNumbers();
    const ValueRange right = rangeOf(data, true);
    if (y2) {
        if (data.secondaryMax > data.secondaryMin)
            y2->setRange(data.secondaryMin, data.secondaryMax);
        else if (right.top >= right.bottom)
            y2->setRange(right.bottom, right.top > right.bottom ? right.top : right.bottom + 1.0);
    }
    setHasData(left.anyNonZero || right.anyNonZero);
}

int LineChartView::lineNear(int index, const QPointF &pos) const
{
    int best = -1;
    double distance = std::numeric_limits<double>::infinity();
    for (int l = 0; l < m_data.lines.size() && l < m_series.size(); ++l) {
        const ChartLine &line = m_data.lines.at(l);
        if (index < 0 || index >= line.values.size() || std::isnan(line.values.at(index)))
            continue;
        const QPointF at = chart()->mapToPosition(QPointF(index, line.values.at(index)), m_series.at(l));
        const double d = std::abs(at.y() - pos.y());
        if (d < distance) {
            distance = d;
            best = l;
        }
    }
    return best;
}

void LineChartView::clickPoint(int index, int line)
{
    if (index < 0 || index >= m_data.categories.size() || line < 0 || line >= m_data.lines.size())
        return;
    const ChartLine &l = m_data.lines.at(line);
    if (index >= l.values.size() || std::isnan(l.values.at(index)))
        return;
    const QString category = index < m_data.categoryKeys.size() ? m_data.categoryKeys.at(index)
                                                                : m_data.categories.at(index);
    emit elementClicked(category, l.key.isEmpty() ? l.label : l.key);
}

void LineChartView::mouseReleaseEvent(QMouseEvent *event)
{
    ChartView::mouseReleaseEvent(event);
    const QPointF pos = event->position();
    if (event->button() != Qt::LeftButton || m_series.isEmpty() || !chart()->plotArea().contains(pos))
        return;
    const int index = int(std::lround(chart()->mapToValue(pos, m_series.first()).x()));
    clickPoint(index, lineNear(index, pos));
}

} // namespace kehu
