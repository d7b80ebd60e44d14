#include "customerdetailpane.h"

#include "auditlogmodel.h"
#include "listwidgets.h"
#include "privacy.h"

#include "classificationpolicy.h"
#include "commands/editcustomercommand.h"
#include "contactnormalizer.h"
#include "customerbook.h"
#include "customerfields.h"
#include "customertimelinemodel.h"
#include "enumkeys.h"
#include "figuredisagreement.h"
#include "labels.h"
#include "moneyformatter.h"
#include "surveydialog.h"
#include "workspace.h"

#include <algorithm>
#include <utility>

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace kehu {

namespace {

QLabel *makeCard(QWidget *parent, const QString &objectName)
{
    auto *card = new QLabel(parent);
    card->setObjectName(objectName);
    card->setFrameShape(QFrame::StyledPanel);
    card->setAlignment(Qt::AlignCenter);
    card->setMinimumHeight(56);
    card->setTextFormat(Qt::RichText);
    return card;
}

QString cardText(const QString &title, const QString &value)
{
    return QStringLiteral(
               "<div style='color:palette(mid)'>%1</div><div style='font-size:14pt;font-weight:600'>%2</div>")
        .arg(title.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

CustomerDetailPane::CustomerDetailPane(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_timeline(new CustomerTimelineModel(workspace, this))
{
    setObjectName(QStringLiteral("customerDetail"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("customerTitle"));
    m_title->setStyleSheet(QStringLiteral("font-size: 15pt; font-weight: 600;"));
    m_surveyButton = new QPushButton(tr("Record &survey…"), this);
    m_surveyButton->setObjectName(QStringLiteral("recordSurveyButton"));
    connect(m_surveyButton, &QPushButton::clicked, this, &CustomerDetailPane::recordSurvey);
    auto *changes = new QPushButton(tr("C&hanges…"), this);
    changes->setObjectName(QStringLiteral("customerChangesButton"));
    changes->setToolTip(tr("Who changed this customer, and when"));
    connect(changes, &QPushButton::clicked, this, &CustomerDetailPane::showChanges);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(changes);
    titleRow->addWidget(m_surveyButton);
    layout->addLayout(titleRow);

    auto *cards = new QHBoxLayout;
    m_rfmCard = makeCard(this, QStringLiteral("kpiRfm"));
    m_clvCard = makeCard(this, QStringLiteral("kpiClv"));
    m_pAliveCard = makeCard(this, QStringLiteral("kpiPAlive"));
    m_npsCard = makeCard(this, QStringLiteral("kpiNps"));
    for (QLabel *card : {m_rfmCard, m_clvCard, m_pAliveCard, m_npsCard})
        cards->addWidget(card);
    layout->addLayout(cards);
    m_figuresNote = new QLabel(this);
    m_figuresNote->setObjectName(QStringLiteral("figuresDisagreement"));
    m_figuresNote->setWordWrap(true);
    m_figuresNote->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_figuresNote->hide();
    layout->addWidget(m_figuresNote);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    auto *formHost = new QWidget(scroll);
    auto *form = new QFormLayout(formHost);
    buildForm(form);
    scroll->setWidget(formHost);
    m_timelineView = new QTableView(splitter);
    m_timelineView->setObjectName(QStringLiteral("customerTimeline"));
    m_timelineView->setModel(m_timeline);
    m_timelineView->verticalHeader()->hide();
    m_timelineView->horizontalHeader()->setStretchLastSection(true);
    m_timelineView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timelineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    splitter->addWidget(scroll);
    splitter->addWidget(m_timelineView);
    layout->addWidget(splitter, 1);

    connect(&m_workspace, &Workspace::customerChanged, this, [this](CustomerId id) {
        if (id != m_customer.id)
            return;
        if (isEditing())
            m_changeDeferred = true;
        else
            showCustomer(id);
    });
    showCustomer(0);
}

void CustomerDetailPane::buildForm(QFormLayout *form)
{
    const auto any = [](const QString &) { return true; };
    const auto label = [](const QString &key) { return Labels::label(Labels::Kind::CustomerField, key); };
    // Shown as people read the field (customerFieldText: a channel's label, tags joined).
    const auto shown = [](const QString &key) {
        return std::function<QString(const Customer &)>(
            [key](const Customer &c) { return customerFieldText(c, key, Currency()); });
    };
    const auto add = [&](const QString &key, QString Customer::*member, std::function<bool(const QString &)> valid) {
        m_fields.push_back({key, label(key), shown(key),
                            [member](Customer &c, const QString &v) { c.*member = v.trimmed(); }, std::move(valid),
                            nullptr});
    };
    add(QStringLiteral("name"), &Customer::name, [](const QString &v) { return !v.trimmed().isEmpty(); });
    add(QStringLiteral("phone"), &Customer::phone,
        [](const QString &v) { return v.trimmed().isEmpty() || !ContactNormalizer::phone(v).isEmpty(); });
    add(QStringLiteral("email"), &Customer::email,
        [](const QString &v) { return v.trimmed().isEmpty() || !ContactNormalizer::email(v).isEmpty(); });
    add(QStringLiteral("company"), &Customer::company, any);
    add(QStringLiteral("industry"), &Customer::industry, any);
    add(QStringLiteral("company_size"), &Customer::companySize, any);
    add(QStringLiteral("region"), &Customer::region, any);
    // Stored as a key ("wechat"), shown and typed as its label ("WeChat", "微信").
    const QString channel = QStringLiteral("channel");
    m_fields.push_back({channel, label(channel), shown(channel),
                        [](Customer &c, const QString &v) { c.channel = Labels::channelKey(v); }, any, nullptr});
    add(QStringLiteral("owner"), &Customer::owner, any);
    add(QStringLiteral("explicit_needs"), &Customer::explicitNeeds, any);
    add(QStringLiteral("implicit_needs"), &Customer::implicitNeeds, any);
    add(QStringLiteral("preferences"), &Customer::preferences, any);
    const QString tags = QStringLiteral("tags");
    m_fields.push_back({tags, label(tags), shown(tags),
                        [](Customer &c, const QString &v) {
                            QStringList tags;
                            for (const QString &t : v.split(u',', Qt::SkipEmptyParts)) {
                                if (!t.trimmed().isEmpty() && !tags.contains(t.trimmed()))
                                    tags << t.trimmed();
                            }
                            c.tags = tags;
                        },
                        any, nullptr});
    add(QStringLiteral("notes"), &Customer::notes, any);

    auto *code = new QLineEdit(this);
    code->setObjectName(QStringLiteral("field_code"));
    code->setReadOnly(true);
    const QString codeKey = QStringLiteral("code");
    form->addRow(label(codeKey), code);
    m_fields.push_back({codeKey, label(codeKey), shown(codeKey), [](Customer &, const QString &) {}, any, code});
    for (TextField &field : m_fields) {
        if (field.edit)
            continue;
        field.edit = new QLineEdit(this);
        field.edit->setObjectName(u"field_" + field.key);
        form->addRow(field.label, field.edit);
        const QString key = field.key;
        connect(field.edit, &QLineEdit::editingFinished, this, [this, key] {
            for (TextField &f : m_fields) {
                if (f.key == key)
                    commitText(f);
            }
        });
    }
    buildChoices(form);
}

/// The fields chosen rather than typed: lifecycle, personality, marketing consent.
void CustomerDetailPane::buildChoices(QFormLayout *form)
{
    const auto label = [](const QString &key) { return Labels::label(Labels::Kind::CustomerField, key); };
    m_lifecycle = new QComboBox(this);
    m_lifecycle->setObjectName(QStringLiteral("field_lifecycle"));
    for (const QString &key : Labels::lifecycleKeys())
        m_lifecycle->addItem(Labels::lifecycle(key), key);
    form->addRow(label(QStringLiteral("lifecycle")), m_lifecycle);
    m_personality = new QComboBox(this);
    m_personality->setObjectName(QStringLiteral("field_personality"));
    for (const QString &key : Labels::personalityKeys())
        m_personality->addItem(Labels::personality(key), key);
    form->addRow(label(QStringLiteral("personality")), m_personality);
    m_consent = new QCheckBox(this);
    m_consent->setObjectName(QStringLiteral("field_marketing_consent"));
    form->addRow(tr("Marketing:"), m_consent);
    connect(m_consent, &QCheckBox::clicked, this, &CustomerDetailPane::commitConsent);
    connect(m_lifecycle, &QComboBox::activated, this, [this, label] {
        commitCombo(QStringLiteral("lifecycle"), label(QStringLiteral("lifecycle")), m_lifecycle);
    });
    connect(m_personality, &QComboBox::activated, this, [this, label] {
        commitCombo(QStringLiteral("personality"), label(QStringLiteral("personality")), m_personality);
    });
}

void CustomerDetailPane::recordSurvey()
{
    if (m_customer.id <= 0)
        return;
    if (m_surveyDialog)
        m_surveyDialog->close();
    m_surveyDialog = new SurveyDialog(m_workspace, m_customer.id, m_customer.name, this);
    m_surveyDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_surveyDialog->open();
}

SurveyDialog *CustomerDetailPane::surveyDialog() const
{
    return m_surveyDialog.data();
}

QLineEdit *CustomerDetailPane::editor(const QString &field) const
{
    for (const TextField &f : m_fields) {
        if (f.key == field)
            return f.edit;
    }
    return nullptr;
}

bool CustomerDetailPane::isEditing() const
{
    return std::any_of(m_fields.begin(), m_fields.end(), [](const TextField &f) { return f.edit->isModified(); });
}

void CustomerDetailPane::showDeferredChange()
{
    if (!std::exchange(m_changeDeferred, false))
        return;
    for (TextField &field : m_fields)
        field.edit->setModified(false);
    showCustomer(m_customer.id);
}

void CustomerDetailPane::commitText(TextField &field)
{
    // Saved, refused or left as it was: then the stored profile shows, if it changed meanwhile.
    const auto finally = qScopeGuard([this] { showDeferredChange(); });
    if (m_customer.id <= 0 || field.edit->isReadOnly())
        return;
    const QString value = field.edit->text();
    if (value.trimmed() == field.get(m_customer).trimmed())
        return;
    if (!field.valid(value)) {
        field.edit->setStyleSheet(QStringLiteral("QLineEdit { border: 2px solid #c62828; }"));
        field.edit->setToolTip(tr("This %1 is not valid; it was not saved.").arg(field.label));
        return;
    }
    field.edit->setStyleSheet({});
    field.edit->setToolTip({});
    Customer after = m_customer;
    field.set(after, value);
    m_workspace.undoStack()->push(new EditCustomerCommand(m_workspace, m_customer, after, field.key, field.label));
}

void CustomerDetailPane::commitCombo(const QString &key, const QString &label, QComboBox *combo)
{
    if (m_customer.id <= 0)
        return;
    Customer after = m_customer;
    const QString value = combo->currentData().toString();
    if (key == u"lifecycle")
        after.lifecycle = lifecycleFromKey(value).value_or(after.lifecycle);
    else
        after.personality = personalityFromKey(value).value_or(after.personality);
    if (after.lifecycle == m_customer.lifecycle && after.personality == m_customer.personality)
        return;
    m_workspace.undoStack()->push(new EditCustomerCommand(m_workspace, m_customer, after, key, label));
}

void CustomerDetailPane::showCustomer(CustomerId id)
{
    std::optional<Customer> customer;
    if (id > 0)
        customer = m_workspace.customers().get(id);
    m_customer = customer.value_or(Customer{});
    setEnabled(m_customer.id > 0);
    reloadFields();
    if (m_timeline->customer() != m_customer.id || m_customer.id > 0)
        m_timeline->setCustomer(m_customer.id);
    m_timelineView->resizeColumnToContents(CustomerTimelineModel::When);
    m_timelineView->resizeColumnToContents(CustomerTimelineModel::Kind);
    reloadKpis();
}

void CustomerDetailPane::reloadFields()
{
    m_title->setText(m_customer.id > 0 ? QStringLiteral("%1  ·  %2").arg(m_customer.name, m_customer.code)
                                       : tr("No customer selected"));
    for (TextField &field : m_fields) {
        field.edit->setText(field.get(m_customer));
        field.edit->setStyleSheet({});
        field.edit->setToolTip({});
    }
    m_lifecycle->setCurrentIndex(m_lifecycle->findData(QString(toKey(m_customer.lifecycle))));
    m_personality->setCurrentIndex(m_personality->findData(QString(toKey(m_customer.personality))));
    const std::optional<QDate> consent = m_customer.id > 0 ? Privacy(m_workspace).consentSince(m_customer.id)
                                                           : std::nullopt;
    m_consent->setChecked(consent.has_value());
    m_consent->setText(
        consent && consent->isValid()
            ? tr("Agrees to marketing (since %1)").arg(QLocale().toString(*consent, QLocale::ShortFormat))
            : tr("Agrees to marketing"));
    m_consent->setToolTip({});
}

QDialog *CustomerDetailPane::showChanges()
{
    if (m_customer.id <= 0)
        return nullptr;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("customerChangesDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Changes to %1").arg(m_customer.name.isEmpty() ? m_customer.code : m_customer.name));
    auto *model = new AuditLogModel(m_workspace, dialog);
    QString error;
    model->setCustomer(m_customer.id, &error);
    auto *table = new QTableView(dialog);
    table->setObjectName(QStringLiteral("customerChangesTable"));
    table->setModel(model);
    setUpRecordTable(table);
    table->setColumnHidden(AuditLogModel::Customer, true);
    table->resizeColumnsToContents();
    auto *values = new QPlainTextEdit(dialog);
    values->setReadOnly(true);
    values->setPlaceholderText(error.isEmpty() ? tr("Choose a change to see the values before and after.") : error);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, values,
            [model, values](const QModelIndex &current) {
                values->setPlainText(model->data(current, AuditLogModel::ValuesRole).toString());
            });
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(table, 2);
    layout->addWidget(values, 1);
    dialog->resize(720, 480);
    dialog->open();
    return dialog;
}

void CustomerDetailPane::commitConsent(bool agrees)
{
    QString error;
    if (!Privacy(m_workspace).setConsent(m_customer.id, agrees, &error)) {
        m_consent->setChecked(!agrees);
        m_consent->setToolTip(error);
        return;
    }
    reloadFields();
}

void CustomerDetailPane::reloadKpis()
{
    const QLocale locale;
    QString rfm = QStringLiteral("–");
    QString clv = QStringLiteral("–");
    QString pAlive = QStringLiteral("–");
    QString nps = QStringLiteral("–");
    QString pAliveTitle = tr("P(alive)");
    QString pAliveTip;
    QString disagreement;
    if (m_customer.id > 0) {
        if (const auto scores = m_workspace.customers().currentScores(m_customer.id)) {
            const SnapshotRow *row = &scores->row;
            if (row->rScore > 0)
                rfm = QStringLiteral("%1 / %2 / %3").arg(row->rScore).arg(row->fScore).arg(row->mScore);
            if (row->clv)
                clv = MoneyFormatter::format(*row->clv, Currency(m_workspace.currency()), locale);
            if (row->pAlive)
                pAlive = locale.toString(*row->pAlive * 100.0, 'f', 0) + u'%';
            if (const auto model = snapshotPurchaseModel(scores->snapshot); model && row->pAlive) {
                const QString name = purchaseModelName(*model);
                pAliveTitle = tr("P(alive) · %1").arg(name);
                pAliveTip = tr("P(alive) from the %1 purchase model of the classification run").arg(name);
                const double threshold = ClassificationPolicy::fromJson(scores->snapshot.parameters).churn.atRiskPAlive;
                disagreement = FigureDisagreement::find(*row, *model, threshold).explanation;
            }
        }
        int sum = 0;
        int count = 0;
        for (const SurveyResponse &s : m_workspace.customers().surveysOf(m_customer.id)) {
            if (s.nps) {
                sum += *s.nps;
                ++count;
            }
        }
        if (count > 0)
            nps = locale.toString(double(sum) / count, 'f', 1);
    }
    m_rfmCard->setText(cardText(tr("R / F / M"), rfm));
    m_clvCard->setText(cardText(tr("CLV"), clv));
    m_pAliveCard->setText(cardText(pAliveTitle, pAlive));
    m_pAliveCard->setToolTip(pAliveTip);
    m_figuresNote->setText(disagreement);
    m_figuresNote->setVisible(!disagreement.isEmpty());
    m_npsCard->setText(cardText(tr("NPS (mean)"), nps));
}

} // namespace kehu
