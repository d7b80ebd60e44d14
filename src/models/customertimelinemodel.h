#pragma once

#include "customer.h"
#include "flattablemodel.h"

#include <QDateTime>
#include <QList>

namespace kehu {

class Workspace;

/// A customer's history, newest first: purchases, visits, survey answers, churn events and
/// the profile notes, read whole (a customer's history is small).
class CustomerTimelineModel : public FlatTableModel
{
    Q_OBJECT

public:
    enum Column { When, Kind, Detail, ColumnCount };
    enum class EntryKind { Purchase, Visit, Survey, Churn, Note };
    enum Role { RawValueRole = Qt::UserRole + 1, KindRole };

    struct Entry
    {
        QDateTime when;
        EntryKind kind = EntryKind::Note;
        QString detail;
    };

    explicit CustomerTimelineModel(Workspace &workspace, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setCustomer(CustomerId id);
    CustomerId customer() const { return m_customer; }
    int count(EntryKind kind) const;

private:
    int rows() const override { return static_cast<int>(m_entries.size()); }
    QStringList columnTitles() const override;

    Workspace &m_workspace;
    CustomerId m_customer = 0;
    QList<Entry> m_entries;
};

} // namespace kehu
