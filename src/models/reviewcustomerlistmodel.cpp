#include "reviewcustomerlistmodel.h"

#include "labels.h"
#include "moneyformatter.h"
#include "workspace.h"

namespace kehu {

namespace {

/// "From → to" in labels, one label when they are the same; "—" stands for none.
QString moved(const QString &from, const QString &to, QString (*label)(const QString &))
{
    const QString a = from.isEmpty() ? QStringLiteral("—") : label(from);
    const QString b = to.isEmpty() ? QStringLiteral("—") : label(to);
    return a == b ? b : a + QStringLiteral(" → ") + b;
}

} // namespace

ReviewCustomerListModel::ReviewCustomerListModel(Workspace &workspace, QObject *parent)
    : FlatTableModel(ColumnCount, parent), m_workspace(workspace)
{}

QVariant ReviewCustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QuarterlyReview::CustomerLine &l = m_lines.at(index.row());
    if (role == IdRole)
        return l.id;
    if (role != Qt::DisplayRole)
        return {};
    const Currency currency(m_currency);
    switch (index.column()) {
    case Code: return l.code;
    case Name: return l.name;
    case Owner: return l.owner;
    case Segment: return moved(l.fromSegment, l.toSegment, &Labels::segment);
    case Abc: return moved(l.fromAbc, l.toAbc, &Labels::abcClass);
    case Clv: return l.clv ? MoneyFormatter::formatWhole(*l.clv, currency) : QString();
    case QuarterRevenue: return MoneyFormatter::formatWhole(l.quarterRevenue, currency);
    default: return {};
    }
}

QStringList ReviewCustomerListModel::columnTitles() const
{
    return {tr("Code"), tr("Customer"), tr("Owner"), tr("Segment"), tr("ABC"), tr("CLV"), tr("Quarter revenue")};
}

Qt::ItemFlags ReviewCustomerListModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled;
}

void ReviewCustomerListModel::setLines(const QList<QuarterlyReview::CustomerLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    m_currency = m_workspace.currency();
    endResetModel();
}

QList<CustomerId> ReviewCustomerListModel::customerIds() const
{
    QList<CustomerId> ids;
    ids.reserve(m_lines.size());
    for (const QuarterlyReview::CustomerLine &l : m_lines)
        ids << l.id;
    return ids;
}

} // namespace kehu
