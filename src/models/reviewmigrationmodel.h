#pragma once

#include "quarterlyreview.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace kehu {

class Workspace;

/// One migration matrix of the quarterly review, segments or ABC classes: rows are last
/// quarter's groups, columns this quarter's, the last of each "(none)". A cell shows how many
/// customers moved that way (blank when none), tinted by how many (blue on the diagonal,
/// red off it), with the customers and revenue in its tool tip. Empty until a review is shown.
class ReviewMigrationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Kind { Segments, AbcClasses };

    ReviewMigrationModel(Workspace &workspace, Kind kind, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// The group names, both ways.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// Shows the matrix of @p review (amounts in the book's currency).
    void setReview(const QuarterlyReview &review);
    /// "From → to" of a cell, in group names (the drill-down's caption).
    QString caption(int row, int column) const;

private:
    /// How many customers moved from row to column, and their revenue.
    std::pair<qint64, MinorUnits> cell(int row, int column) const;
    QString tooltip(int row, int column) const;

    Workspace &m_workspace;
    Kind m_kind;
    QStringList m_labels;
    analytics::MigrationMatrix m_matrix;
    qint64 m_top = 1; ///< the largest cell (for the tint)
    QString m_currency;
};

} // namespace kehu
