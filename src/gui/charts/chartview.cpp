#include "charts/chartview.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLocale>
#include <QPixmap>

namespace kehu {

ChartView::ChartView(const QString &title, QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    auto *c = new QChart;
    c->setTitle(title);
    c->setAnimationOptions(QChart::NoAnimation);
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setMargins(QMargins(4, 4, 4, 4));
    // Axis numbers with the interface locale's separators ("1,000,000"), not the system's.
    c->setLocale(QLocale());
    c->setLocalizeNumbers(true);
    setChart(c);
    setMinimumSize(360, 260);
}

bool ChartView::exportPng(const QString &path)
{
    return grab().save(path, "PNG");
}

void ChartView::clearChart()
{
    chart()->removeAllSeries();
    const auto axes = chart()->axes();
    for (QAbstractAxis *axis : axes) {
        chart()->removeAxis(axis);
        delete axis;
    }
}

} // namespace kehu
