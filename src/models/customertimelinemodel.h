#pragma once

#include "customer.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace kehu {

class Workspace;

/// A customer's history, newest first: purchases, visits, survey answers, churn events and
/// the profile notes, read whole (a customer's history is small).
class CustomerTimelineModel : public QAbstractTableModel
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setCustomer(CustomerId id);
    CustomerId customer() const { return m_customer; }
    int count(EntryKind kind) const;

private:
    Workspace &m_workspace;
    CustomerId m_customer = 0;
    QList<Entry> m_entries;
};

} // namespace kehu
