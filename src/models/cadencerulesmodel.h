#pragma once

#include "followupcadencepolicy.h"

#include "flattablemodel.h"
#include <QList>

namespace kehu {

/// The follow-up cadence rules as a table, one row per segment (every segment the labels
/// know, in their order, whether it has a rule or not): "every" and "within" days are
/// edited here and only written when the view saves rules(). 0 = not set.
class CadenceRulesModel : public FlatTableModel
{
    Q_OBJECT

public:
    enum Column { Segment, EveryDays, WithinDays, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1 }; ///< the segment key

    explicit CadenceRulesModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// The day columns take whole numbers (as typed: rules() drops what is below 0).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// Shows these rules (a segment without one shows 0 and 0; rules of unknown segments are not shown).
    void setRules(const QList<FollowUpCadencePolicy::Rule> &rules);
    /// The rules as shown: negative days count as 0, and a segment with both 0 has no rule.
    QList<FollowUpCadencePolicy::Rule> rules() const;

private:
    int rows() const override { return int(m_rows.size()); }
    QStringList columnTitles() const override;
    QList<FollowUpCadencePolicy::Rule> m_rows;
};

} // namespace kehu
