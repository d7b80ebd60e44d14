#include "gui/charts/linechartview.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace kehu {

LineChartView::LineChartView(const QString &title, QWidget *parent) : ChartView(title, parent)
{
}

void LineChartView::setData(const LineChartData &data)
{
    m_data = data;
    clearChart();
    const int n = int(data.categories.size());
    // Category labels on a value x axis: at most ~12 labels, whatever the number of periods.
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int step = std::max(1, (n + 11) / 12);
    for (int i = 0; i < n; i += step)
        x->append(data.categories.at(i), i);
    x->setRange(0, std::max(1, n - 1));
    x->setLabelsAngle(-45);
    x->setTruncateLabels(false);
    chart()->addAxis(x, Qt::AlignBottom);

    auto *y = new QValueAxis;
    y->setTitleText(data.valueTitle);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart()->addAxis(y, Qt::AlignLeft);
    QValueAxis *y2 = nullptr;
    double top = 0.0, bottom = 0.0, top2 = -std::numeric_limits<double>::infinity(),
           bottom2 = std::numeric_limits<double>::infinity();
    bool any = false;
    for (const ChartLine &line : data.lines) {
        auto *series = new QLineSeries;
        series->setName(line.label);
        QList<QPointF> points;
        for (int i = 0; i < line.values.size() && i < n; ++i) {
            const double v = line.values.at(i);
            if (std::isnan(v))
                continue;
            points << QPointF(i, v);
            if (line.secondaryAxis) {
                top2 = std::max(top2, v);
                bottom2 = std::min(bottom2, v);
            } else {
                top = std::max(top, v);
                bottom = std::min(bottom, v);
            }
            any = any || v != 0.0;
        }
        series->replace(points); // one call (FIELD-NOTES)
        QPen pen(line.color.isValid() ? line.color : QColor(Qt::darkGray));
        pen.setWidthF(2.0);
        if (line.dashed)
            pen.setStyle(Qt::DashLine);
        series->setPen(pen);
        series->setPointsVisible(points.size() < 40);
        chart()->addSeries(series);
        series->attachAxis(x);
        if (line.secondaryAxis) {
            if (!y2) {
                y2 = new QValueAxis;
                y2->setTitleText(data.secondaryTitle);
                chart()->addAxis(y2, Qt::AlignRight);
            }
            series->attachAxis(y2);
        } else {
            series->attachAxis(y);
        }
        const QString label = line.label;
        connect(series, &QLineSeries::clicked, this, [this, label](const QPointF &p) {
            const int i = int(std::lround(p.x()));
            if (i >= 0 && i < m_data.categories.size())
                emit elementClicked(m_data.categories.at(i), label);
        });
    }
    y->setRange(bottom, top > bottom ? top * 1.08 : bottom + 1.0);
    y->applyNiceNumbers();
    if (y2) {
        if (data.secondaryMax > data.secondaryMin)
            y2->setRange(data.secondaryMin, data.secondaryMax);
        else if (top2 >= bottom2)
            y2->setRange(bottom2, top2 > bottom2 ? top2 : bottom2 + 1.0);
    }
    setHasData(any);
}

} // namespace kehu
