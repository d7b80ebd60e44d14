#include "churnwatchmodel.h"

#include "churntracker.h"
#include "labels.h"
#include "moneyformatter.h"
#include "workspace.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

namespace kehu {

ChurnWatchModel::ChurnWatchModel(Workspace &workspace, QObject *parent)
    : FlatTableModel(ColumnCount, parent), m_workspace(workspace)
{}

QVariant ChurnWatchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AtRiskRow &r = m_rows.at(index.row());
    const bool recorded = !r.eventReason.isEmpty();
    switch (role) {
    case IdRole: return r.id;
    case EventIdRole: return r.openEventId;
    case Qt::TextAlignmentRole:
        if (index.column() == ValueAtRisk || index.column() == PAlive)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        // "Not recorded" is a placeholder, not a value: shown dimmed.
        if (!recorded && (index.column() == Reason || index.column() == Outcome))
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case RawValueRole:
        switch (index.column()) {
        case ValueAtRisk: return r.clv ? QVariant(qlonglong(*r.clv)) : QVariant();
        case PAlive: return r.pAlive ? QVariant(*r.pAlive) : QVariant();
        case LastPurchase: return r.lastPurchase;
        case Rule: return r.churnRule;
        case Reason: return r.eventReason;
        case Outcome: return r.eventOutcome;
        default: break;
        }
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole: break;
    default: return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case Name: return r.name;
    case Code: return r.code;
    case Owner: return r.owner;
    case ValueAtRisk: return r.clv ? MoneyFormatter::format(*r.clv, Currency(m_currency), locale) : QString();
    case PAlive: return r.pAlive ? locale.toString(*r.pAlive * 100.0, 'f', 0) + u'%' : QString();
    case LastPurchase:
        return r.lastPurchase.isValid() ? locale.toString(r.lastPurchase, QLocale::ShortFormat) : QString();
    case Rule: return Labels::churnRule(r.churnRule);
    case Reason: return recorded ? Labels::churnReason(r.eventReason) : tr("Not recorded");
    case Outcome: return recorded ? Labels::churnOutcome(r.eventOutcome) : QStringLiteral("—");
    default: return {};
    }
}

QStringList ChurnWatchModel::columnTitles() const
{
    return {tr("Name"),     tr("Code"),          tr("Owner"),      tr("Value at risk (CLV)"),
            tr("P(alive)"), tr("Last purchase"), tr("Flagged by"), tr("Churn reason"),
            tr("Outcome")};
}

void ChurnWatchModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_currency = m_workspace.currency();
    m_rows = m_workspace.churn().atRisk(kLimit);
    endResetModel();
}

} // namespace kehu
