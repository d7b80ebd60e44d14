#include "newcustomerdialog.h"

#include "ui_newcustomerdialog.h"

#include "enumkeys.h"
#include "labels.h"
#include "moneyformatter.h"
#include "newcustomerform.h"
#include "workspace.h"

#include <QLineEdit>
#include <QPushButton>

namespace kehu {

namespace {

void fillChoices(QComboBox *combo, const QStringList &values)
{
    combo->addItem(QString());
    combo->addItems(values);
    combo->setCurrentIndex(0);
}

} // namespace

NewCustomerDialog::NewCustomerDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::NewCustomerDialog>()),
      m_form(std::make_unique<NewCustomerForm>(workspace))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("newCustomerDialog"));
    m_ui->budgetLabel->setText(tr("&Budget (%1):").arg(Currency(workspace.currency()).symbol()));

    m_ui->codeEdit->setText(m_form->proposedCode());
    fillChoices(m_ui->industryCombo, m_form->industries());
    fillChoices(m_ui->companySizeCombo, NewCustomerForm::companySizes());
    fillChoices(m_ui->regionCombo, m_form->regions());
    fillChoices(m_ui->channelCombo, m_form->channels());
    fillChoices(m_ui->ownerCombo, m_form->owners());
    for (const QString &key : Labels::lifecycleKeys())
        m_ui->lifecycleCombo->addItem(Labels::lifecycle(key), key);
    m_ui->lifecycleCombo->setCurrentIndex(m_ui->lifecycleCombo->findData(QStringLiteral("active")));
    for (const QString &key : Labels::personalityKeys())
        m_ui->personalityCombo->addItem(Labels::personality(key), key);

    for (QLineEdit *edit : {m_ui->codeEdit, m_ui->nameEdit, m_ui->phoneEdit, m_ui->emailEdit, m_ui->budgetEdit})
        connect(edit, &QLineEdit::textChanged, this, &NewCustomerDialog::refresh);
    connect(m_ui->openExistingButton, &QPushButton::clicked, this, [this] {
        if (m_form->duplicates().isEmpty())
            return;
        emit openExistingRequested(m_form->duplicates().constFirst().customer.id);
        reject();
    });
    // OK must not close the dialog before the customer is stored: handle it instead of accept().
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->nameEdit->setFocus();
    refresh();
}

NewCustomerDialog::~NewCustomerDialog() = default;

Customer NewCustomerDialog::draft() const
{
    Customer c;
    c.code = m_ui->codeEdit->text();
    c.name = m_ui->nameEdit->text();
    c.phone = m_ui->phoneEdit->text();
    c.email = m_ui->emailEdit->text();
    c.company = m_ui->companyEdit->text();
    c.industry = m_ui->industryCombo->currentText();
    c.companySize = m_ui->companySizeCombo->currentText();
    c.region = m_ui->regionCombo->currentText();
    c.channel = m_ui->channelCombo->currentText();
    c.owner = m_ui->ownerCombo->currentText();
    c.lifecycle = lifecycleFromKey(m_ui->lifecycleCombo->currentData().toString()).value_or(LifecycleStatus::Active);
    c.personality =
        personalityFromKey(m_ui->personalityCombo->currentData().toString()).value_or(PersonalityType::Unknown);
    c.explicitNeeds = m_ui->explicitNeedsEdit->toPlainText();
    c.implicitNeeds = m_ui->implicitNeedsEdit->toPlainText();
    c.preferences = m_ui->preferencesEdit->text();
    c.tags = NewCustomerForm::splitTags(m_ui->tagsEdit->text());
    c.notes = m_ui->notesEdit->toPlainText();
    return c;
}

void NewCustomerDialog::refresh()
{
    m_form->setDraft(draft(), m_ui->budgetEdit->text());
    // A required field left empty is only pointed out once something was typed into it, so
    // that a fresh form does not open full of red.
    auto show = [this](QLabel *label, NewCustomerForm::Field field, bool touched) {
        const QString problem = touched ? m_form->problem(field) : QString();
        label->setText(problem);
        label->setVisible(!problem.isEmpty());
    };
    show(m_ui->codeError, NewCustomerForm::Field::Code, true);
    show(m_ui->nameError, NewCustomerForm::Field::Name, m_ui->nameEdit->isModified());
    show(m_ui->phoneError, NewCustomerForm::Field::Phone, true);
    show(m_ui->emailError, NewCustomerForm::Field::Email, true);
    show(m_ui->budgetError, NewCustomerForm::Field::Budget, true);
    m_ui->duplicateLabel->setText(m_form->duplicateText());
    m_ui->duplicateFrame->setVisible(!m_form->duplicates().isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_form->isValid());
}

bool NewCustomerDialog::save()
{
    refresh();
    if (!m_form->isValid())
        return false;
    QString error;
    const CustomerId id = m_form->create(&error);
    if (id <= 0) {
        m_ui->codeError->setText(error);
        m_ui->codeError->show();
        return false;
    }
    m_created = id;
    accept();
    return true;
}

} // namespace kehu
