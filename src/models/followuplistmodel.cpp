#include "followuplistmodel.h"

#include "commands/markfollowupdonecommand.h"
#include "followupbook.h"
#include "labels.h"
#include "workspace.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace kehu {

FollowUpListModel::FollowUpListModel(Workspace &workspace, QObject *parent)
    : FlatTableModel(ColumnCount, parent), m_workspace(workspace)
{
    m_query.today = QDate::currentDate();
}

QVariant FollowUpListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const FollowUpRow &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.followUp.id;
    if (role == Qt::ForegroundRole && r.daysOverdue > 0 && index.column() <= Overdue)
        return QBrush(QColor(192, 57, 43));
    if (role == RawValueRole) {
        switch (index.column()) {
        case Due: return r.followUp.dueOn;
        case Overdue: return r.daysOverdue;
        default: break;
        }
        role = Qt::DisplayRole;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Due: return QLocale().toString(r.followUp.dueOn, QLocale::ShortFormat);
    case Overdue:
        return r.daysOverdue > 0                   ? tr("%Ln day(s)", nullptr, r.daysOverdue)
               : r.followUp.dueOn == m_query.today ? tr("today")
                                                   : QString();
    case Code: return r.code;
    case Name: return r.name;
    case Owner: return r.owner;
    case Reason: return Labels::followUpReason(r.followUp.reason);
    default: return {};
    }
}

QStringList FollowUpListModel::columnTitles() const
{
    return {tr("Due"), tr("Overdue"), tr("Code"), tr("Customer"), tr("Owner"), tr("Reason")};
}

void FollowUpListModel::setQuery(const FollowUpQuery &query)
{
    m_query = query;
    reload();
}

void FollowUpListModel::reload()
{
    beginResetModel();
    m_error.clear();
    m_rows = m_workspace.followUps().open(m_query, &m_error);
    endResetModel();
}

bool FollowUpListModel::markDone(int row, VisitKind kind, const QString &note, QString *error)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const FollowUpRow r = m_rows.at(row);
    Visit visit;
    visit.customerId = r.followUp.customerId;
    visit.time = QDateTime(m_query.today, QTime::currentTime());
    visit.kind = kind;
    visit.staff = r.owner;
    visit.note = note.isEmpty() ? tr("Follow-up: %1").arg(Labels::followUpReason(r.followUp.reason)) : note;
    if (!ServiceCommand::push(m_workspace, new MarkFollowUpDoneCommand(m_workspace, r.followUp.id, visit), error))
        return false;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    return true;
}

} // namespace kehu
