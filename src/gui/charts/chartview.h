#pragma once

#include <QChartView>

namespace kehu {

/// Base of the dashboard's charts: antialiased, titled, themed once; clicks on an element
/// emit elementClicked(key, key2) with the keys of the plain input structs.
class ChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ChartView(const QString &title, QWidget *parent = nullptr);

    /// The chart as it is on screen, as a PNG file.
    bool exportPng(const QString &path);
    /// True when the last data given had something to draw.
    bool hasData() const { return m_hasData; }

signals:
    void elementClicked(const QString &key, const QString &key2);

protected:
    /// Removes series and axes before new data is set.
    void clearChart();
    void setHasData(bool hasData) { m_hasData = hasData; }

private:
    bool m_hasData = false;
};

} // namespace kehu
