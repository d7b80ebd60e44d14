#pragma once

#include "segmentstats.h"

#include "flattablemodel.h"
#include <QJsonObject>
#include <QList>

namespace kehu {

class Workspace;

/// The totals of one snapshot by RFM segment or by ABC class: the group's name, its customers
/// and its share of the revenue. The segment table also shows each segment's recommended
/// action, editable: an edit is an undoable SetSegmentActionCommand, and the column follows
/// the stored actions (an undo or redo of an edit) by itself. Groups without a key are left out.
class SegmentTotalsModel : public FlatTableModel
{
    Q_OBJECT

public:
    enum class Kind { Segments, AbcClasses };
    enum Column { Name, Customers, RevenueShare, Action, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1 }; ///< the segment key or ABC class

    SegmentTotalsModel(Workspace &workspace, Kind kind, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// The Action column of the segments: stores the text as the segment's action (undoable).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// Shows these totals (the shares are of their whole revenue, keyless groups included).
    void setTotals(const QList<GroupTotal> &totals);
    QString keyAt(int row) const { return m_rows.at(row).key; }

private:
    int rows() const override { return int(m_rows.size()); }
    QStringList columnTitles() const override;
    struct Row
    {
        QString key;
        qint64 customers = 0;
        double share = 0.0; ///< percent of the revenue
    };

    QString actionOf(const QString &key) const;
    /// Reads the stored actions again and shows those that changed.
    void refreshActions();

    Workspace &m_workspace;
    Kind m_kind;
    QList<Row> m_rows;
    QJsonObject m_actions;
};

} // namespace kehu
