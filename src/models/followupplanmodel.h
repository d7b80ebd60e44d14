#pragma once

#include "followupplanner.h"

#include "flattablemodel.h"
#include <QHash>
#include <QList>

namespace kehu {

class Workspace;

/// The follow-ups planning from the cadence rules proposes, before anything is written: the
/// customer (checked: to be created; uncheck the ones not wanted), owner, due day, the last
/// day of the rule's window and the reason, in the planner's order. A proposal due after its
/// window (every day in it was full) shows its due day in red, with a tool tip saying so.
class FollowUpPlanModel : public FlatTableModel
{
    Q_OBJECT

public:
    enum Column { Customer, Owner, Due, DueBy, Reason, ColumnCount };
    enum Role { DueDateRole = Qt::UserRole + 1 }; ///< the due day as a QDate (every column)

    explicit FollowUpPlanModel(Workspace &workspace, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Checks or unchecks a proposal (Qt::CheckStateRole on the Customer column).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// Shows these proposals, all checked, with their customers' names read from the book.
    void setProposals(const QList<FollowUpPlanner::Proposal> &proposals);
    void clear();
    const FollowUpPlanner::Proposal &proposalAt(int row) const { return m_rows.at(row).proposal; }
    /// The checked proposals' follow-ups, in order.
    QList<FollowUp> checkedFollowUps() const;
    /// The earliest and latest due day of the proposals (invalid when there are none).
    QDate firstDue() const;
    QDate lastDue() const;

private:
    int rows() const override { return int(m_rows.size()); }
    QStringList columnTitles() const override;
    struct Row
    {
        FollowUpPlanner::Proposal proposal;
        bool checked = true;
    };

    Workspace &m_workspace;
    QList<Row> m_rows;
    QHash<CustomerId, QString> m_names;
};

} // namespace kehu
