#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QStringList>

namespace kehu {

namespace analytics {
struct CustomerCounts;
}

/// Retention by acquisition cohort, ready to show: rows are the acquisition months or
/// quarters (oldest first), column 0 the cohort size, column j >= 1 the share of the cohort
/// active j periods after acquisition (empty where that period has not come yet). Also the
/// book's repeat-purchase rate at the end of the last period.
struct CohortTable
{
    bool quarterly = false;
    QStringList cohorts;            ///< "2025-03" or "2025Q1"
    QList<qint64> sizes;            ///< customers acquired in the cohort's period
    QList<QList<double>> retention; ///< [cohort][offset - 1], 0..1; shorter rows for later cohorts
    double repeatRate = 0.0;        ///< 0..1, customers with >= 2 purchase days / acquired
    qint64 customers = 0;           ///< acquired to date
    QDate asOf;                     ///< the day the table describes: the last purchase's, or the day asked if earlier
    bool lastPartial = false;       ///< asOf falls before the end of the last cohort's period

    /// The last @p maxCohorts cohorts of @p counts with at most @p maxOffsets offsets each.
    static CohortTable fromCounts(const analytics::CustomerCounts &counts, int maxCohorts, int maxOffsets);
};

/// Table model over a CohortTable. DisplayRole: size or "42%"; RawValueRole: the number
/// (qint64 size, double share); BackgroundRole: a heat colour from pale (0%) to deep teal
/// (the highest share in the table), so the colour scale stays readable when retention is low.
class CohortRetentionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { RawValueRole = Qt::UserRole + 1 };

    explicit CohortRetentionModel(QObject *parent = nullptr);

    void setTable(CohortTable table);
    const CohortTable &table() const { return m_table; }
    int offsets() const { return m_offsets; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    CohortTable m_table;
    int m_offsets = 0;
    double m_maxShare = 0.0;
};

} // namespace kehu
