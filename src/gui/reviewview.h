#pragma once

#include "customer.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace kehu {

class Prompter;
class ReviewActionsModel;
class ReviewCustomerListModel;
class ReviewMigrationModel;
class ReviewSession;
class Workspace;

/// The quarterly customer inventory (客户盘点) as one page of steps: choose the quarter and
/// build (snapshots taken or reused and frozen, in a worker thread), then the migration
/// matrices of segments and ABC classes (a click on a cell shows those customers), the
/// lists, team figures, the editable action list ("Create follow-ups") and the exports.
class ReviewView : public QWidget
{
    Q_OBJECT

public:
    ReviewView(Workspace &workspace, Prompter &prompter, QWidget *parent = nullptr);

    ReviewSession *session() const { return m_session; }
    QComboBox *quarterChoice() const { return m_quarter; }
    QTableView *segmentMatrix() const { return m_segmentMatrix; }
    QTableView *abcMatrix() const { return m_abcMatrix; }
    ReviewMigrationModel *segmentMigration() const { return m_segmentMigration; }
    ReviewMigrationModel *abcMigration() const { return m_abcMigration; }
    /// The proposed follow-ups ("Create follow-ups"), checked, assignee and due day editable.
    QTableView *actions() const { return m_actions; }
    ReviewActionsModel *actionsModel() const { return m_actionsModel; }
    /// The customer list chosen on the Lists tab.
    ReviewCustomerListModel *listModel() const { return m_listModel; }
    /// Builds the chosen quarter's review (asynchronous: session()->finished()).
    void build();
    /// Creates the checked actions as follow-ups; how many, or -1.
    int createFollowUps();
    bool exportHtml(const QString &path);
    bool exportPdf(const QString &path);
    bool exportCsv(const QString &directory);
    /// What a click on a migration cell does.
    void drillCell(bool abc, int row, int column);
    /// Offers the quarters the book's data has (done on construction and when the book changes).
    void fillQuarters();

signals:
    void drillDown(const QList<kehu::CustomerId> &ids, const QString &caption);

private:
    QHBoxLayout *buildStepBar();
    QWidget *buildMigrationTab();
    QWidget *buildListsTab();
    QWidget *buildActionsTab();
    void connectExports();
    void showReview();
    void showList(int index);
    bool chinese() const;

    Workspace &m_workspace;
    Prompter &m_prompter;
    ReviewSession *m_session;
    ReviewCustomerListModel *m_listModel;
    ReviewActionsModel *m_actionsModel;
    ReviewMigrationModel *m_segmentMigration;
    ReviewMigrationModel *m_abcMigration;
    QComboBox *m_quarter;
    QPushButton *m_build;
    QLabel *m_status;
    QTabWidget *m_tabs;
    QTableView *m_segmentMatrix;
    QTableView *m_abcMatrix;
    QComboBox *m_listChoice;
    QTableView *m_list;
    QTableWidget *m_team;
    QTableView *m_actions;
    QList<QPushButton *> m_exports;
};

} // namespace kehu
