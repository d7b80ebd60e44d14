#pragma once

#include "atriskrow.h"
#include "flattablemodel.h"

#include <QList>

namespace kehu {

class Workspace;

/// Churn watch: the at-risk customers of the latest snapshot by value at risk, with the
/// churn rule that flagged each one (from the snapshot) and the reason and win-back outcome
/// recorded for them (their latest churn event). Holds at most kLimit rows in memory.
class ChurnWatchModel : public FlatTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Code, Owner, ValueAtRisk, PAlive, LastPurchase, Rule, Reason, Outcome, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the customer
        EventIdRole,               ///< the customer's open churn event, 0 when none
        RawValueRole,              ///< money in minor units, P(alive) 0..1, dates, stored keys
    };
    static constexpr int kLimit = 500;

    explicit ChurnWatchModel(Workspace &workspace, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// Reads the rows again from the latest snapshot.
    void reload();
    const AtRiskRow &rowAt(int row) const { return m_rows.at(row); }

private:
    int rows() const override { return int(m_rows.size()); }
    QStringList columnTitles() const override;

    Workspace &m_workspace;
    QList<AtRiskRow> m_rows;
    QString m_currency;
};

} // namespace kehu
