#pragma once

#include "flattablemodel.h"
#include "ownertarget.h"
#include "salesteam.h"

#include <QDate>

#include <optional>
#include <utility>

namespace kehu {

class Workspace;

/// Targets against actuals per owner for one quarter: every owner with customers, a target
/// or actuals. The two target columns are editable; an edit pushes a SetOwnerTargetCommand
/// onto the workspace's undo stack. DisplayRole formatted, EditRole the plain number
/// (revenue in major units), RawValueRole the raw number (minor units, NaN percentages when
/// no target).
class OwnerTargetModel : public FlatTableModel
{
    Q_OBJECT

public:
    enum Column { Owner, RevenueTarget, Revenue, RevenueProgress, NewTarget, NewCustomers, NewProgress, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1 };

    explicit OwnerTargetModel(Workspace &workspace, QObject *parent = nullptr);

    /// First and last day of quarter "YYYYQn"; invalid dates when it does not parse.
    static std::pair<QDate, QDate> quarterRange(const QString &quarter);
    /// "YYYYQn" of @p date.
    static QString quarterOf(const QDate &date);

    /// Reads quarter "YYYYQn": owners, actuals and targets.
    void setQuarter(const QString &quarter);
    /// Shows quarter "YYYYQn" with owners and actuals read elsewhere (a worker: on a large
    /// book they take seconds) and reads only its targets.
    void setActuals(const QString &quarter, const QStringList &owners, const QList<OwnerActuals> &actuals);
    QString quarter() const { return m_quarter; }
    /// Re-reads the targets (after an undo or redo); the actuals stay as read.
    void reload();

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Row
    {
        QString owner;
        std::optional<OwnerTarget> target;
        MinorUnits revenue = 0;
        qint64 newCustomers = 0;
    };
    void read();
    int rows() const override { return int(m_rows.size()); }
    QStringList columnTitles() const override;

    Workspace &m_workspace;
    QString m_quarter;
    QStringList m_owners;
    QList<OwnerActuals> m_actuals;
    QList<Row> m_rows;
};

} // namespace kehu
