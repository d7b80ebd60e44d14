#include "settingsview.h"

#include <type_traits>

#include "classificationjob.h"
#include "labels.h"
#include "moneyformatter.h"
#include "prompter.h"
#include "segmentrulemodel.h"
#include "segmentrules.h"
#include "settingssession.h"
#include "snapshothistory.h"
#include "workspace.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kehu {

namespace {

using Dimension = SettingsSession::Dimension;
constexpr Dimension kDimensions[3] = {Dimension::Recency, Dimension::Frequency, Dimension::Monetary};

QDoubleSpinBox *percentBox(const QString &name, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0.0, 100.0);
    box->setDecimals(1);
    box->setSuffix(QStringLiteral(" %"));
    return box;
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignRight | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled);
    item->setTextAlignment(alignment);
    return item;
}

} // namespace

SettingsView::SettingsView(Workspace &workspace, Prompter &prompter, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_prompter(prompter), m_session(new SettingsSession(workspace, this)),
      m_job(new ClassificationJob(workspace, this))
{
    setObjectName(QStringLiteral("settingsView"));
    buildForm();
    loadFields();
    connect(m_session, &SettingsSession::modifiedChanged, this, &SettingsView::updateState);
    connect(m_session, &SettingsSession::reloaded, this, [this] {
        loadFields();
        updateState();
    });
    connect(m_job, &ClassificationJob::progress, this, [this](int percent, const QString &stage) {
        m_progress->setValue(percent);
        m_status->setText(stage);
    });
    connect(m_job, &ClassificationJob::finished, this, [this](qint64 id, bool cancelled, const QString &error) {
        m_progress->hide();
        if (id > 0) {
            m_workspace.notifySnapshotsChanged();
            showEffect(id);
            m_status->setText(tr("Re-classified with the new rules. The table shows how each segment changed."));
        } else {
            m_status->setText(cancelled ? tr("Cancelled; nothing was changed.") : tr("Failed: %1").arg(error));
        }
        updateState();
    });
    updateState();
}

SettingsView::~SettingsView() = default;

void SettingsView::buildForm()
{
    auto *outer = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Settings"), this);
    heading->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: 600;"));
    outer->addWidget(heading);

    auto *columns = new QHBoxLayout;
    outer->addLayout(columns, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *left = new QWidget(scroll);
    auto *leftLayout = new QVBoxLayout(left);
    scroll->setWidget(left);
    scroll->setMinimumWidth(470);
    columns->addWidget(scroll, 0);
    leftLayout->addWidget(buildRfmGroup(left));
    leftLayout->addWidget(buildAbcGroup(left));
    leftLayout->addWidget(buildChurnGroup(left));
    leftLayout->addWidget(buildClvGroup(left));
    leftLayout->addWidget(buildGeneralGroup(left));
    leftLayout->addStretch(1);

    // Segment rules and the effect of a change
    auto *right = new QVBoxLayout;
    columns->addLayout(right, 1);
    right->addWidget(buildRulesGroup(), 3);
    right->addWidget(buildEffectGroup(), 2);
    outer->addLayout(buildButtonBar());
}

/// Connects a field of the policy form: a change (not one made while loading) applies to the
/// session's policy and marks it modified.
template<typename Box, typename Apply>
void SettingsView::editPolicy(Box *box, Apply apply)
{
    connect(box, &Box::valueChanged, this, [this, apply](auto v) {
        if (m_loading)
            return;
        apply(m_session->policy(), v);
        m_session->markModified();
    });
}

QGroupBox *SettingsView::buildRfmGroup(QWidget *left)
{
    auto *rfm = new QGroupBox(tr("RFM scores"), left);
    auto *rfmLayout = new QFormLayout(rfm);
    const QString names[3] = {QStringLiteral("recency"), QStringLiteral("frequency"), QStringLiteral("monetary")};
    const QString labels[3] = {tr("Recency (days):"), tr("Frequency (purchases):"), tr("Monetary (amount):")};
    for (int i = 0; i < 3; ++i) {
        auto *row = new QHBoxLayout;
        m_bins[i] = new QSpinBox(rfm);
        m_bins[i]->setObjectName(names[i] + QStringLiteral("Bins"));
        m_bins[i]->setRange(2, 9);
        m_bins[i]->setPrefix(tr("bins: "));
        m_cuts[i] = new QLineEdit(rfm);
        m_cuts[i]->setObjectName(names[i] + QStringLiteral("Cuts"));
        m_cuts[i]->setPlaceholderText(tr("or cut points: 30, 90, 180"));
        row->addWidget(m_bins[i]);
        row->addWidget(m_cuts[i], 1);
        rfmLayout->addRow(labels[i], row);
        const Dimension dimension = kDimensions[i];
        connect(m_bins[i], &QSpinBox::valueChanged, this, [this, dimension](int bins) {
            if (!m_loading)
                m_session->setBins(dimension, bins);
        });
        connect(m_cuts[i], &QLineEdit::editingFinished, this, [this, i, dimension] {
            if (m_loading || m_cuts[i]->text() == m_session->cutPointsText(dimension))
                return;
            if (!m_session->setCutPointsText(dimension, m_cuts[i]->text()))
                m_status->setText(tr("Cut points must be ascending numbers separated by commas."));
            m_bins[i]->setEnabled(m_session->cutPointsText(dimension).isEmpty());
        });
    }
    auto *rfmNote = new QLabel(tr("Empty cut points: customers are split into equal-sized bins (quantiles). "
                                  "Amounts in whole currency units."),
                               rfm);
    rfmNote->setWordWrap(true);
    rfmLayout->addRow(rfmNote);

    return rfm;
}

QGroupBox *SettingsView::buildAbcGroup(QWidget *left)
{
    auto *abc = new QGroupBox(tr("ABC classes"), left);
    auto *abcLayout = new QFormLayout(abc);
    m_abcBasis = new QComboBox(abc);
    m_abcBasis->setObjectName(QStringLiteral("abcBasis"));
    m_abcBasis->addItem(tr("Revenue"), int(AbcBasis::Revenue));
    m_abcBasis->addItem(tr("Profit"), int(AbcBasis::Profit));
    m_abcA = percentBox(QStringLiteral("abcA"), abc);
    m_abcB = percentBox(QStringLiteral("abcB"), abc);
    abcLayout->addRow(tr("Rank by:"), m_abcBasis);
    abcLayout->addRow(tr("A: customers making the first"), m_abcA);
    abcLayout->addRow(tr("B: up to"), m_abcB);
    connect(m_abcBasis, &QComboBox::activated, this, [this] {
        m_session->policy().abcBasis = AbcBasis(m_abcBasis->currentData().toInt());
        m_session->markModified();
    });
    connect(m_abcA, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (!m_loading) {
            m_session->policy().abc.a = v / 100.0;
            m_session->markModified();
        }
    });
    connect(m_abcB, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (!m_loading) {
            m_session->policy().abc.b = v / 100.0;
            m_session->markModified();
        }
    });

    return abc;
}

QGroupBox *SettingsView::buildChurnGroup(QWidget *left)
{
    auto *churn = new QGroupBox(tr("Churn rules"), left);
    auto *churnLayout = new QFormLayout(churn);
    m_atRiskPAlive = percentBox(QStringLiteral("atRiskPAlive"), churn);
    m_churnedPAlive = percentBox(QStringLiteral("churnedPAlive"), churn);
    m_atRiskGap = new QDoubleSpinBox(churn);
    m_atRiskGap->setObjectName(QStringLiteral("atRiskGap"));
    m_churnedGap = new QDoubleSpinBox(churn);
    m_churnedGap->setObjectName(QStringLiteral("churnedGap"));
    for (QDoubleSpinBox *box : {m_atRiskGap, m_churnedGap}) {
        box->setRange(1.0, 20.0);
        box->setDecimals(1);
        box->setSuffix(tr(" × usual gap"));
    }
    m_oneTimeAtRisk = new QSpinBox(churn);
    m_oneTimeAtRisk->setObjectName(QStringLiteral("oneTimeAtRisk"));
    m_oneTimeChurned = new QSpinBox(churn);
    m_oneTimeChurned->setObjectName(QStringLiteral("oneTimeChurned"));
    for (QSpinBox *box : {m_oneTimeAtRisk, m_oneTimeChurned}) {
        box->setRange(1, 3650);
        box->setSuffix(tr(" days"));
    }
    churnLayout->addRow(tr("At risk when P(alive) below:"), m_atRiskPAlive);
    churnLayout->addRow(tr("Churned when P(alive) below:"), m_churnedPAlive);
    churnLayout->addRow(tr("At risk after a gap of:"), m_atRiskGap);
    churnLayout->addRow(tr("Churned after a gap of:"), m_churnedGap);
    churnLayout->addRow(tr("One-time buyer at risk after:"), m_oneTimeAtRisk);
    churnLayout->addRow(tr("One-time buyer churned after:"), m_oneTimeChurned);
    editPolicy(m_atRiskPAlive, [](ClassificationPolicy &p, double v) { p.churn.atRiskPAlive = v / 100.0; });
    editPolicy(m_churnedPAlive, [](ClassificationPolicy &p, double v) { p.churn.churnedPAlive = v / 100.0; });
    editPolicy(m_atRiskGap, [](ClassificationPolicy &p, double v) { p.churn.atRiskGapFactor = v; });
    editPolicy(m_churnedGap, [](ClassificationPolicy &p, double v) { p.churn.churnedGapFactor = v; });
    editPolicy(m_oneTimeAtRisk, [](ClassificationPolicy &p, int v) { p.churn.oneTimeAtRiskDays = v; });
    editPolicy(m_oneTimeChurned, [](ClassificationPolicy &p, int v) { p.churn.oneTimeChurnedDays = v; });

    return churn;
}

QGroupBox *SettingsView::buildClvGroup(QWidget *left)
{
    auto *clv = new QGroupBox(tr("Customer lifetime value"), left);
    auto *clvLayout = new QFormLayout(clv);
    m_clvMonths = new QSpinBox(clv);
    m_clvMonths->setObjectName(QStringLiteral("clvMonths"));
    m_clvMonths->setRange(1, 120);
    m_clvMonths->setSuffix(tr(" months"));
    m_clvDiscount = percentBox(QStringLiteral("clvDiscount"), clv);
    m_clvDiscount->setRange(0.0, 10.0);
    m_clvDiscount->setDecimals(2);
    m_purchaseModel = new QComboBox(clv);
    m_purchaseModel->setObjectName(QStringLiteral("purchaseModelCombo"));
    m_purchaseModel->addItem(tr("MBG/NBD: one-time buyers can drop out"), int(analytics::PurchaseModel::MbgNbd));
    m_purchaseModel->addItem(tr("BG/NBD: dropout only after a repeat purchase"), int(analytics::PurchaseModel::BgNbd));
    m_purchaseModel->setToolTip(tr("The model behind P(alive), expected purchases and CLV. Under BG/NBD a customer "
                                   "who bought only once counts as certainly alive, however long ago that was."));
    clvLayout->addRow(tr("Purchase model:"), m_purchaseModel);
    clvLayout->addRow(tr("Horizon:"), m_clvMonths);
    clvLayout->addRow(tr("Discount rate per month:"), m_clvDiscount);
    connect(m_purchaseModel, &QComboBox::activated, this, [this] {
        m_session->policy().purchaseModel = analytics::PurchaseModel(m_purchaseModel->currentData().toInt());
        m_session->markModified();
    });
    editPolicy(m_clvMonths, [](ClassificationPolicy &p, int v) { p.clvMonths = v; });
    editPolicy(m_clvDiscount, [](ClassificationPolicy &p, double v) { p.clvMonthlyDiscountRate = v / 100.0; });

    return clv;
}

QGroupBox *SettingsView::buildGeneralGroup(QWidget *left)
{
    auto *general = new QGroupBox(tr("Currency and language"), left);
    auto *generalLayout = new QFormLayout(general);
    m_currency = new QComboBox(general);
    m_currency->setObjectName(QStringLiteral("currencyCombo"));
    for (const QString &code : SettingsSession::currencies())
        m_currency->addItem(QStringLiteral("%1  %2").arg(code, Currency(code).symbol()), code);
    m_language = new QComboBox(general);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System language"), QString());
    // Each language is named in itself, so that anyone can find their own.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_languageNote = new QLabel(general);
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setWordWrap(true);
    generalLayout->addRow(tr("Currency:"), m_currency);
    generalLayout->addRow(tr("Language:"), m_language);
    generalLayout->addRow(m_languageNote);
    connect(m_currency, &QComboBox::activated, this,
            [this] { m_session->setCurrency(m_currency->currentData().toString()); });
    connect(m_language, &QComboBox::activated, this, [this] {
        m_session->setLanguage(m_language->currentData().toString());
        updateState();
    });

    return general;
}

QGroupBox *SettingsView::buildRulesGroup()
{
    auto *rulesGroup = new QGroupBox(tr("RFM segment rules (the first matching rule wins)"), this);
    auto *rulesLayout = new QVBoxLayout(rulesGroup);
    m_rules = new QTableView(rulesGroup);
    m_rules->setObjectName(QStringLiteral("segmentRuleTable"));
    m_rules->setModel(m_session->segmentRules());
    m_rules->verticalHeader()->hide();
    m_rules->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rules->horizontalHeader()->setSectionResizeMode(SegmentRuleModel::Segment, QHeaderView::Stretch);
    m_rules->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rules->setSelectionMode(QAbstractItemView::SingleSelection);
    rulesLayout->addWidget(m_rules);
    auto *ruleButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add rule"), rulesGroup);
    add->setObjectName(QStringLiteral("addRuleButton"));
    auto *remove = new QPushButton(tr("Remove"), rulesGroup);
    remove->setObjectName(QStringLiteral("removeRuleButton"));
    auto *up = new QPushButton(tr("Move up"), rulesGroup);
    auto *down = new QPushButton(tr("Move down"), rulesGroup);
    for (QPushButton *b : {add, remove, up, down})
        ruleButtons->addWidget(b);
    ruleButtons->addStretch(1);
    rulesLayout->addLayout(ruleButtons);
    auto currentRow = [this] { return m_rules->currentIndex().isValid() ? m_rules->currentIndex().row() : -1; };
    connect(add, &QPushButton::clicked, this, [this, currentRow] {
        const int row = m_session->segmentRules()->addRule(currentRow() < 0 ? -1 : currentRow() + 1);
        m_rules->selectRow(row);
    });
    connect(remove, &QPushButton::clicked, this,
            [this, currentRow] { m_session->segmentRules()->removeRule(currentRow()); });
    connect(up, &QPushButton::clicked, this, [this, currentRow] {
        const int row = currentRow();
        m_session->segmentRules()->moveRule(row, -1);
        m_rules->selectRow(std::max(0, row - 1));
    });
    connect(down, &QPushButton::clicked, this, [this, currentRow] {
        const int row = currentRow();
        m_session->segmentRules()->moveRule(row, +1);
        m_rules->selectRow(row + 1);
    });

    return rulesGroup;
}

QGroupBox *SettingsView::buildEffectGroup()
{
    auto *effectGroup = new QGroupBox(tr("Effect of the last change"), this);
    auto *effectLayout = new QVBoxLayout(effectGroup);
    m_effect = new QTableWidget(0, 4, effectGroup);
    m_effect->setObjectName(QStringLiteral("effectTable"));
    m_effect->setHorizontalHeaderLabels({tr("Segment"), tr("Before"), tr("After"), tr("Change")});
    m_effect->verticalHeader()->hide();
    m_effect->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    effectLayout->addWidget(m_effect);

    return effectGroup;
}

QHBoxLayout *SettingsView::buildButtonBar()
{
    auto *bar = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_status->setWordWrap(true);
    bar->addWidget(m_status, 1);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    bar->addWidget(m_progress);
    m_defaults = new QPushButton(tr("Restore defaults"), this);
    m_defaults->setObjectName(QStringLiteral("defaultsButton"));
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveSettingsButton"));
    m_saveClassify = new QPushButton(tr("Save and re-classify"), this);
    m_saveClassify->setObjectName(QStringLiteral("saveClassifyButton"));
    bar->addWidget(m_defaults);
    bar->addWidget(m_save);
    bar->addWidget(m_saveClassify);
    connect(m_defaults, &QPushButton::clicked, this, [this] {
        m_session->restoreDefaults();
        loadFields();
    });
    connect(m_save, &QPushButton::clicked, this, &SettingsView::save);
    connect(m_saveClassify, &QPushButton::clicked, this, &SettingsView::saveAndReclassify);
    return bar;
}

void SettingsView::loadFields()
{
    m_loading = true;
    const ClassificationPolicy &p = m_session->policy();
    for (int i = 0; i < 3; ++i) {
        m_bins[i]->setValue(m_session->bins(kDimensions[i]));
        m_cuts[i]->setText(m_session->cutPointsText(kDimensions[i]));
        m_bins[i]->setEnabled(m_cuts[i]->text().isEmpty());
    }
    m_abcBasis->setCurrentIndex(m_abcBasis->findData(int(p.abcBasis)));
    m_abcA->setValue(p.abc.a * 100.0);
    m_abcB->setValue(p.abc.b * 100.0);
    m_atRiskPAlive->setValue(p.churn.atRiskPAlive * 100.0);
    m_churnedPAlive->setValue(p.churn.churnedPAlive * 100.0);
    m_atRiskGap->setValue(p.churn.atRiskGapFactor);
    m_churnedGap->setValue(p.churn.churnedGapFactor);
    m_oneTimeAtRisk->setValue(p.churn.oneTimeAtRiskDays);
    m_oneTimeChurned->setValue(p.churn.oneTimeChurnedDays);
    m_purchaseModel->setCurrentIndex(m_purchaseModel->findData(int(p.purchaseModel)));
    m_clvMonths->setValue(p.clvMonths);
    m_clvDiscount->setValue(p.clvMonthlyDiscountRate * 100.0);
    m_currency->setCurrentIndex(std::max(0, m_currency->findData(m_session->currency())));
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_session->language())));
    m_loading = false;
}

bool SettingsView::save()
{
    QString error;
    if (!m_session->save(&error)) {
        m_prompter.warn(this, tr("Settings not saved"), error);
        return false;
    }
    m_status->setText(tr("Saved. The next classification uses these rules."));
    updateState();
    return true;
}

void SettingsView::saveAndReclassify()
{
    if (m_job->isRunning() || !save())
        return;
    const qint64 latest = m_workspace.snapshots().currentId();
    m_before = latest > 0 ? m_workspace.segments().segmentTotals(latest) : QList<GroupTotal>{};
    m_progress->setValue(0);
    m_progress->show();
    m_job->start();
    updateState();
}

void SettingsView::showEffect(qint64 snapshotId)
{
    const auto after = m_workspace.segments().segmentTotals(snapshotId);
    QMap<QString, std::pair<qint64, qint64>> counts; // key → (before, after)
    for (const auto &t : m_before)
        counts[t.key].first = t.customers;
    for (const auto &t : after)
        counts[t.key].second = t.customers;
    // Rule order first, then keys no rule has any more.
    QStringList order;
    for (const auto &rule : m_session->policy().segments)
        order << QString::fromStdString(rule.key);
    order << QStringLiteral("others");
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (!order.contains(it.key()))
            order << it.key();
    const QLocale locale;
    m_effect->setRowCount(0);
    for (const QString &key : order) {
        if (!counts.contains(key) || key.isEmpty())
            continue;
        const auto [before, now] = counts.value(key);
        const int row = m_effect->rowCount();
        m_effect->insertRow(row);
        m_effect->setItem(row, 0, cell(Labels::segment(key), Qt::AlignLeft | Qt::AlignVCenter));
        m_effect->setItem(row, 1, cell(locale.toString(before)));
        m_effect->setItem(row, 2, cell(locale.toString(now)));
        const qint64 delta = now - before;
        m_effect->setItem(row, 3,
                          cell(delta > 0 ? locale.positiveSign() + locale.toString(delta) : locale.toString(delta)));
    }
}

void SettingsView::updateButtons(bool running)
{
    m_save->setEnabled(m_session->isModified() && !running);
    m_saveClassify->setEnabled(!running);
    m_defaults->setEnabled(!running);
}

void SettingsView::updateState()
{
    // The progress bar shows while a run started here is going on; the job itself reports
    // running a little longer, until its thread has wound down.
    updateButtons(!m_progress->isHidden());
    m_languageNote->setText(m_session->language() != SettingsSession::storedLanguage()
                                    || m_session->languageNeedsRestart()
                                ? tr("The new language is used the next time Kehu starts.")
                                : tr("Dates, numbers and money follow the language chosen here."));
}

} // namespace kehu
