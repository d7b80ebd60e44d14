#pragma once

#include "currency.h"
#include "customerlist.h"
#include "flattablemodel.h"

#include <QList>

namespace kehu {

class BackgroundTask;
class Workspace;

/// The customer book: a window of rows over CustomerBook::page(), filled a page at a time
/// through canFetchMore()/fetchMore() (keyset pagination; nothing counts the whole table).
/// jumpToEnd() reloads the window from the last row, after which fetchBefore() grows it
/// upwards. Sorting and filtering happen in SQL; sort() maps the sortable columns.
/// requestSearch() reads the first page of a new search in a worker on its own connection
/// (BackgroundTask), so that typing never waits for a query; query() is the query of the
/// rows shown until the new rows replace them.
class CustomerListModel : public FlatTableModel
{
    Q_OBJECT

public:
    enum Column {
        Code,
        Name,
        Phone,
        Company,
        Segment,
        Abc,
        Clv,
        PAlive,
        Churn,
        LastPurchase,
        Owner,
        Satisfaction,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, RawValueRole };
    static constexpr int kPageSize = 200;

    explicit CustomerListModel(Workspace &workspace, QObject *parent = nullptr);
    ~CustomerListModel() override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    CustomerListQuery query() const { return m_query; }
    void setSearch(const QString &text);
    void setFilter(const CustomerListFilter &filter);
    /// Both at once, with one reset.
    void setSearchAndFilter(const QString &text, const CustomerListFilter &filter);
    /// Searches for @p text in the background; the rows are replaced (one reset) when the
    /// first page has been read, unless a newer request or a change above came first.
    void requestSearch(const QString &text);
    bool isSearching() const;
    /// Blocks until a background search has been shown (tests and benchmarks only).
    void waitForSearch();
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
    /// Reads the book's currency again (after a settings change); the CLV column is written
    /// in it. Re-reads no row.
    void refreshCurrency();

    CustomerId customerId(int row) const;
    int rowOf(CustomerId id) const;
    const CustomerListRow &rowAt(int row) const { return m_rows.at(row); }
    QString lastError() const { return m_error; }

    static bool isSortable(int column);

private:
    int rows() const override { return static_cast<int>(m_rows.size()); }
    QStringList columnTitles() const override;
    void resetFromStart();
    /// Makes the requested query the shown one and reads it now, dropping a background search.
    void applyNow();

    Workspace &m_workspace;
    Currency m_currency;           ///< the book's, read at each reload (not per cell)
    CustomerListQuery m_query;     ///< of the rows shown
    CustomerListQuery m_requested; ///< the latest asked for (differs while a search runs)
    BackgroundTask *m_searchJob;
    QList<CustomerListRow> m_rows;
    bool m_atEnd = false;
    bool m_atStart = true;
    QString m_error;
};

} // namespace kehu
