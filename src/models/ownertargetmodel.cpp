#include "ownertargetmodel.h"

#include "commands/setownertargetcommand.h"
#include "moneyformatter.h"
#include "moneyparser.h"
#include "salestargets.h"
#include "workspace.h"

#include <QColor>
#include <QLocale>
#include <QRegularExpression>
#include <QUndoStack>

#include <cmath>
#include <limits>
#include <map>

namespace kehu {

OwnerTargetModel::OwnerTargetModel(Workspace &workspace, QObject *parent)
    : FlatTableModel(ColumnCount, parent), m_workspace(workspace)
{
    connect(&m_workspace, &Workspace::targetsChanged, this, &OwnerTargetModel::reload);
}

std::pair<QDate, QDate> OwnerTargetModel::quarterRange(const QString &quarter)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})Q([1-4])$"));
    const QRegularExpressionMatch match = pattern.match(quarter);
    if (!match.hasMatch())
        return {};
    const QDate from(match.captured(1).toInt(), (match.captured(2).toInt() - 1) * 3 + 1, 1);
    return {from, from.addMonths(3).addDays(-1)};
}

QString OwnerTargetModel::quarterOf(const QDate &date)
{
    return QStringLiteral("%1Q%2").arg(date.year()).arg((date.month() - 1) / 3 + 1);
}

void OwnerTargetModel::setQuarter(const QString &quarter)
{
    m_quarter = quarter;
    m_owners.clear();
    m_actuals.clear();
    const auto [from, to] = quarterRange(m_quarter);
    if (from.isValid()) {
        const SalesTargets &targets = m_workspace.targets();
        m_owners = targets.owners();
        m_actuals = targets.actuals(from, to);
    }
    reload();
}

void OwnerTargetModel::setActuals(const QString &quarter, const QStringList &owners, const QList<OwnerActuals> &actuals)
{
    m_quarter = quarter;
    m_owners = owners;
    m_actuals = actuals;
    reload();
}

void OwnerTargetModel::reload()
{
    beginResetModel();
    read();
    endResetModel();
}

void OwnerTargetModel::read()
{
    m_rows.clear();
    if (!quarterRange(m_quarter).first.isValid())
        return;
    std::map<QString, Row> rows;
    for (const QString &owner : std::as_const(m_owners))
        rows[owner].owner = owner;
    for (const OwnerActuals &a : std::as_const(m_actuals)) {
        if (a.owner.isEmpty())
            continue;
        Row &row = rows[a.owner];
        row.owner = a.owner;
        row.revenue = a.revenue;
        row.newCustomers = a.newCustomers;
    }
    for (const OwnerTarget &t : m_workspace.targets().forQuarter(m_quarter)) {
        Row &row = rows[t.owner];
        row.owner = t.owner;
        row.target = t;
    }
    for (auto &[owner, row] : rows)
        m_rows.append(row);
}

Qt::ItemFlags OwnerTargetModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = FlatTableModel::flags(index);
    if (index.isValid() && (index.column() == RevenueTarget || index.column() == NewTarget))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant OwnerTargetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double revenueProgress = row.target && row.target->revenue > 0
                                       ? double(row.revenue) / double(row.target->revenue)
                                       : nan;
    const double newProgress = row.target && row.target->newCustomers > 0
                                   ? double(row.newCustomers) / double(row.target->newCustomers)
                                   : nan;
    const QLocale locale;
    const QString currency = m_workspace.currency();
    switch (role) {
    case RawValueRole:
        switch (index.column()) {
        case Owner: return row.owner;
        case RevenueTarget: return row.target ? QVariant(qint64(row.target->revenue)) : QVariant();
        case Revenue: return qint64(row.revenue);
        case RevenueProgress: return revenueProgress;
        case NewTarget: return row.target ? QVariant(row.target->newCustomers) : QVariant();
        case NewCustomers: return row.newCustomers;
        case NewProgress: return newProgress;
        default: return {};
        }
    case Qt::EditRole:
        // Text, so that the default delegate edits it in a line edit (not a QDoubleSpinBox)
        // and setData() reads it back exactly with MoneyParser.
        if (index.column() == RevenueTarget)
            return MoneyFormatter::editText(row.target ? row.target->revenue : 0, Currency(currency), locale);
        if (index.column() == NewTarget)
            return row.target ? int(row.target->newCustomers) : 0;
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Owner ? QVariant() : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == RevenueProgress || index.column() == NewProgress) {
            const double p = index.column() == RevenueProgress ? revenueProgress : newProgress;
            if (!std::isnan(p))
                return p >= 1.0 ? QColor(0x1b, 0x8a, 0x3a) : QColor(0xc0, 0x39, 0x2b);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == RevenueTarget || index.column() == NewTarget)
            return tr("Double-click to set the target");
        return {};
    case Qt::DisplayRole: {
        const auto percent = [&locale](double p) {
            return std::isnan(p) ? QStringLiteral("–") : QString(locale.toString(p * 100.0, 'f', 0) + u'%');
        };
        switch (index.column()) {
        case Owner: return row.owner;
        case RevenueTarget:
            return row.target ? MoneyFormatter::formatWhole(row.target->revenue, Currency(currency), locale)
                              : QStringLiteral("–");
        case Revenue: return MoneyFormatter::formatWhole(row.revenue, Currency(currency), locale);
        case RevenueProgress: return percent(revenueProgress);
        case NewTarget: return row.target ? locale.toString(row.target->newCustomers) : QStringLiteral("–");
        case NewCustomers: return locale.toString(row.newCustomers);
        case NewProgress: return percent(newProgress);
        default: return {};
        }
    }
    default: return {};
    }
}

bool OwnerTargetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || (index.column() != RevenueTarget && index.column() != NewTarget))
        return false;
    const Row &row = m_rows.at(index.row());
    OwnerTarget after = row.target.value_or(OwnerTarget{row.owner, m_quarter, 0, 0});
    bool ok = false;
    if (index.column() == RevenueTarget) {
        // Major units as typed ("50,000", "¥1,234.50") in the user's locale.
        const std::optional<MinorUnits> minor =
            MoneyParser(Currency(m_workspace.currency())).parse(value.toString()).minorUnits();
        if (!minor || *minor < 0)
            return false;
        after.revenue = *minor;
    } else {
        const qlonglong n = value.toLongLong(&ok);
        if (!ok || n < 0)
            return false;
        after.newCustomers = n;
    }
    if (row.target && *row.target == after)
        return true;
    // The stack deletes a command it merges into the previous one: ask push() how it went.
    return ServiceCommand::push(m_workspace, new SetOwnerTargetCommand(m_workspace, row.target, after));
}

QStringList OwnerTargetModel::columnTitles() const
{
    return {tr("Owner"),         tr("Revenue target"), tr("Revenue"), tr("Of target"), tr("New-customer target"),
            tr("New customers"), tr("Of target")};
}

} // namespace kehu
