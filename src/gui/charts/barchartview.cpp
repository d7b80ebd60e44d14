#include "charts/barchartview.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFontMetrics>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace kehu {

BarChartView::BarChartView(const QString &title, QWidget *parent) : ChartView(title, parent) {}

void BarChartView::setData(const BarChartData &data)
{
    m_data = data;
    clearChart();
    QAbstractBarSeries *series = nullptr;
    if (data.horizontal)
        series = data.stacked ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                              : new QHorizontalBarSeries;
    else
        series = data.stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries) : new QBarSeries;
    double total = 0.0;
    double top = 0.0;
    QList<double> stackedTop(data.categories.size(), 0.0);
    for (int s = 0; s < data.sets.size(); ++s) {
        const ChartBarSet &set = data.sets.at(s);
        auto *bars = new QBarSet(set.label);
        if (set.color.isValid())
            bars->setColor(set.color);
        bars->append(set.values); // one call (FIELD-NOTES)
        for (int i = 0; i < set.values.size() && i < stackedTop.size(); ++i) {
            total += set.values.at(i);
            stackedTop[i] += set.values.at(i);
            top = std::max(top, set.values.at(i));
        }
        series->append(bars);
        connect(bars, &QBarSet::clicked, this, [this, s](int index) { clickBar(index, s); });
    }
    if (data.stacked)
        for (double v : std::as_const(stackedTop))
            top = std::max(top, v);
    chart()->addSeries(series);
    chart()->legend()->setVisible(data.sets.size() > 1);

    auto *categories = new QBarCategoryAxis;
    QStringList labels;
    for (const ChartCategory &c : data.categories)
        labels << c.label;
    categories->append(labels);
    categories->setTruncateLabels(false);
    if (!data.horizontal && labels.size() > 10)
        categories->setLabelsAngle(-90);
    if (data.horizontal && labels.size() > 8) { // CJK labels are taller: keep every one visible
        QFont small = categories->labelsFont();
        small.setPointSizeF(small.pointSizeF() * 0.8);
        categories->setLabelsFont(small);
    }
    if (data.horizontal) {
        // Qt Charts hides a category label that would touch its neighbour, so give every
        // category a label's height (CJK fonts have taller lines) plus the title, value axis and
        // legend around the plot.
        const QFontMetrics label(categories->labelsFont());
        const QFontMetrics title(chart()->titleFont());
        const int legend = data.sets.size() > 1 ? QFontMetrics(chart()->legend()->font()).height() + 16 : 0;
        // A label's text item carries a document margin of 4 pixels on each side, and Qt keeps a gap.
        const int needed = int(labels.size()) * (label.height() + 14) + title.height() + 3 * label.height() + legend
                           + 48;
        setMinimumHeight(std::max(260, needed));
    }
    auto *values = new QValueAxis;
    values->setRange(0, top > 0 ? top * 1.08 : 1.0);
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->setTitleText(data.valueTitle);
    values->applyNiceNumbers();
    chart()->addAxis(categories, data.horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart()->addAxis(values, data.horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    setHasData(total > 0);
}

void BarChartView::clickBar(int index, int set)
{
    if (index < 0 || index >= m_data.categories.size() || set < 0 || set >= m_data.sets.size())
        return;
    emit elementClicked(m_data.categories.at(index).key, m_data.sets.at(set).key);
}

} // namespace kehu
