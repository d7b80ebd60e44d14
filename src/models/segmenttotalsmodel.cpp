#include "segmenttotalsmodel.h"

#include "commands/setsegmentactioncommand.h"
#include "labels.h"
#include "segmentrules.h"
#include "workspace.h"

#include <QLocale>

#include <utility>

namespace kehu {

SegmentTotalsModel::SegmentTotalsModel(Workspace &workspace, Kind kind, QObject *parent)
    : FlatTableModel(kind == Kind::Segments ? ColumnCount : Action, parent), m_workspace(workspace), m_kind(kind)
{
    if (m_kind == Kind::Segments)
        connect(&m_workspace, &Workspace::settingsChanged, this, &SegmentTotalsModel::refreshActions);
}

QVariant SegmentTotalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case KeyRole: return r.key;
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Name: return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        case Customers:
        case RevenueShare: return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default: return {};
        }
    case Qt::DisplayRole:
    case Qt::EditRole: break;
    default: return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case Name: return m_kind == Kind::Segments ? Labels::segment(r.key) : Labels::abcClass(r.key);
    case Customers: return locale.toString(r.customers);
    case RevenueShare: return QString(locale.toString(r.share, 'f', 1) + u'%');
    case Action: return actionOf(r.key);
    default: return {};
    }
}

QStringList SegmentTotalsModel::columnTitles() const
{
    if (m_kind == Kind::Segments)
        return {tr("Segment"), tr("Customers"), tr("Revenue share"), tr("Recommended action")};
    return {tr("Class"), tr("Customers"), tr("Revenue share")};
}

Qt::ItemFlags SegmentTotalsModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    return index.column() == Action ? flags | Qt::ItemIsEditable : flags;
}

bool SegmentTotalsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != Action
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString key = m_rows.at(index.row()).key;
    const QString text = value.toString();
    if (text == actionOf(key))
        return true; // nothing changed: nothing to store or undo
    // The command's run says the settings changed: refreshActions() shows what is stored.
    return ServiceCommand::push(m_workspace, new SetSegmentActionCommand(m_workspace, key, text));
}

void SegmentTotalsModel::setTotals(const QList<GroupTotal> &totals)
{
    beginResetModel();
    m_rows.clear();
    if (m_kind == Kind::Segments)
        m_actions = m_workspace.segments().actions();
    MinorUnits total = 0;
    for (const GroupTotal &t : totals)
        total += t.revenue;
    for (const GroupTotal &t : totals) {
        if (t.key.isEmpty())
            continue;
        const double share = total > 0 ? 100.0 * double(t.revenue) / double(total) : 0.0;
        m_rows << Row{t.key, t.customers, share};
    }
    endResetModel();
}

QString SegmentTotalsModel::actionOf(const QString &key) const
{
    return m_actions.value(key).toString(Labels::segmentAction(key));
}

void SegmentTotalsModel::refreshActions()
{
    const QJsonObject before = std::exchange(m_actions, m_workspace.segments().actions());
    for (int row = 0; row < m_rows.size(); ++row) {
        const QString &key = m_rows.at(row).key;
        if (before.value(key) != m_actions.value(key))
            emit dataChanged(index(row, Action), index(row, Action), {Qt::DisplayRole, Qt::EditRole});
    }
}

} // namespace kehu
