#include "customerlistmodel.h"

#include "backgroundtasks.h"
#include "customerbook.h"
#include "labels.h"
#include "moneyformatter.h"
#include "workspace.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>

namespace kehu {

CustomerListModel::CustomerListModel(Workspace &workspace, QObject *parent)
    : FlatTableModel(ColumnCount, parent), m_workspace(workspace),
      m_searchJob(new BackgroundTask(workspace.tasks(), BackgroundTask::Options{false, false}, this))
{
    m_query.snapshotId = m_workspace.customers().currentSnapshotId();
    m_requested = m_query;
    m_currency = Currency(m_workspace.currency());
    resetFromStart();
}

CustomerListModel::~CustomerListModel() = default;

void CustomerListModel::applyNow()
{
    m_searchJob->discard();
    m_query = m_requested;
    resetFromStart();
}

void CustomerListModel::requestSearch(const QString &text)
{
    if (text == m_requested.search)
        return;
    m_requested.search = text;
    const CustomerListQuery query = m_requested;
    m_searchJob->start([this, query](Workspace &worker, TaskControl &) -> BackgroundTask::Apply {
        // On the worker: the first page only; later pages are keyset seeks (~1 ms).
        QString error;
        QList<CustomerListRow> rows = worker.customers().page(query, std::nullopt, PageDirection::Forward, kPageSize,
                                                              &error);
        return [this, query, rows = std::move(rows), error] {
            beginResetModel();
            m_query = query;
            m_rows = rows;
            m_atEnd = m_rows.size() < kPageSize;
            m_atStart = true;
            m_error = error;
            endResetModel();
        };
    });
}

bool CustomerListModel::isSearching() const
{
    return m_searchJob->isRunning();
}

void CustomerListModel::waitForSearch()
{
    m_searchJob->wait();
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CustomerListRow &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    const QLocale locale;
    if (role == RawValueRole) {
        switch (index.column()) {
        case Code: return r.code;
        case Name: return r.name;
        case Phone: return r.phone;
        case Company: return r.company;
        case Segment: return r.segment;
        case Abc: return r.abcClass;
        case Clv: return r.clv ? QVariant(qlonglong(*r.clv)) : QVariant();
        case PAlive: return r.pAlive ? QVariant(*r.pAlive) : QVariant();
        case Churn: return r.churnFlag;
        case LastPurchase: return r.lastPurchase;
        case Owner: return r.owner;
        case Satisfaction: return r.satisfaction ? QVariant(*r.satisfaction) : QVariant();
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Code: return r.code;
        case Name: return r.name;
        case Phone: return r.phone;
        case Company: return r.company;
        case Segment: return r.segment.isEmpty() ? QString() : Labels::segment(r.segment);
        case Abc: return r.abcClass;
        case Clv: return r.clv ? MoneyFormatter::formatWholeNumber(*r.clv, m_currency, locale) : QString();
        case PAlive: return r.pAlive ? locale.toString(*r.pAlive * 100.0, 'f', 0) + u'%' : QString();
        case Churn: return r.churnFlag.isEmpty() ? QString() : Labels::churnFlag(r.churnFlag);
        case LastPurchase:
            return r.lastPurchase.isValid() ? locale.toString(r.lastPurchase, QLocale::ShortFormat) : QString();
        case Owner: return r.owner;
        case Satisfaction: return r.satisfaction ? locale.toString(*r.satisfaction, 'f', 1) : QString();
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == Clv || index.column() == PAlive || index.column() == Satisfaction)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == Churn) {
        if (r.churnFlag == u"at_risk")
            return QBrush(QColor(0xb3, 0x6b, 0x00));
        if (r.churnFlag == u"churned")
            return QBrush(QColor(0xb0, 0x20, 0x20));
    }
    return {};
}

QStringList CustomerListModel::columnTitles() const
{
    return {tr("Code"), tr("Name"),     tr("Phone"), tr("Company"),       tr("Segment"), tr("ABC"),
            tr("CLV"),  tr("P(alive)"), tr("Churn"), tr("Last purchase"), tr("Owner"),   tr("Satisfaction")};
}

bool CustomerListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void CustomerListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    std::optional<CustomerListKey> after;
    if (!m_rows.isEmpty())
        after = m_rows.constLast().key;
    m_error.clear();
    QList<CustomerListRow> page = m_workspace.customers().page(m_query, after, PageDirection::Forward, kPageSize,
                                                               &m_error);
    if (page.size() < kPageSize)
        m_atEnd = true;
    if (page.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    m_rows.append(std::move(page));
    endInsertRows();
}

int CustomerListModel::fetchBefore()
{
    if (m_atStart || m_rows.isEmpty())
        return 0;
    QList<CustomerListRow> page = m_workspace.customers().page(m_query, m_rows.constFirst().key,
                                                               PageDirection::Backward, kPageSize, &m_error);
    if (page.size() < kPageSize)
        m_atStart = true;
    if (page.isEmpty())
        return 0;
    std::reverse(page.begin(), page.end());
    const int count = static_cast<int>(page.size());
    beginInsertRows({}, 0, count - 1);
    page.append(std::move(m_rows));
    m_rows = std::move(page);
    endInsertRows();
    return count;
}

void CustomerListModel::jumpToEnd()
{
    m_searchJob->discard();
    m_query = m_requested;
    beginResetModel();
    m_error.clear();
    m_rows = m_workspace.customers().page(m_query, std::nullopt, PageDirection::Backward, kPageSize, &m_error);
    std::reverse(m_rows.begin(), m_rows.end());
    m_atEnd = true;
    m_atStart = m_rows.size() < kPageSize;
    endResetModel();
}

void CustomerListModel::sort(int column, Qt::SortOrder order)
{
    CustomerSort sort;
    switch (column) {
    case Code: sort = CustomerSort::Code; break;
    case Name: sort = CustomerSort::Name; break;
    case Company: sort = CustomerSort::Company; break;
    case Owner: sort = CustomerSort::Owner; break;
    case Clv: sort = CustomerSort::Clv; break;
    default: return;
    }
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_requested.sort && descending == m_requested.descending)
        return;
    m_requested.sort = sort;
    m_requested.descending = descending;
    applyNow();
}

bool CustomerListModel::isSortable(int column)
{
    return column == Code || column == Name || column == Company || column == Owner || column == Clv;
}

void CustomerListModel::setSearch(const QString &text)
{
    if (text == m_requested.search && !isSearching())
        return;
    m_requested.search = text;
    applyNow();
}

void CustomerListModel::setFilter(const CustomerListFilter &filter)
{
    if (filter == m_requested.filter && !isSearching())
        return;
    m_requested.filter = filter;
    applyNow();
}

void CustomerListModel::setSearchAndFilter(const QString &text, const CustomerListFilter &filter)
{
    if (text == m_requested.search && filter == m_requested.filter && !isSearching())
        return;
    m_requested.search = text;
    m_requested.filter = filter;
    applyNow();
}

void CustomerListModel::refreshCurrency()
{
    const Currency currency(m_workspace.currency());
    if (currency.code() == m_currency.code())
        return;
    m_currency = currency;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Clv), index(rowCount() - 1, Clv), {Qt::DisplayRole});
}

void CustomerListModel::reload()
{
    m_requested.snapshotId = m_workspace.customers().currentSnapshotId();
    m_currency = Currency(m_workspace.currency());
    applyNow();
}

void CustomerListModel::resetFromStart()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_atStart = true;
    m_error.clear();
    m_rows = m_workspace.customers().page(m_query, std::nullopt, PageDirection::Forward, kPageSize, &m_error);
    m_atEnd = m_rows.size() < kPageSize;
    endResetModel();
}

void CustomerListModel::refreshCustomer(CustomerId id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    CustomerListQuery single = m_query;
    single.search.clear();
    single.filter = {};
    single.onlyCustomer = id;
    const QList<CustomerListRow> fresh = m_workspace.customers().page(single, std::nullopt, PageDirection::Forward, 1,
                                                                      nullptr);
    if (fresh.isEmpty())
        return;
    const CustomerListKey oldKey = m_rows.at(row).key;
    m_rows[row] = fresh.constFirst();
    m_rows[row].key = oldKey; // keep the window's order consistent until the next reload
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

CustomerId CustomerListModel::customerId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int CustomerListModel::rowOf(CustomerId id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

} // namespace kehu
