#include "restorepointlistmodel.h"

#include <QLocale>

namespace kehu {

RestorePointListModel::RestorePointListModel(Workspace &workspace, QObject *parent)
    : FlatTableModel(ColumnCount, parent), m_workspace(workspace)
{}

bool RestorePointListModel::reload(QString *error)
{
    beginResetModel();
    QString problem;
    m_points = RestorePoints(m_workspace).list(&problem);
    endResetModel();
    if (!problem.isEmpty() && error)
        *error = problem;
    return problem.isEmpty();
}

const RestorePoint *RestorePointListModel::pointAt(int row) const
{
    return row >= 0 && row < m_points.size() ? &m_points.at(row) : nullptr;
}

QString RestorePointListModel::reasonLabel(const QString &reason)
{
    if (reason == u"import")
        return tr("Before an import");
    if (reason == u"merge")
        return tr("Before a merge");
    if (reason == u"hand_over")
        return tr("Before a handover");
    if (reason == u"erase")
        return tr("Before an erasure");
    if (reason == u"before_restore")
        return tr("Before a restore");
    if (reason == u"daily")
        return tr("Daily");
    if (reason == u"manual")
        return tr("Taken by hand");
    return reason;
}

QStringList RestorePointListModel::columnTitles() const
{
    return {tr("Taken"), tr("Why"), tr("Size"), tr("Encrypted")};
}

QVariant RestorePointListModel::data(const QModelIndex &index, int role) const
{
    const RestorePoint *point = pointAt(index.row());
    if (!point)
        return {};
    if (role == Qt::TextAlignmentRole && index.column() == Size)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Taken: return QLocale().toString(point->takenAt.toLocalTime(), QLocale::ShortFormat);
    case Reason: return reasonLabel(point->reason);
    case Size: return QLocale().formattedDataSize(point->bytes);
    case Encrypted: return point->encrypted ? tr("yes") : QString();
    default: return {};
    }
}

} // namespace kehu
