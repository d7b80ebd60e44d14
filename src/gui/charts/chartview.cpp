#include "charts/chartview.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLocale>
#include <QPixmap>

namespace kehu {

namespace {

QChart *newChart(const QString &title)
{
    auto *c = new QChart;
    c->setTitle(title);
    c->setAnimationOptions(QChart::NoAnimation);
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setMargins(QMargins(4, 4, 4, 4));
    // Axis numbers with the interface locale's separators ("1,000,000"), not the system's.
    c->setLocale(QLocale());
    c->setLocalizeNumbers(true);
    return c;
}

} // namespace

// The chart is given to QChartView's constructor: QChartView(parent) makes a default chart of
// its own, and setChart() afterwards releases that one without deleting it (LeakSanitizer).
ChartView::ChartView(const QString &title, QWidget *parent) : QChartView(newChart(title), parent)
{
    setRenderHint(QPainter::Antialiasing);
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
