#pragma once

#include "flattablemodel.h"
#include "followuplist.h"

namespace kehu {

class Workspace;

/// Open follow-ups (回访) of one owner or everyone, due or overdue, oldest first (at most
/// the query's limit, in memory). markDone() closes one and logs the visit in one
/// transaction, as an undoable MarkFollowUpDoneCommand.
class FollowUpListModel : public FlatTableModel
{
    Q_OBJECT

public:
    enum Column { Due, Overdue, Code, Name, Owner, Reason, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, RawValueRole };

    explicit FollowUpListModel(Workspace &workspace, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    FollowUpQuery query() const { return m_query; }
    void setQuery(const FollowUpQuery &query);
    void reload();
    const FollowUpRow &rowAt(int row) const { return m_rows.at(row); }
    /// Marks row @p row done today and logs a visit of @p kind with @p note by its owner.
    bool markDone(int row, VisitKind kind, const QString &note, QString *error = nullptr);
    QString lastError() const { return m_error; }

private:
    int rows() const override { return int(m_rows.size()); }
    QStringList columnTitles() const override;

    Workspace &m_workspace;
    FollowUpQuery m_query;
    QList<FollowUpRow> m_rows;
    QString m_error;
};

} // namespace kehu
