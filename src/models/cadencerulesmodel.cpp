#include "cadencerulesmodel.h"

#include "labels.h"

#include <algorithm>

namespace kehu {

CadenceRulesModel::CadenceRulesModel(QObject *parent) : FlatTableModel(ColumnCount, parent) {}

QVariant CadenceRulesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FollowUpCadencePolicy::Rule &r = m_rows.at(index.row());
    if (role == KeyRole)
        return r.segment;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Segment: return Labels::segment(r.segment);
    case EveryDays: return r.everyDays;
    case WithinDays: return r.withinDays;
    default: return {};
    }
}

QStringList CadenceRulesModel::columnTitles() const
{
    return {tr("Segment"), tr("Every (days)"), tr("Within (days)")};
}

Qt::ItemFlags CadenceRulesModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    return index.column() == Segment ? flags : flags | Qt::ItemIsEditable;
}

bool CadenceRulesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() == Segment
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    bool ok = false;
    const int days = value.toInt(&ok);
    if (!ok)
        return false;
    FollowUpCadencePolicy::Rule &r = m_rows[index.row()];
    int &field = index.column() == EveryDays ? r.everyDays : r.withinDays;
    if (field != days) {
        field = days;
        emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    }
    return true;
}

void CadenceRulesModel::setRules(const QList<FollowUpCadencePolicy::Rule> &rules)
{
    beginResetModel();
    m_rows.clear();
    for (const QString &key : Labels::segmentKeys()) {
        FollowUpCadencePolicy::Rule rule{key, 0, 0};
        for (const FollowUpCadencePolicy::Rule &r : rules)
            if (r.segment == key)
                rule = r;
        m_rows << rule;
    }
    endResetModel();
}

QList<FollowUpCadencePolicy::Rule> CadenceRulesModel::rules() const
{
    QList<FollowUpCadencePolicy::Rule> rules;
    for (const FollowUpCadencePolicy::Rule &r : m_rows) {
        const FollowUpCadencePolicy::Rule rule{r.segment, std::max(0, r.everyDays), std::max(0, r.withinDays)};
        if (rule.everyDays > 0 || rule.withinDays > 0)
            rules << rule;
    }
    return rules;
}

} // namespace kehu
