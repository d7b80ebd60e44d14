#include "customersuggestionmodel.h"

#include "customerbook.h"
#include "workspace.h"

namespace kehu {

CustomerSuggestionModel::CustomerSuggestionModel(Workspace &workspace, QObject *parent)
    : QAbstractListModel(parent), m_workspace(workspace)
{}

int CustomerSuggestionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant CustomerSuggestionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CustomerListRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QStringList parts{r.name};
        if (!r.phone.isEmpty())
            parts << r.phone;
        parts << r.code;
        if (!r.company.isEmpty())
            parts << r.company;
        return parts.join(QStringLiteral("  ·  "));
    }
    case IdRole: return r.id;
    case NameRole: return r.name;
    case PhoneRole: return r.phone;
    default: return {};
    }
}

void CustomerSuggestionModel::setText(const QString &text)
{
    beginResetModel();
    m_rows.clear();
    if (!text.trimmed().isEmpty()) {
        CustomerListQuery query;
        query.search = text;
        m_rows = m_workspace.customers().page(query, std::nullopt, PageDirection::Forward, kLimit);
    }
    endResetModel();
}

CustomerId CustomerSuggestionModel::customerId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

} // namespace kehu
