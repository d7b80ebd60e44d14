#include "distributorscorecardmodel.h"

#include "distributorfigures.h"
#include "labels.h"
#include "moneyformatter.h"
#include "ownertargetmodel.h"
#include "workspace.h"

#include <QLocale>

#include <cmath>
#include <limits>

namespace kehu {

DistributorScorecardModel::DistributorScorecardModel(Workspace &workspace, QObject *parent)
    : FlatTableModel(ColumnCount, parent), m_workspace(workspace)
{}

void DistributorScorecardModel::setQuarter(const QString &quarter)
{
    beginResetModel();
    m_quarter = quarter;
    m_lines.clear();
    const auto [from, to] = OwnerTargetModel::quarterRange(quarter);
    if (from.isValid()) {
        const QDate previousFrom = from.addMonths(-3);
        m_lines = m_workspace.distributors().scorecard(from, to, previousFrom, from.addDays(-1));
    }
    endResetModel();
}

void DistributorScorecardModel::setLines(const QString &quarter, const QList<DistributorLine> &lines)
{
    beginResetModel();
    m_quarter = quarter;
    m_lines = lines;
    endResetModel();
}

QVariant DistributorScorecardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DistributorLine &line = m_lines.at(index.row());
    const analytics::DistributorScore &s = line.score;
    if (role == CustomerIdRole)
        return line.id;
    if (role == RawValueRole) {
        switch (index.column()) {
        case Rank: return s.rank;
        case Name: return line.name;
        case Owner: return line.owner;
        case Sales: return qint64(s.sales);
        case Growth: return s.growth;
        case Share: return s.share;
        case Satisfaction: return line.input.csatAverage;
        case Discipline: return s.discipline;
        case Score: return s.score;
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Name && index.column() != Owner)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    const auto percent = [&locale](double v, int decimals) {
        return QString(locale.toString(v * 100.0, 'f', decimals) + u'%');
    };
    switch (index.column()) {
    case Rank: return s.rank;
    case Name: return line.name.isEmpty() ? line.code : line.name;
    case Owner: return line.owner;
    case Sales: return MoneyFormatter::formatWhole(s.sales, Currency(m_workspace.currency()), locale);
    case Growth:
        return std::isnan(s.growth) ? tr("new")
                                    : QString((s.growth > 0 ? QStringLiteral("+") : QString()) + percent(s.growth, 1));
    case Share: return percent(s.share, 1);
    case Satisfaction:
        return std::isnan(line.input.csatAverage) ? QStringLiteral("–")
                                                  : locale.toString(line.input.csatAverage, 'f', 2);
    case Discipline:
        return line.input.followUpsDue > 0 ? QStringLiteral("%1 (%2/%3)")
                                                 .arg(percent(s.discipline, 0))
                                                 .arg(Labels::count(line.input.followUpsOnTime))
                                                 .arg(Labels::count(line.input.followUpsDue))
                                           : QStringLiteral("–");
    case Score: return locale.toString(s.score * 100.0, 'f', 0);
    default: return {};
    }
}

QStringList DistributorScorecardModel::columnTitles() const
{
    return {tr("Rank"), tr("Distributor"),        tr("Owner"), tr("Sales"), tr("Growth"), tr("Share"),
            tr("CSAT"), tr("Follow-ups on time"), tr("Score")};
}

} // namespace kehu
