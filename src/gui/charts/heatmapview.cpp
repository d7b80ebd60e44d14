#include "charts/heatmapview.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPixmap>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace kehu {

HeatmapView::HeatmapView(const QString &title, QWidget *parent) : QWidget(parent), m_title(title)
{
    setMinimumSize(360, 260);
    setMouseTracking(true);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, Qt::white);
    setPalette(p);
}

void HeatmapView::setHeatmap(const analytics::RfHeatmap &heatmap)
{
    m_heatmap = heatmap;
    update();
}

bool HeatmapView::exportPng(const QString &path)
{
    return grab().save(path, "PNG");
}

bool HeatmapView::hasData() const
{
    return std::any_of(m_heatmap.customers.begin(), m_heatmap.customers.end(), [](int64_t c) { return c > 0; });
}

QRect HeatmapView::grid() const
{
    const int top = fontMetrics().height() * 2 + 6;
    const int left = fontMetrics().horizontalAdvance(QStringLiteral("R 5")) + 34;
    const int bottom = fontMetrics().height() * 2 + 12;
    const int side = std::max(10, std::min(width() - left - 12, height() - top - bottom));
    return QRect(left + (width() - left - 12 - side) / 2, top, side, side);
}

QRect HeatmapView::cellRect(int r, int f) const
{
    const int bins = std::max(1, m_heatmap.bins);
    const QRect g = grid();
    const double w = double(g.width()) / bins;
    // R 5 (most recent) on top, F 1 on the left.
    const int row = bins - r;
    const int column = f - 1;
    return QRect(
        QPoint(g.left() + int(std::lround(column * w)), g.top() + int(std::lround(row * w))),
        QPoint(g.left() + int(std::lround((column + 1) * w)) - 1, g.top() + int(std::lround((row + 1) * w)) - 1));
}

QPoint HeatmapView::cellAt(const QPoint &pos) const
{
    for (int r = 1; r <= m_heatmap.bins; ++r)
        for (int f = 1; f <= m_heatmap.bins; ++f)
            if (cellRect(r, f).contains(pos))
                return {r, f};
    return {0, 0};
}

void HeatmapView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QFont titleFont = font();
    titleFont.setBold(true);
    p.setFont(titleFont);
    p.drawText(QRect(0, 4, width(), fontMetrics().height() + 4), Qt::AlignHCenter, m_title);
    p.setFont(font());
    const int bins = m_heatmap.bins;
    if (bins <= 0 || m_heatmap.customers.size() < size_t(bins) * size_t(bins))
        return;
    const int64_t top = std::max<int64_t>(1, *std::max_element(m_heatmap.customers.begin(), m_heatmap.customers.end()));
    const QLocale locale;
    for (int r = 1; r <= bins; ++r) {
        for (int f = 1; f <= bins; ++f) {
            const QRect cell = cellRect(r, f);
            const double t = std::sqrt(double(m_heatmap.count(r, f)) / double(top));
            const QColor color = QColor::fromRgbF(float(1.0 - 0.85 * t), float(1.0 - 0.55 * t), float(1.0 - 0.2 * t));
            p.fillRect(cell.adjusted(1, 1, -1, -1), color);
            p.setPen(t > 0.6 ? Qt::white : Qt::black);
            p.drawText(cell, Qt::AlignCenter, locale.toString(qlonglong(m_heatmap.count(r, f))));
        }
        const QRect first = cellRect(r, 1);
        p.setPen(Qt::black);
        p.drawText(QRect(first.left() - 40, first.top(), 36, first.height()), Qt::AlignRight | Qt::AlignVCenter,
                   QStringLiteral("R %1").arg(r));
    }
    for (int f = 1; f <= bins; ++f) {
        const QRect cell = cellRect(1, f);
        p.drawText(QRect(cell.left(), cell.bottom() + 2, cell.width(), fontMetrics().height() + 2), Qt::AlignCenter,
                   QStringLiteral("F %1").arg(f));
    }
    const QRect g = grid();
    p.drawText(QRect(0, g.bottom() + fontMetrics().height() + 4, width(), fontMetrics().height() + 4), Qt::AlignHCenter,
               tr("Recency score (R, 5 = most recent) by frequency score (F)"));
}

void HeatmapView::mouseReleaseEvent(QMouseEvent *event)
{
    const QPoint cell = cellAt(event->position().toPoint());
    if (cell.x() > 0)
        emit elementClicked(QString::number(cell.x()), QString::number(cell.y()));
}

void HeatmapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint cell = cellAt(event->position().toPoint());
    if (cell.x() > 0) {
        const QLocale locale;
        QToolTip::showText(event->globalPosition().toPoint(),
                           tr("R %1, F %2: %3 customers")
                               .arg(cell.x())
                               .arg(cell.y())
                               .arg(locale.toString(qlonglong(m_heatmap.count(cell.x(), cell.y())))),
                           this);
    }
    setCursor(cell.x() > 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

} // namespace kehu
