#pragma once

#include "flattablemodel.h"
#include "salesteam.h"

namespace kehu {

class Workspace;

/// The distributor ranking of one quarter against the quarter before it
/// (DistributorFigures::scorecard), one row per distributor by rank.
/// DisplayRole is formatted; RawValueRole is the number (NaN where not defined).
class DistributorScorecardModel : public FlatTableModel
{
    Q_OBJECT

public:
    enum Column { Rank, Name, Owner, Sales, Growth, Share, Satisfaction, Discipline, Score, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1, CustomerIdRole };

    explicit DistributorScorecardModel(Workspace &workspace, QObject *parent = nullptr);

    /// Loads quarter "YYYYQn".
    void setQuarter(const QString &quarter);
    /// Shows quarter "YYYYQn" as read elsewhere (a worker: a second or two on a large book).
    void setLines(const QString &quarter, const QList<DistributorLine> &lines);
    QString quarter() const { return m_quarter; }
    const DistributorLine &lineAt(int row) const { return m_lines.at(row); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int rows() const override { return int(m_lines.size()); }
    QStringList columnTitles() const override;

    Workspace &m_workspace;
    QString m_quarter;
    QList<DistributorLine> m_lines;
};

} // namespace kehu
