#include "followupplanmodel.h"

#include "followupbook.h"
#include "labels.h"
#include "workspace.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>

namespace kehu {

FollowUpPlanModel::FollowUpPlanModel(Workspace &workspace, QObject *parent)
    : FlatTableModel(ColumnCount, parent), m_workspace(workspace)
{}

QVariant FollowUpPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const FollowUpPlanner::Proposal &p = row.proposal;
    const FollowUp &f = p.followUp;
    const bool lateDue = p.late && index.column() == Due;
    switch (role) {
    case DueDateRole: return f.dueOn;
    case Qt::CheckStateRole:
        return index.column() == Customer ? QVariant(row.checked ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::ForegroundRole: return lateDue ? QVariant(QBrush(QColor(192, 57, 43))) : QVariant();
    case Qt::ToolTipRole:
        return lateDue ? QVariant(tr("Every day of this follow-up's window is full: it is due after it.")) : QVariant();
    case Qt::DisplayRole: break;
    default: return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case Customer: return m_names.value(f.customerId, QString::number(f.customerId));
    case Owner: return f.assignee;
    case Due: return locale.toString(f.dueOn, QLocale::ShortFormat);
    case DueBy: return locale.toString(p.latest, QLocale::ShortFormat);
    case Reason: return Labels::followUpReason(f.reason);
    default: return {};
    }
}

QStringList FollowUpPlanModel::columnTitles() const
{
    return {tr("Customer"), tr("Owner"), tr("Due"), tr("Due by"), tr("Reason")};
}

Qt::ItemFlags FollowUpPlanModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    return index.column() == Customer ? flags | Qt::ItemIsUserCheckable : flags;
}

bool FollowUpPlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != Customer
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const bool checked = value.toInt() == Qt::Checked;
    bool &stored = m_rows[index.row()].checked;
    if (stored != checked) {
        stored = checked;
        emit dataChanged(index, index, {Qt::CheckStateRole});
    }
    return true;
}

void FollowUpPlanModel::setProposals(const QList<FollowUpPlanner::Proposal> &proposals)
{
    QList<CustomerId> ids;
    ids.reserve(proposals.size());
    for (const FollowUpPlanner::Proposal &p : proposals)
        ids << p.followUp.customerId;
    beginResetModel();
    m_names = m_workspace.followUps().customerNames(ids);
    m_rows.clear();
    m_rows.reserve(proposals.size());
    for (const FollowUpPlanner::Proposal &p : proposals)
        m_rows << Row{p, true};
    endResetModel();
}

void FollowUpPlanModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_names.clear();
    endResetModel();
}

QList<FollowUp> FollowUpPlanModel::checkedFollowUps() const
{
    QList<FollowUp> chosen;
    for (const Row &row : m_rows)
        if (row.checked)
            chosen << row.proposal.followUp;
    return chosen;
}

QDate FollowUpPlanModel::firstDue() const
{
    QDate first;
    for (const Row &row : m_rows)
        first = first.isValid() ? std::min(first, row.proposal.followUp.dueOn) : row.proposal.followUp.dueOn;
    return first;
}

QDate FollowUpPlanModel::lastDue() const
{
    QDate last;
    for (const Row &row : m_rows)
        last = last.isValid() ? std::max(last, row.proposal.followUp.dueOn) : row.proposal.followUp.dueOn;
    return last;
}

} // namespace kehu
