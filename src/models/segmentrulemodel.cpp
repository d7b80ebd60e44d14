#include "segmentrulemodel.h"

#include "labels.h"

#include <algorithm>

namespace kehu {

namespace {

int *boundOf(analytics::SegmentRule &rule, int column)
{
    switch (column) {
    case SegmentRuleModel::RMin: return &rule.rMin;
    case SegmentRuleModel::RMax: return &rule.rMax;
    case SegmentRuleModel::FMin: return &rule.fMin;
    case SegmentRuleModel::FMax: return &rule.fMax;
    case SegmentRuleModel::MMin: return &rule.mMin;
    case SegmentRuleModel::MMax: return &rule.mMax;
    default: return nullptr;
    }
}

} // namespace

SegmentRuleModel::SegmentRuleModel(QObject *parent) : FlatTableModel(ColumnCount, parent) {}

void SegmentRuleModel::setRules(std::vector<analytics::SegmentRule> rules)
{
    beginResetModel();
    m_rules = std::move(rules);
    endResetModel();
}

int SegmentRuleModel::addRule(int row)
{
    if (row < 0 || row > rowCount())
        row = rowCount();
    int n = 1;
    const auto taken = [this](const std::string &key) {
        return std::any_of(m_rules.cbegin(), m_rules.cend(), [&key](const auto &r) { return r.key == key; });
    };
    while (taken("custom_" + std::to_string(n)))
        ++n;
    analytics::SegmentRule rule;
    rule.key = "custom_" + std::to_string(n);
    rule.rMax = rule.fMax = rule.mMax = m_maxScore;
    beginInsertRows({}, row, row);
    m_rules.insert(m_rules.begin() + row, rule);
    endInsertRows();
    emit edited();
    return row;
}

void SegmentRuleModel::removeRule(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    m_rules.erase(m_rules.begin() + row);
    endRemoveRows();
    emit edited();
}

void SegmentRuleModel::moveRule(int row, int delta)
{
    const int target = row + delta;
    if (row < 0 || row >= rowCount() || target < 0 || target >= rowCount() || delta == 0)
        return;
    // beginMoveRows takes the destination as "insert before" in the old numbering.
    beginMoveRows({}, row, row, {}, delta > 0 ? target + 1 : target);
    std::swap(m_rules[std::size_t(row)], m_rules[std::size_t(target)]);
    endMoveRows();
    emit edited();
}

QVariant SegmentRuleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    analytics::SegmentRule rule = m_rules[std::size_t(index.row())];
    if (index.column() == Segment) {
        const QString key = QString::fromStdString(rule.key);
        if (role == Qt::DisplayRole)
            return Labels::segment(key);
        if (role == Qt::EditRole || role == Qt::UserRole)
            return key;
        return {};
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return *boundOf(rule, index.column());
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignCenter);
    return {};
}

bool SegmentRuleModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= rowCount())
        return false;
    analytics::SegmentRule &rule = m_rules[std::size_t(index.row())];
    if (index.column() == Segment) {
        const QString key = value.toString().trimmed();
        if (key.isEmpty())
            return false;
        rule.key = key.toStdString();
    } else {
        bool ok = false;
        const int score = value.toInt(&ok);
        if (!ok || score < 1 || score > m_maxScore)
            return false;
        *boundOf(rule, index.column()) = score;
    }
    emit dataChanged(index, index);
    emit edited();
    return true;
}

Qt::ItemFlags SegmentRuleModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const QString key = QString::fromStdString(m_rules[std::size_t(index.row())].key);
    // The built-in segments keep their keys (labels and recommended actions hang on them).
    if (index.column() != Segment || !Labels::segmentKeys().contains(key))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QStringList SegmentRuleModel::columnTitles() const
{
    return {tr("Segment"), tr("R from"), tr("R to"), tr("F from"), tr("F to"), tr("M from"), tr("M to")};
}

} // namespace kehu
