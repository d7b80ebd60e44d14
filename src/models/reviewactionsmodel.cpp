#include "reviewactionsmodel.h"

#include "labels.h"

namespace kehu {

ReviewActionsModel::ReviewActionsModel(QObject *parent) : FlatTableModel(ColumnCount, parent) {}

QVariant ReviewActionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const QuarterlyReview::ProposedAction &a = row.action;
    switch (role) {
    case IdRole: return a.customerId;
    case ReasonKeyRole: return a.reason;
    case Qt::CheckStateRole:
        return index.column() == Customer ? QVariant(row.checked ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::DisplayRole:
    case Qt::EditRole: break;
    default: return {};
    }
    switch (index.column()) {
    case Customer: return a.name;
    case Code: return a.code;
    case Assignee: return row.assignee;
    case Due: return row.due;
    case Reason: return Labels::followUpReason(a.reason);
    default: return {};
    }
}

QStringList ReviewActionsModel::columnTitles() const
{
    return {tr("Customer"), tr("Code"), tr("Assignee"), tr("Due"), tr("Reason")};
}

Qt::ItemFlags ReviewActionsModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    switch (index.column()) {
    case Customer: return flags | Qt::ItemIsUserCheckable;
    case Assignee:
    case Due: return flags | Qt::ItemIsEditable;
    default: return flags;
    }
}

bool ReviewActionsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row &row = m_rows[index.row()];
    if (role == Qt::CheckStateRole && index.column() == Customer) {
        const bool checked = value.toInt() == Qt::Checked;
        if (row.checked != checked) {
            row.checked = checked;
            emit dataChanged(index, index, {Qt::CheckStateRole});
        }
        return true;
    }
    if (role != Qt::EditRole || (index.column() != Assignee && index.column() != Due))
        return false;
    QString &text = index.column() == Assignee ? row.assignee : row.due;
    if (text != value.toString()) {
        text = value.toString();
        emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    }
    return true;
}

void ReviewActionsModel::setActions(const QList<QuarterlyReview::ProposedAction> &actions)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(actions.size());
    for (const QuarterlyReview::ProposedAction &a : actions)
        m_rows << Row{a, a.assignee, a.dueOn.toString(Qt::ISODate), a.selected};
    endResetModel();
}

QList<QuarterlyReview::ProposedAction> ReviewActionsModel::chosenActions() const
{
    QList<QuarterlyReview::ProposedAction> chosen;
    for (const Row &row : m_rows) {
        if (!row.checked)
            continue;
        QuarterlyReview::ProposedAction a = row.action;
        a.assignee = row.assignee.trimmed();
        const QDate due = QDate::fromString(row.due.trimmed(), Qt::ISODate);
        if (due.isValid())
            a.dueOn = due;
        a.selected = true;
        chosen << a;
    }
    return chosen;
}

void ReviewActionsModel::uncheckAll()
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).checked) {
            m_rows[row].checked = false;
            emit dataChanged(index(row, Customer), index(row, Customer), {Qt::CheckStateRole});
        }
    }
}

} // namespace kehu
