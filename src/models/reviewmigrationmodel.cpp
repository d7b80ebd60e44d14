#include "reviewmigrationmodel.h"

#include "labels.h"
#include "moneyformatter.h"
#include "workspace.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace kehu {

ReviewMigrationModel::ReviewMigrationModel(Workspace &workspace, Kind kind, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace), m_kind(kind)
{}

int ReviewMigrationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_labels.size());
}

int ReviewMigrationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_labels.size());
}

QVariant ReviewMigrationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int from = index.row();
    const int to = index.column();
    const qint64 count = cell(from, to).first;
    switch (role) {
    case Qt::DisplayRole: return count ? QLocale().toString(count) : QString();
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
    case Qt::ToolTipRole: return tooltip(from, to);
    case Qt::BackgroundRole: {
        if (count <= 0)
            return {};
        const double t = std::sqrt(double(count) / double(m_top));
        return QBrush(from == to ? QColor::fromRgbF(float(1.0 - 0.5 * t), float(1.0 - 0.3 * t), 1.0f)
                                 : QColor::fromRgbF(1.0f, float(1.0 - 0.45 * t), float(1.0 - 0.6 * t)));
    }
    default: return {};
    }
}

QVariant ReviewMigrationModel::headerData(int section, Qt::Orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0 || section >= m_labels.size())
        return {};
    return m_labels.at(section);
}

Qt::ItemFlags ReviewMigrationModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled;
}

void ReviewMigrationModel::setReview(const QuarterlyReview &review)
{
    const bool abc = m_kind == Kind::AbcClasses;
    beginResetModel();
    m_labels.clear();
    for (const QString &key : abc ? review.abcKeys : review.segmentKeys)
        m_labels << (abc ? Labels::abcClass(key) : Labels::segment(key));
    m_labels << tr("(none)");
    m_matrix = abc ? review.abcMigration : review.segmentMigration;
    m_top = 1;
    for (const int64_t c : m_matrix.customers)
        m_top = std::max<qint64>(m_top, c);
    m_currency = m_workspace.currency();
    endResetModel();
}

QString ReviewMigrationModel::caption(int row, int column) const
{
    return m_labels.at(row) + QStringLiteral(" → ") + m_labels.at(column);
}

std::pair<qint64, MinorUnits> ReviewMigrationModel::cell(int row, int column) const
{
    // The last row and column are the customers without a group (the matrix's absent label).
    const int n = int(m_labels.size());
    const int16_t from = row == n - 1 ? analytics::kAbsentLabel : int16_t(row);
    const int16_t to = column == n - 1 ? analytics::kAbsentLabel : int16_t(column);
    return {m_matrix.customers.empty() ? 0 : m_matrix.count(from, to),
            m_matrix.revenue.empty() ? 0 : m_matrix.revenueOf(from, to)};
}

QString ReviewMigrationModel::tooltip(int row, int column) const
{
    const auto [count, revenue] = cell(row, column);
    return tr("%1 → %2: %3 customers, revenue %4")
        .arg(m_labels.at(row), m_labels.at(column), QLocale().toString(count),
             MoneyFormatter::formatWhole(revenue, Currency(m_currency)));
}

} // namespace kehu
