#pragma once

#include "activity.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QVBoxLayout;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;

namespace kehu {

class CadenceRulesModel;
class FollowUpListModel;
class FollowUpPlanModel;
class Prompter;
class Workspace;

/// Follow-ups (回访): the due and overdue list per owner with "Mark done" (logs the
/// visit), the cadence rules per segment, and planning from them with a preview before
/// anything is written.
class FollowUpsView : public QWidget
{
    Q_OBJECT

public:
    FollowUpsView(Workspace &workspace, Prompter &prompter, QWidget *parent = nullptr);

    FollowUpListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTableView *rules() const { return m_rules; }
    CadenceRulesModel *rulesModel() const { return m_rulesModel; }
    /// The preview of planFromRules(): the proposals, checked to be created.
    QTableView *plan() const { return m_plan; }
    FollowUpPlanModel *planModel() const { return m_planModel; }
    /// The preview's spread per owner: count, first and last due day, most on one day, late.
    QTableWidget *spread() const { return m_spread; }
    /// The day lists and plans are computed for (tests and screenshots fix it).
    void setToday(QDate today);
    void refresh();
    /// Marks the selected follow-up done; false when none is selected or it failed.
    bool markSelectedDone();
    /// Proposes follow-ups from the rules as shown (nothing is written).
    int planFromRules();
    /// Writes the checked proposals; returns how many, -1 on failure.
    int applyPlan();
    bool saveRules();

signals:
    void openCustomer(kehu::CustomerId id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildDueList(QWidget *parent);
    QVBoxLayout *buildRulesColumn(QWidget *planBox);
    QVBoxLayout *buildPreviewColumn(QWidget *planBox);
    /// The owner counts and the due list, read again.
    void reloadList();
    void fillOwners();
    void applyQuery();
    void loadRules();

    Workspace &m_workspace;
    Prompter &m_prompter;
    QDate m_today;
    bool m_loaded = false;
    bool m_stale = false;     ///< follow-ups changed while the page was hidden
    bool m_writing = false;   ///< this view is writing: its own change signal is not news
    QJsonObject m_shownRules; ///< the cadence rules as last loaded or saved here
    FollowUpListModel *m_model;
    QComboBox *m_owner;
    QCheckBox *m_overdueOnly;
    QComboBox *m_dueWithin;
    QTableView *m_table;
    QComboBox *m_kind;
    QLineEdit *m_note;
    CadenceRulesModel *m_rulesModel;
    FollowUpPlanModel *m_planModel;
    QTableView *m_rules;
    QSpinBox *m_horizon;
    QSpinBox *m_capacity;
    QCheckBox *m_weekends;
    QTableWidget *m_spread;
    QTableView *m_plan;
    QLabel *m_planSummary;
    QPushButton *m_apply;
};

} // namespace kehu
