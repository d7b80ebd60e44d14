#include "surveydialog.h"

#include "ui_surveydialog.h"

#include "surveyentry.h"

#include <QPushButton>

namespace kehu {

SurveyDialog::SurveyDialog(Workspace &workspace, CustomerId customer, const QString &customerName, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SurveyDialog>()), m_workspace(workspace), m_customer(customer)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("surveyDialog"));
    m_ui->customerLabel->setText(tr("Survey answer of %1").arg(customerName));
    m_ui->dateEdit->setDate(QDate::currentDate());
    m_ui->dateEdit->setMaximumDate(QDate::currentDate());
    m_ui->npsSpin->setSpecialValueText(tr("not asked"));
    m_ui->csatSpin->setSpecialValueText(tr("not asked"));
    m_ui->errorLabel->hide();
    // Save must not close the dialog before validation: handle it instead of accept().
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SurveyDialog::~SurveyDialog() = default;

QString SurveyDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

bool SurveyDialog::save()
{
    SurveyDraft draft;
    draft.customerId = m_customer;
    draft.date = m_ui->dateEdit->date();
    if (m_ui->npsSpin->value() >= 0)
        draft.nps = m_ui->npsSpin->value();
    if (m_ui->csatSpin->value() >= 1)
        draft.csat = m_ui->csatSpin->value();
    draft.comment = m_ui->commentEdit->text();
    QString error;
    if (SurveyEntry(m_workspace).save(draft, &error) <= 0) {
        m_ui->errorLabel->setText(error);
        m_ui->errorLabel->show();
        return false;
    }
    m_ui->errorLabel->hide();
    accept();
    return true;
}

} // namespace kehu
