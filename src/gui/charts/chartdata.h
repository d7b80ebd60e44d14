#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

namespace kehu {

// Plain inputs of the chart widgets (no Qt Charts types), so that a later switch to another
// charting module touches src/gui/charts only.

/// A category of a bar chart: `key` is what a click reports, `label` what the axis shows.
struct ChartCategory
{
    QString key;
    QString label;
};

/// One set of bars (one value per category).
struct ChartBarSet
{
    QString key;
    QString label;
    QColor color;
    QList<double> values;
};

struct BarChartData
{
    QList<ChartCategory> categories;
    QList<ChartBarSet> sets;
    bool stacked = false;
    bool horizontal = false;
    QString valueTitle;
};

/// One line over the categories of a LineChartData; NaN values are left out (a forecast
/// that starts where the actuals end).
struct ChartLine
{
    QString label;
    QColor color;
    QList<double> values;
    bool dashed = false;
    bool secondaryAxis = false;
    QString key;         ///< what a click reports (the label when empty)
    bool dotted = false; ///< a partial period's segment
    bool inLegend = true;
};

struct LineChartData
{
    QStringList categories;   ///< what the axis shows
    QStringList categoryKeys; ///< what a click reports (the categories when empty)
    QList<ChartLine> lines;
    QString valueTitle;
    QString secondaryTitle;
    double secondaryMin = 0.0;
    double secondaryMax = 0.0; ///< both 0: from the data
};

/// A slice of a pie: `key` is what a click reports.
struct ChartSlice
{
    QString key;
    QString label;
    double value = 0.0;
    QColor color;
};

} // namespace kehu
