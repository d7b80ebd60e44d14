#pragma once

#include "storage/customerlistrepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace kehu {

class Workspace;

/// The customer book: a window of rows over CustomerListRepository, filled a page at a time
/// through canFetchMore()/fetchMore() (keyset pagination; nothing counts the whole table).
/// jumpToEnd() reloads the window from the last row, after which fetchBefore() grows it
/// upwards. Sorting and filtering happen in SQL; sort() maps the sortable columns.
class CustomerListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Code, Name, Phone, Company, Segment, Abc, Clv, PAlive, Churn, LastPurchase, Owner, Satisfaction,
                  ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, RawValueRole };
    static constexpr int kPageSize = 200;

    explicit CustomerListModel(Workspace &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    CustomerListQuery query() const { return m_query; }
    void setSearch(const QString &text);
    void setFilter(const CustomerListFilter &filter);
    /// Re-reads from the start (e.g. after a new snapshot or an import).
    void reload();
    /// Replaces the window with the last page, so the last row is at the bottom.
    void jumpToEnd();
    /// True when rows exist before the first one held (after jumpToEnd()).
    bool canFetchBefore() const { return !m_atStart; }
    /// Prepends the page before the first row held; returns how many rows came.
    int fetchBefore();
    /// Updates the row of `id` in place from the database, if it is held.
    void refreshCustomer(CustomerId id);

    CustomerId customerId(int row) const;
    int rowOf(CustomerId id) const;
    const CustomerListRow &rowAt(int row) const { return m_rows.at(row); }
    QString lastError() const { return m_error; }

    static bool isSortable(int column);

private:
    void resetFromStart();

    Workspace &m_workspace;
    CustomerListRepository m_repository;
    CustomerListQuery m_query;
    QList<CustomerListRow> m_rows;
    bool m_atEnd = false;
    bool m_atStart = true;
    QString m_error;
};

} // namespace kehu
