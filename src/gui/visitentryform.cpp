#include "visitentryform.h"

#include "ui_visitentryform.h"

#include "customersuggestionmodel.h"
#include "enumkeys.h"
#include "labels.h"
#include "moneyparser.h"
#include "visitentry.h"
#include "workspace.h"

#include <QKeyEvent>

namespace kehu {

namespace {

bool looksLikePhone(const QString &text)
{
    int digits = 0;
    for (const QChar ch : text) {
        if (ch.isDigit())
            ++digits;
        else if (ch != u' ' && ch != u'-' && ch != u'+')
            return false;
    }
    return digits >= 5;
}

} // namespace

VisitEntryForm::VisitEntryForm(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::VisitEntryForm>()), m_workspace(workspace),
      m_suggestions(new CustomerSuggestionModel(workspace, this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("visitEntryForm"));
    m_ui->suggestionList->setModel(m_suggestions);
    m_ui->followUpDate->setDate(QDate::currentDate().addDays(7));
    m_ui->npsSpin->setSpecialValueText(tr("not asked"));
    m_ui->satisfactionSpin->setSpecialValueText(tr("not given"));
    fillKinds();
    m_ui->customerEdit->installEventFilter(this);
    connect(m_ui->customerEdit, &QLineEdit::textEdited, this, &VisitEntryForm::updateSuggestions);
    connect(m_ui->suggestionList, &QAbstractItemView::clicked, this,
            [this](const QModelIndex &index) { selectSuggestion(index.row()); });
    connect(m_ui->followUpCheck, &QCheckBox::toggled, m_ui->followUpDate, &QWidget::setEnabled);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &VisitEntryForm::save);
    updateTarget();
}

VisitEntryForm::~VisitEntryForm() = default;

void VisitEntryForm::fillKinds()
{
    const int current = qMax(0, m_ui->kindCombo->currentIndex());
    m_ui->kindCombo->clear();
    for (const QString &key : Labels::visitKindKeys())
        m_ui->kindCombo->addItem(Labels::visitKind(key), key);
    m_ui->kindCombo->setCurrentIndex(current);
}

void VisitEntryForm::start()
{
    clear();
    m_ui->customerEdit->setFocus(Qt::ShortcutFocusReason);
}

void VisitEntryForm::updateSuggestions(const QString &text)
{
    m_suggestions->setText(text);
    selectSuggestion(m_suggestions->rowCount() > 0 ? 0 : -1);
    if (looksLikePhone(text) && m_suggestions->rowCount() == 0)
        m_ui->newPhoneEdit->setText(text.trimmed());
}

void VisitEntryForm::selectSuggestion(int row)
{
    if (row < 0 || row >= m_suggestions->rowCount())
        m_ui->suggestionList->setCurrentIndex({});
    else
        m_ui->suggestionList->setCurrentIndex(m_suggestions->index(row));
    updateTarget();
}

void VisitEntryForm::updateTarget()
{
    const QModelIndex current = m_ui->suggestionList->currentIndex();
    const bool existing = current.isValid();
    m_ui->newPhoneEdit->setEnabled(!existing);
    m_ui->newPhoneLabel->setEnabled(!existing);
    if (existing)
        m_ui->statusLabel->setText(tr("Visit for: %1").arg(current.data().toString()));
    else if (!m_ui->customerEdit->text().trimmed().isEmpty())
        m_ui->statusLabel->setText(tr("New customer: %1").arg(m_ui->customerEdit->text().trimmed()));
    else
        m_ui->statusLabel->clear();
}

bool VisitEntryForm::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->customerEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int row = m_ui->suggestionList->currentIndex().isValid() ? m_ui->suggestionList->currentIndex().row()
                                                                       : -1;
        if (key->key() == Qt::Key_Down) {
            selectSuggestion(qMin(row + 1, m_suggestions->rowCount() - 1));
            return true;
        }
        if (key->key() == Qt::Key_Up) {
            selectSuggestion(row - 1); // above the first: a new customer
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void VisitEntryForm::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        save();
        return;
    }
    QWidget::keyPressEvent(event);
}

void VisitEntryForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->npsSpin->setSpecialValueText(tr("not asked"));
        m_ui->satisfactionSpin->setSpecialValueText(tr("not given"));
        fillKinds();
        updateTarget();
    }
    QWidget::changeEvent(event);
}

bool VisitEntryForm::save()
{
    VisitDraft draft;
    const QModelIndex current = m_ui->suggestionList->currentIndex();
    QString name;
    if (current.isValid()) {
        draft.customerId = m_suggestions->customerId(current.row());
        name = current.data(CustomerSuggestionModel::NameRole).toString();
    } else {
        draft.newName = m_ui->customerEdit->text().trimmed();
        draft.newPhone = m_ui->newPhoneEdit->text().trimmed();
        name = draft.newName;
    }
    draft.kind = visitKindFromKey(m_ui->kindCombo->currentData().toString()).value_or(VisitKind::Store);
    if (!m_ui->amountEdit->text().trimmed().isEmpty()) {
        const MoneyParseResult amount = MoneyParser(Currency(m_workspace.currency())).parse(m_ui->amountEdit->text());
        draft.amount = amount.minorUnits();
        if (!draft.amount) {
            m_ui->statusLabel->setText(amount.error);
            m_ui->amountEdit->setFocus();
            return false;
        }
    }
    if (m_ui->satisfactionSpin->value() > 0)
        draft.satisfaction = m_ui->satisfactionSpin->value();
    if (m_ui->npsSpin->value() >= 0)
        draft.nps = m_ui->npsSpin->value();
    draft.npsReason = m_ui->npsReasonEdit->text();
    draft.note = m_ui->noteEdit->text();
    if (m_ui->followUpCheck->isChecked())
        draft.nextFollowUp = m_ui->followUpDate->date();
    QString error;
    const CustomerId saved = VisitEntry(m_workspace).save(draft, &error);
    if (saved <= 0) {
        m_ui->statusLabel->setText(error);
        return false;
    }
    clear();
    m_ui->statusLabel->setText(tr("Saved the visit of %1.").arg(name));
    m_ui->customerEdit->setFocus(Qt::OtherFocusReason);
    emit visitSaved(saved);
    return true;
}

void VisitEntryForm::clear()
{
    m_ui->customerEdit->clear();
    m_suggestions->setText({});
    m_ui->newPhoneEdit->clear();
    m_ui->kindCombo->setCurrentIndex(0);
    m_ui->amountEdit->clear();
    m_ui->satisfactionSpin->setValue(0);
    m_ui->npsSpin->setValue(-1);
    m_ui->npsReasonEdit->clear();
    m_ui->noteEdit->clear();
    m_ui->followUpCheck->setChecked(false);
    m_ui->followUpDate->setDate(QDate::currentDate().addDays(7));
    updateTarget();
}

} // namespace kehu
