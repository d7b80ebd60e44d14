#pragma once

#include "customer.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <vector>

class QCheckBox;
class QDialog;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace kehu {

class CustomerTimelineModel;
class SurveyDialog;
class Workspace;

/// The selected customer: KPI cards (R/F/M, CLV, P(alive), NPS), every profile field,
/// editable in place (each change an undo command, validated before it is saved), and the
/// timeline of purchases, visits, surveys, churn events and notes.
class CustomerDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerDetailPane(Workspace &workspace, QWidget *parent = nullptr);

    void showCustomer(CustomerId id);
    CustomerId customerId() const { return m_customer.id; }
    CustomerTimelineModel *timeline() const { return m_timeline; }
    /// The editor of a profile field ("name", "phone", ...), for tests.
    QLineEdit *editor(const QString &field) const;
    /// Opens the survey dialog for the shown customer (window-modal, never exec()).
    void recordSurvey();
    /// Who changed the shown customer and when (its audit records), in a window-modal dialog;
    /// null without a customer.
    QDialog *showChanges();
    /// The survey dialog while it is open, for tests.
    SurveyDialog *surveyDialog() const;

private:
    struct TextField
    {
        QString key;
        QString label;
        std::function<QString(const Customer &)> get;
        std::function<void(Customer &, const QString &)> set;
        std::function<bool(const QString &)> valid;
        QLineEdit *edit = nullptr;
    };

    void buildForm(QFormLayout *form);
    void buildChoices(QFormLayout *form);
    void commitText(TextField &field);
    void commitCombo(const QString &key, const QString &label, QComboBox *combo);
    void reloadFields();
    /// Records marketing consent given today, or withdrawn (Privacy::setConsent).
    void commitConsent(bool agrees);
    void reloadKpis();
    /// A field holds typing not yet saved.
    bool isEditing() const;
    /// Shows the stored profile if a change arrived while a field was being edited.
    void showDeferredChange();

    Workspace &m_workspace;
    Customer m_customer;
    /// The shown customer changed (on another desk, say) while a field was being edited: the
    /// typing stays, and saving it goes through the usual check against the stored profile.
    bool m_changeDeferred = false;
    std::vector<TextField> m_fields;
    QComboBox *m_lifecycle = nullptr;
    QComboBox *m_personality = nullptr;
    QCheckBox *m_consent = nullptr;
    QLabel *m_title = nullptr;
    QPushButton *m_surveyButton = nullptr;
    QPointer<SurveyDialog> m_surveyDialog;
    QLabel *m_rfmCard = nullptr;
    QLabel *m_clvCard = nullptr;
    QLabel *m_pAliveCard = nullptr;
    QLabel *m_npsCard = nullptr;
    QLabel *m_figuresNote = nullptr; ///< why P(alive) and the churn flag or segment disagree
    QTableView *m_timelineView = nullptr;
    CustomerTimelineModel *m_timeline = nullptr;
};

} // namespace kehu
