#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QTableView;

namespace kehu {

class CohortJob;
class CohortRetentionModel;
class KpiCard;
struct CohortTable;
class Workspace;

/// Satisfaction and loyalty: NPS (promoters − detractors) and CSAT of the last twelve
/// months, the repeat-purchase rate, and retention by acquisition cohort as a heat-coloured
/// table. The cohorts are computed from the stored purchases in a worker thread (CohortJob)
/// while the page shows a busy state.
class LoyaltyView : public QWidget
{
    Q_OBJECT

public:
    LoyaltyView(Workspace &workspace, QWidget *parent = nullptr);
    ~LoyaltyView() override;

    CohortRetentionModel *model() const { return m_model; }
    /// The day figures are computed for (tests and screenshots fix it).
    void setToday(QDate today);
    void refresh();
    /// Blocks until a running cohort computation has been shown (tests and screenshots only).
    void waitForCohorts();
    bool isBusy() const;

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void startCohorts();
    void showCohorts(const CohortTable &table, const QString &error);
    void retranslate();

    Workspace &m_workspace;
    QDate m_today;
    bool m_loaded = false;
    CohortJob *m_job;
    CohortRetentionModel *m_model;
    KpiCard *m_nps;
    KpiCard *m_csat;
    KpiCard *m_repeat;
    KpiCard *m_customers;
    QLabel *m_cohortTitle;
    QLabel *m_periodLabel;
    QComboBox *m_period;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTableView *m_table;
};

} // namespace kehu
