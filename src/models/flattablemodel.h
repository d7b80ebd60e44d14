#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace kehu {

/// A flat table (no children) with a fixed set of titled columns, the base of the models'
/// tables: it answers rowCount() from rows(), columnCount() with the count it was given and
/// the horizontal header's titles from columnTitles(), so that a subclass writes its cells.
class FlatTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    /// The horizontal DisplayRole is the column's title; the rest is QAbstractTableModel's.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    FlatTableModel(int columns, QObject *parent);

    /// How many rows the table holds.
    virtual int rows() const = 0;
    /// The translated title of every column, in column order. Asked for on each header request,
    /// so a change of language shows without a reset.
    virtual QStringList columnTitles() const = 0;

private:
    int m_columns;
};

} // namespace kehu
