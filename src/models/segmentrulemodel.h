#pragma once

#include "flattablemodel.h"
#include "rfmsegments.h"

#include <vector>

namespace kehu {

/// The editable RFM segment rule table of the classification policy: one row per rule, in
/// matching order (the first rule a customer matches wins), with inclusive score bounds.
/// Built-in keys show their translated name; rules a manager adds get a key he can edit.
class SegmentRuleModel : public FlatTableModel
{
    Q_OBJECT

public:
    enum Column { Segment, RMin, RMax, FMin, FMax, MMin, MMax, ColumnCount };

    explicit SegmentRuleModel(QObject *parent = nullptr);

    void setRules(std::vector<analytics::SegmentRule> rules);
    const std::vector<analytics::SegmentRule> &rules() const { return m_rules; }
    /// Scores run 1..maxScore (the number of RFM bins); bounds are clamped to it.
    void setMaxScore(int maxScore) { m_maxScore = maxScore; }

    /// Adds a rule matching every score at `row` (the end when -1); returns its row.
    int addRule(int row = -1);
    void removeRule(int row);
    /// Moves a rule one place up (-1) or down (+1) in matching order.
    void moveRule(int row, int delta);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void edited();

private:
    int rows() const override { return int(m_rules.size()); }
    QStringList columnTitles() const override;

    std::vector<analytics::SegmentRule> m_rules;
    int m_maxScore = 5;
};

} // namespace kehu
