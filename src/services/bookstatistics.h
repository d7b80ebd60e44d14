#pragma once

#include "activityspan.h"

#include <QList>
#include <QPair>
#include <QString>

namespace kehu {

class Workspace;

/// How big the open book is and which days its data covers (status bar, period choices).
class BookStatistics
{
public:
    explicit BookStatistics(Workspace &workspace) : m_workspace(workspace) {}

    /// Live customers.
    qint64 customerCount() const;
    /// First and last day of any purchase, visit or survey (see StatsRepository).
    ActivitySpan activitySpan() const;
    /// (table name, rows) for each data table, in schema order.
    QList<QPair<QString, qint64>> tableCounts() const;

private:
    Workspace &m_workspace;
};

} // namespace kehu
