#include "charts/piechartview.h"

#include <QChart>
#include <QPieSeries>
#include <QPieSlice>

namespace kehu {

PieChartView::PieChartView(const QString &title, QWidget *parent) : ChartView(title, parent)
{
    chart()->legend()->setAlignment(Qt::AlignRight);
}

void PieChartView::setSlices(const QList<ChartSlice> &slices)
{
    m_slices = slices;
    clearChart();
    auto *series = new QPieSeries;
    double total = 0.0;
    for (const ChartSlice &s : slices)
        total += s.value;
    for (int i = 0; i < slices.size(); ++i) {
        const ChartSlice &s = slices.at(i);
        QPieSlice *slice = series->append(s.label, s.value);
        if (s.color.isValid())
            slice->setColor(s.color);
        slice->setLabelVisible(total > 0 && s.value / total > 0.04);
        slice->setLabel(
            QStringLiteral("%1 %2%").arg(s.label).arg(total > 0 ? 100.0 * s.value / total : 0.0, 0, 'f', 0));
        connect(slice, &QPieSlice::clicked, this, [this, i] { clickSlice(i); });
    }
    series->setPieSize(0.62);
    chart()->addSeries(series);
    setHasData(total > 0);
}

void PieChartView::clickSlice(int index)
{
    if (index >= 0 && index < m_slices.size())
        emit elementClicked(m_slices.at(index).key, QString());
}

} // namespace kehu
