#pragma once

#include "segmentstats.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;

namespace kehu {

class ClassificationJob;
class Prompter;
class SettingsSession;
class Workspace;

/// The Settings page: RFM bins or cut points and the segment rule table, ABC thresholds,
/// churn rules, CLV horizon and discount rate, currency and language. "Save and re-classify"
/// runs a classification in the background and shows how many customers each segment
/// gained or lost. The logic is in SettingsSession.
class SettingsView : public QWidget
{
    Q_OBJECT

public:
    SettingsView(Workspace &workspace, Prompter &prompter, QWidget *parent = nullptr);
    ~SettingsView() override;

    SettingsSession *session() const { return m_session; }
    ClassificationJob *job() const { return m_job; }
    /// Saves; false (and a message) when the settings are inconsistent.
    bool save();
    /// Saves, then re-classifies in the background.
    void saveAndReclassify();

private:
    void buildForm();
    QGroupBox *buildRfmGroup(QWidget *left);
    QGroupBox *buildAbcGroup(QWidget *left);
    QGroupBox *buildChurnGroup(QWidget *left);
    QGroupBox *buildClvGroup(QWidget *left);
    QGroupBox *buildGeneralGroup(QWidget *left);
    QGroupBox *buildRulesGroup();
    QGroupBox *buildEffectGroup();
    QHBoxLayout *buildButtonBar();
    template<typename Box, typename Apply>
    void editPolicy(Box *box, Apply apply);
    void loadFields();
    void showEffect(qint64 snapshotId);
    void updateState();
    void updateButtons(bool running);

    Workspace &m_workspace;
    Prompter &m_prompter;
    SettingsSession *m_session;
    ClassificationJob *m_job;
    QList<GroupTotal> m_before;
    bool m_loading = false;

    QSpinBox *m_bins[3] = {};
    QLineEdit *m_cuts[3] = {};
    QComboBox *m_abcBasis = nullptr;
    QDoubleSpinBox *m_abcA = nullptr;
    QDoubleSpinBox *m_abcB = nullptr;
    QDoubleSpinBox *m_atRiskPAlive = nullptr;
    QDoubleSpinBox *m_churnedPAlive = nullptr;
    QDoubleSpinBox *m_atRiskGap = nullptr;
    QDoubleSpinBox *m_churnedGap = nullptr;
    QSpinBox *m_oneTimeAtRisk = nullptr;
    QSpinBox *m_oneTimeChurned = nullptr;
    QComboBox *m_purchaseModel = nullptr;
    QSpinBox *m_clvMonths = nullptr;
    QDoubleSpinBox *m_clvDiscount = nullptr;
    QComboBox *m_currency = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QTableView *m_rules = nullptr;
    QTableWidget *m_effect = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_saveClassify = nullptr;
    QPushButton *m_defaults = nullptr;
};

} // namespace kehu
