#pragma once

#include "customerlist.h"

#include <QAbstractListModel>
#include <QList>

namespace kehu {

class Workspace;

/// Live suggestions for the fast visit entry: the first few customers whose name, phone,
/// code or company contains what was typed.
class CustomerSuggestionModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, PhoneRole };
    static constexpr int kLimit = 8;

    explicit CustomerSuggestionModel(Workspace &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setText(const QString &text);
    CustomerId customerId(int row) const;

private:
    Workspace &m_workspace;
    QList<CustomerListRow> m_rows;
};

} // namespace kehu
