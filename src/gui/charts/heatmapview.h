#pragma once

#include "rfheatmap.h"

#include <QWidget>

namespace kehu {

/// The R-by-F heatmap: one square per (R score, F score) with its customer count, shaded
/// by count. Qt Charts has no heatmap type; painting the grid directly gives exact cell
/// colours, readable count labels and simple hit testing in a few lines, where a scatter
/// series of square markers would need one series per colour and markers sized by hand on
/// every resize. A click on a cell emits elementClicked(R, F) as text.
class HeatmapView : public QWidget
{
    Q_OBJECT

public:
    explicit HeatmapView(const QString &title, QWidget *parent = nullptr);
    void setHeatmap(const analytics::RfHeatmap &heatmap);
    bool exportPng(const QString &path);
    bool hasData() const;
    /// The cell under @p pos (R, F from 1), or {0, 0}.
    QPoint cellAt(const QPoint &pos) const;
    QRect cellRect(int r, int f) const;
    QSize sizeHint() const override { return {420, 320}; }

signals:
    void elementClicked(const QString &key, const QString &key2);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QRect grid() const;

    QString m_title;
    analytics::RfHeatmap m_heatmap;
};

} // namespace kehu
