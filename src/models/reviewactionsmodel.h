#pragma once

#include "quarterlyreview.h"

#include "flattablemodel.h"
#include <QList>

namespace kehu {

/// The follow-ups the quarterly review proposes, before they are created: the customer
/// (checked: to be created, as the review chose), code, assignee and due day (both edited as
/// text; a due day that is not an ISO date keeps the proposed one) and the reason.
class ReviewActionsModel : public FlatTableModel
{
    Q_OBJECT

public:
    enum Column { Customer, Code, Assignee, Due, Reason, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the customer
        ReasonKeyRole,             ///< the stored reason key ("review:win_back", ...)
    };

    explicit ReviewActionsModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Checks a row (Qt::CheckStateRole on Customer) or edits its assignee or due day.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void setActions(const QList<QuarterlyReview::ProposedAction> &actions);
    /// The checked actions as edited: assignee trimmed, the typed due day when it is a date.
    QList<QuarterlyReview::ProposedAction> chosenActions() const;
    /// Unchecks every row (once they have been created).
    void uncheckAll();

private:
    int rows() const override { return int(m_rows.size()); }
    QStringList columnTitles() const override;
    struct Row
    {
        QuarterlyReview::ProposedAction action;
        QString assignee; ///< as typed
        QString due;      ///< as typed, ISO
        bool checked = true;
    };

    QList<Row> m_rows;
};

} // namespace kehu
