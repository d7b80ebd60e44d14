#pragma once

#include "migrationmatrix.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace kehu {

/// Static charts for reports, drawn with QPainter into images (no Qt Charts: the report
/// library must not need Widgets, and a report is a picture anyway). Images are drawn at
/// twice their nominal size so they stay sharp in PDF and on high-DPI screens. Text uses
/// reportFontFamilies() so Chinese labels render.
namespace ReportCharts {

struct Series
{
    QString name;
    QList<double> values; ///< NaN = no point
    QColor color;
    bool dashed = false;
};

/// Families tried in order for report text: CJK-capable first.
QStringList fontFamilies();

/// A migration matrix as a heat table: rows = from, columns = to, cell shade by customer
/// count, text "count" and, when @p revenueText is given per cell, a second line.
/// @p labels has one entry per label plus the absent label last.
QImage migrationHeatTable(const analytics::MigrationMatrix &matrix, const QStringList &labels, const QString &fromTitle,
                          const QString &toTitle);

/// Horizontal grouped bars: one row per label, one bar per series.
QImage barChart(const QStringList &labels, const QList<Series> &series);

/// Lines over categories (periods).
QImage lineChart(const QStringList &categories, const QList<Series> &series);

} // namespace ReportCharts

} // namespace kehu
