#include "cohortretentionmodel.h"

#include "customercounts.h"
#include "labels.h"

#include <QColor>
#include <QDate>
#include <QLocale>

#include <algorithm>

namespace kehu {

namespace {

QString periodLabel(int32_t startDay, bool quarterly)
{
    const QDate date = QDate(1970, 1, 1).addDays(startDay);
    if (quarterly)
        return Labels::quarter(Quarter::containing(date));
    return date.toString(QStringLiteral("yyyy-MM"));
}

} // namespace

CohortTable CohortTable::fromCounts(const analytics::CustomerCounts &counts, int maxCohorts, int maxOffsets)
{
    CohortTable table;
    table.quarterly = counts.period == analytics::CalendarPeriod::Quarter;
    const size_t n = counts.periods();
    if (n == 0)
        return table;
    table.repeatRate = counts.repeatRate.back();
    table.customers = counts.acquiredToDate.back();
    const size_t first = n > size_t(maxCohorts) ? n - size_t(maxCohorts) : 0;
    for (size_t k = first; k < n; ++k) {
        table.cohorts << periodLabel(counts.periodStartDay[k], table.quarterly);
        table.sizes << counts.newCustomers[k];
        QList<double> row;
        const size_t available = counts.cohortActive[k].size();
        for (size_t j = 1; j < available && j <= size_t(maxOffsets); ++j)
            row << counts.retention(k, j);
        table.retention << row;
    }
    return table;
}

CohortRetentionModel::CohortRetentionModel(QObject *parent) : QAbstractTableModel(parent) {}

void CohortRetentionModel::setTable(CohortTable table)
{
    beginResetModel();
    m_table = std::move(table);
    m_offsets = 0;
    m_maxShare = 0.0;
    for (const QList<double> &row : std::as_const(m_table.retention)) {
        m_offsets = std::max(m_offsets, int(row.size()));
        for (double share : row)
            m_maxShare = std::max(m_maxShare, share);
    }
    endResetModel();
}

int CohortRetentionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.cohorts.size());
}

int CohortRetentionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + m_offsets;
}

QVariant CohortRetentionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (index.column() == 0) {
        switch (role) {
        case Qt::DisplayRole: return QLocale().toString(m_table.sizes.at(row));
        case RawValueRole: return m_table.sizes.at(row);
        case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default: return {};
        }
    }
    const QList<double> &shares = m_table.retention.at(row);
    const int offset = index.column() - 1;
    if (offset >= shares.size())
        return {};
    const double share = shares.at(offset);
    // 0 .. highest share in the table -> pale to deep teal.
    const double t = m_maxShare > 0.0 ? std::clamp(share / m_maxShare, 0.0, 1.0) : 0.0;
    switch (role) {
    case Qt::DisplayRole: return QString(QLocale().toString(share * 100.0, 'f', 0) + u'%');
    case RawValueRole: return share;
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignCenter);
    case Qt::BackgroundRole:
        return QColor::fromRgbF(float(0.94 - 0.86 * t), float(0.97 - 0.55 * t), float(0.96 - 0.58 * t));
    case Qt::ForegroundRole: return t > 0.55 ? QColor(Qt::white) : QColor(Qt::black);
    default: return {};
    }
}

QVariant CohortRetentionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_table.cohorts.size() ? QVariant(m_table.cohorts.at(section)) : QVariant();
    if (section == 0)
        return tr("Customers");
    return QStringLiteral("+%1").arg(section);
}

} // namespace kehu
