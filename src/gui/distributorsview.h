#pragma once

#include "customer.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QTableView;

namespace kehu {

class BackgroundTask;
class DistributorScorecardModel;
class OwnerTargetModel;
class Workspace;

/// Distributors (经销商) and the sales team for one quarter: the distributor scorecard and
/// ranking (sales, growth on the quarter before, share, CSAT, follow-ups on time, composite
/// score) and each owner's targets against actuals, the targets editable in place. The
/// quarter's figures are read in a worker (BackgroundTask) behind a busy bar.
class DistributorsView : public QWidget
{
    Q_OBJECT

public:
    DistributorsView(Workspace &workspace, QWidget *parent = nullptr);

    DistributorScorecardModel *scorecard() const { return m_scorecard; }
    OwnerTargetModel *targets() const { return m_targets; }
    QTableView *targetTable() const { return m_targetTable; }
    /// The quarters offered end with the one containing @p today (tests and screenshots fix it).
    void setToday(QDate today);
    /// Reads @p quarter in the background; the tables fill when done.
    void setQuarter(const QString &quarter);
    void refresh();
    bool isLoading() const;
    /// Blocks until a running read has been shown (tests and screenshots only).
    void waitForLoad();

signals:
    void openCustomer(kehu::CustomerId id);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fillQuarters();
    void retranslate();

    Workspace &m_workspace;
    QDate m_today;
    bool m_loaded = false;
    DistributorScorecardModel *m_scorecard;
    OwnerTargetModel *m_targets;
    BackgroundTask *m_reader;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_quarterLabel;
    QComboBox *m_quarter;
    QLabel *m_scorecardTitle;
    QLabel *m_scorecardNote;
    QTableView *m_scorecardTable;
    QLabel *m_targetTitle;
    QLabel *m_targetNote;
    QTableView *m_targetTable;
};

} // namespace kehu
