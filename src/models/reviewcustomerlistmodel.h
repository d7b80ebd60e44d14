#pragma once

#include "quarterlyreview.h"

#include "flattablemodel.h"
#include <QList>

namespace kehu {

class Workspace;

/// One of the quarterly review's customer lists (became key customers, dropped a class, new
/// churn risks, win-back candidates, top by CLV): each customer with their owner, the segment
/// and ABC class they moved between ("Loyal → At risk", or one name when they stayed), their
/// CLV and their revenue within the quarter, in the review's order.
class ReviewCustomerListModel : public FlatTableModel
{
    Q_OBJECT

public:
    enum Column { Code, Name, Owner, Segment, Abc, Clv, QuarterRevenue, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 }; ///< the customer

    explicit ReviewCustomerListModel(Workspace &workspace, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// Shows these customers (amounts in the book's currency).
    void setLines(const QList<QuarterlyReview::CustomerLine> &lines);
    const QuarterlyReview::CustomerLine &lineAt(int row) const { return m_lines.at(row); }
    /// The customers shown, in order ("Show in the customer book").
    QList<CustomerId> customerIds() const;

private:
    int rows() const override { return int(m_lines.size()); }
    QStringList columnTitles() const override;
    Workspace &m_workspace;
    QList<QuarterlyReview::CustomerLine> m_lines;
    QString m_currency;
};

} // namespace kehu
