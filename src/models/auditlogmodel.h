#pragma once

#include "auditentry.h"
#include "flattablemodel.h"

#include <QList>

namespace kehu {

class Workspace;

/// Records of the audit log, newest first, for the Audit page (a query: user, action,
/// customer, days) and for one customer's history (who changed it): when, who, what, which
/// customer, and whether it was done, refused or failed. ValuesRole gives a record's before
/// and after, readable.
class AuditLogModel : public FlatTableModel
{
    Q_OBJECT

public:
    enum Column { When, Who, What, Customer, Outcome, Detail, ColumnCount };
    enum Role { ValuesRole = Qt::UserRole + 1, CustomerIdRole };

    explicit AuditLogModel(Workspace &workspace, QObject *parent = nullptr);

    /// Reads the records `query` matches (Operation::ViewAudit). False with `error` set.
    bool setQuery(const AuditQuery &query, QString *error = nullptr);
    /// Reads who changed customer `id` (whoever may see the customer). False with `error` set.
    bool setCustomer(CustomerId id, QString *error = nullptr);
    const AuditRecord *recordAt(int row) const;
    /// Shows no records.
    void clear() { show({}); }

    /// An action key as people read it ("Edit customer", "Undo: Log visit"); refusals name the
    /// operation refused. Unknown keys are shown as they are.
    static QString actionLabel(const QString &action);
    /// The keys the Audit page offers as filters, in a sensible order.
    static QStringList filterActions();
    /// A record's before and after, as indented JSON for reading.
    static QString valuesText(const AuditRecord &record);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    int rows() const override { return int(m_records.size()); }
    QStringList columnTitles() const override;

private:
    void show(QList<AuditRecord> records);

    Workspace &m_workspace;
    QList<AuditRecord> m_records;
};

} // namespace kehu
