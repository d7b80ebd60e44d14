#include "reviewview.h"

#include "labels.h"
#include "moneyformatter.h"
#include "prompter.h"
#include "reviewcustomerlistmodel.h"
#include "reviewsession.h"
#include "workspace.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kehu {

namespace {

QTableWidgetItem *cell(const QString &text, const QVariant &raw = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    if (raw.isValid())
        item->setData(Qt::UserRole, raw);
    return item;
}

template<typename Table = QTableWidget>
Table *table(QWidget *parent, const QString &name)
{
    auto *t = new Table(parent);
    t->setObjectName(name);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    return t;
}

} // namespace

ReviewView::ReviewView(Workspace &workspace, Prompter &prompter, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_prompter(prompter), m_session(new ReviewSession(workspace, this)),
      m_listModel(new ReviewCustomerListModel(workspace, this))
{
    setObjectName(QStringLiteral("review"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildStepBar());
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reviewTabs"));
    m_tabs->addTab(buildMigrationTab(), tr("3. Migration"));
    m_tabs->addTab(buildListsTab(), tr("4. Lists"));
    m_team = table(m_tabs, QStringLiteral("reviewTeam"));
    m_tabs->addTab(m_team, tr("5. Team"));
    m_tabs->addTab(buildActionsTab(), tr("6. Actions"));
    layout->addWidget(m_tabs, 1);

    fillQuarters();
    connect(&m_workspace, &Workspace::bookChanged, this, &ReviewView::fillQuarters);
    connect(m_build, &QPushButton::clicked, this, &ReviewView::build);
    connect(m_session, &ReviewSession::progress, m_status, &QLabel::setText);
    connect(m_session, &ReviewSession::finished, this, [this](bool ok, const QString &error) {
        m_build->setEnabled(true);
        if (!ok) {
            m_status->setText(error);
            m_prompter.warn(this, tr("Review not built"), error);
            return;
        }
        showReview();
    });
    connect(m_segmentMatrix, &QTableWidget::cellClicked, this, [this](int r, int c) { drillCell(false, r, c); });
    connect(m_abcMatrix, &QTableWidget::cellClicked, this, [this](int r, int c) { drillCell(true, r, c); });
    connect(m_listChoice, &QComboBox::currentIndexChanged, this, &ReviewView::showList);
    connectExports();
}

/// The steps in order: the quarter, build, then the exports once there is a review.
QHBoxLayout *ReviewView::buildStepBar()
{
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("1. Quarter:"), this));
    m_quarter = new QComboBox(this);
    m_quarter->setObjectName(QStringLiteral("reviewQuarter"));
    m_quarter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bar->addWidget(m_quarter);
    m_build = new QPushButton(tr("2. Take snapshots and build the review"), this);
    m_build->setObjectName(QStringLiteral("reviewBuild"));
    bar->addWidget(m_build);
    m_status = new QLabel(tr("The quarter's snapshot is taken (or reused) and frozen, then compared with the "
                             "previous quarter's."),
                          this);
    m_status->setObjectName(QStringLiteral("reviewStatus"));
    bar->addWidget(m_status, 1);
    for (const QString &text : {tr("Export PDF…"), tr("Export HTML…"), tr("Export CSV lists…")}) {
        auto *button = new QPushButton(text, this);
        button->setEnabled(false);
        bar->addWidget(button);
        m_exports << button;
    }
    m_exports[0]->setObjectName(QStringLiteral("reviewExportPdf"));
    m_exports[1]->setObjectName(QStringLiteral("reviewExportHtml"));
    m_exports[2]->setObjectName(QStringLiteral("reviewExportCsv"));
    return bar;
}

QWidget *ReviewView::buildMigrationTab()
{
    auto *matrices = new QWidget(m_tabs);
    auto *matrixLayout = new QVBoxLayout(matrices);
    auto *hint = new QLabel(tr("Rows: last quarter; columns: this quarter. Click a cell to see its customers."),
                            matrices);
    matrixLayout->addWidget(hint);
    m_segmentMatrix = table(matrices, QStringLiteral("reviewSegmentMatrix"));
    m_abcMatrix = table(matrices, QStringLiteral("reviewAbcMatrix"));
    m_abcMatrix->setMaximumHeight(190);
    matrixLayout->addWidget(m_segmentMatrix, 3);
    matrixLayout->addWidget(m_abcMatrix, 1);

    return matrices;
}

QWidget *ReviewView::buildListsTab()
{
    auto *lists = new QWidget(m_tabs);
    auto *listLayout = new QVBoxLayout(lists);
    auto *listBar = new QHBoxLayout;
    m_listChoice = new QComboBox(lists);
    m_listChoice->setObjectName(QStringLiteral("reviewListChoice"));
    m_listChoice->addItems({tr("Became key customers"), tr("Dropped a class"), tr("New churn risks"),
                            tr("Win-back candidates"), tr("Top customers by CLV")});
    auto *showInBook = new QPushButton(tr("Show in the customer book"), lists);
    listBar->addWidget(m_listChoice);
    listBar->addStretch(1);
    listBar->addWidget(showInBook);
    listLayout->addLayout(listBar);
    m_list = table<QTableView>(lists, QStringLiteral("reviewList"));
    m_list->setModel(m_listModel);
    listLayout->addWidget(m_list, 1);

    connect(showInBook, &QPushButton::clicked, this,
            [this] { emit drillDown(m_listModel->customerIds(), m_listChoice->currentText()); });
    return lists;
}

QWidget *ReviewView::buildActionsTab()
{
    auto *actionPage = new QWidget(m_tabs);
    auto *actionLayout = new QVBoxLayout(actionPage);
    actionLayout->addWidget(new QLabel(tr("Follow-ups proposed by rule. Uncheck, reassign or move a due day, then "
                                          "create them."),
                                       actionPage));
    m_actions = table(actionPage, QStringLiteral("reviewActions"));
    actionLayout->addWidget(m_actions, 1);
    auto *create = new QPushButton(tr("Create follow-ups"), actionPage);
    create->setObjectName(QStringLiteral("reviewCreateFollowUps"));
    actionLayout->addWidget(create, 0, Qt::AlignRight);
    connect(create, &QPushButton::clicked, this, &ReviewView::createFollowUps);
    return actionPage;
}

void ReviewView::connectExports()
{
    connect(m_exports[0], &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export PDF"), m_session->review().quarter.label() + QStringLiteral(".pdf"), tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            exportPdf(path);
    });
    connect(m_exports[1], &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export HTML"),
                                                          m_session->review().quarter.label() + QStringLiteral(".html"),
                                                          tr("HTML (*.html)"));
        if (!path.isEmpty())
            exportHtml(path);
    });
    connect(m_exports[2], &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Export CSV lists into"));
        if (!dir.isEmpty())
            exportCsv(dir);
    });
}

bool ReviewView::chinese() const
{
    return QLocale().language() == QLocale::Chinese;
}

void ReviewView::fillQuarters()
{
    const QString current = m_quarter->currentData().toString();
    m_quarter->clear();
    const QList<ReviewSession::QuarterChoice> quarters = m_session->quarters();
    const QLocale locale;
    int complete = -1;
    for (const ReviewSession::QuarterChoice &choice : quarters) {
        const QString label = choice.quarter.label();
        if (choice.partial) {
            m_quarter->addItem(tr("%1 (partial: data to %2)")
                                   .arg(Labels::quarter(choice.quarter),
                                        locale.toString(m_session->activitySpan().last, QLocale::ShortFormat)),
                               label);
        } else {
            m_quarter->addItem(Labels::quarter(choice.quarter), label);
            if (complete < 0)
                complete = int(m_quarter->count()) - 1;
        }
    }
    const int kept = m_quarter->findData(current);
    // The newest complete quarter by default, else the one partial quarter.
    m_quarter->setCurrentIndex(kept >= 0 ? kept : complete >= 0 ? complete : 0);
    m_build->setEnabled(!quarters.isEmpty() && !m_session->isRunning());
    if (quarters.isEmpty())
        m_status->setText(tr("No purchases, visits or surveys yet: there is no quarter to review."));
}

void ReviewView::build()
{
    const auto quarter = Quarter::parse(m_quarter->currentData().toString());
    if (!quarter || m_session->isRunning())
        return;
    m_build->setEnabled(false);
    m_status->setText(tr("Building the review of %1…").arg(Labels::quarter(*quarter)));
    m_session->build(*quarter);
}

void ReviewView::fillMatrix(QTableWidget *t, bool abc)
{
    const QuarterlyReview &r = m_session->review();
    const QStringList &keys = abc ? r.abcKeys : r.segmentKeys;
    const analytics::MigrationMatrix &m = abc ? r.abcMigration : r.segmentMigration;
    QStringList labels;
    for (const QString &key : keys)
        labels << (abc ? Labels::abcClass(key) : Labels::segment(key));
    labels << tr("(none)");
    const int n = int(labels.size());
    t->clear();
    t->setRowCount(n);
    t->setColumnCount(n);
    t->setHorizontalHeaderLabels(labels);
    t->setVerticalHeaderLabels(labels);
    const QLocale locale;
    int64_t top = 1;
    for (int64_t c : m.customers)
        top = std::max(top, c);
    for (int from = 0; from < n; ++from) {
        for (int to = 0; to < n; ++to) {
            const int16_t f = from == n - 1 ? analytics::kAbsentLabel : int16_t(from);
            const int16_t g = to == n - 1 ? analytics::kAbsentLabel : int16_t(to);
            const int64_t count = m.customers.empty() ? 0 : m.count(f, g);
            auto *item = cell(count ? locale.toString(qlonglong(count)) : QString());
            item->setTextAlignment(Qt::AlignCenter);
            item->setToolTip(tr("%1 → %2: %3 customers, revenue %4")
                                 .arg(labels.at(from), labels.at(to), locale.toString(qlonglong(count)),
                                      MoneyFormatter::formatWhole(m.revenue.empty() ? 0 : m.revenueOf(f, g),
                                                                  Currency(m_workspace.currency()))));
            if (count > 0) {
                const double t2 = std::sqrt(double(count) / double(top));
                item->setBackground(from == to ? QColor::fromRgbF(float(1.0 - 0.5 * t2), float(1.0 - 0.3 * t2), 1.0f)
                                               : QColor::fromRgbF(1.0f, float(1.0 - 0.45 * t2), float(1.0 - 0.6 * t2)));
            }
            t->setItem(from, to, item);
        }
    }
    t->resizeColumnsToContents();
}

void ReviewView::drillCell(bool abc, int row, int column)
{
    if (!m_session->hasReview())
        return;
    QTableWidget *t = abc ? m_abcMatrix : m_segmentMatrix;
    const QString caption = t->verticalHeaderItem(row)->text() + QStringLiteral(" → ")
                            + t->horizontalHeaderItem(column)->text();
    emit drillDown(m_session->cellCustomers(abc, row, column), caption);
}

void ReviewView::showList(int index)
{
    const QuarterlyReview &r = m_session->review();
    const QList<QuarterlyReview::CustomerLine> *lists[] = {&r.becameKey, &r.droppedClass, &r.newChurnRisks, &r.winBack,
                                                           &r.topByClv};
    if (index < 0 || index >= 5)
        return;
    m_listModel->setLines(*lists[index]);
    m_list->resizeColumnsToContents();
}

void ReviewView::showReview()
{
    const QuarterlyReview &r = m_session->review();
    const QLocale locale;
    const QString currency = m_workspace.currency();
    const QString figures = tr("%1: %2 customers, %3 active, %4 new, revenue %5")
                                .arg(Labels::quarter(r.quarter), locale.toString(r.customers),
                                     locale.toString(r.activeCustomers), locale.toString(r.newCustomers),
                                     MoneyFormatter::formatWhole(r.revenue, Currency(currency)));
    // The quarter's own name, never the snapshot's label: that one may be empty ("compared with .").
    m_status->setText(r.previous ? tr("%1; compared with %2.").arg(figures, Labels::quarter(r.quarter.previous()))
                                 : tr("%1; no earlier quarter to compare with.").arg(figures));
    fillMatrix(m_segmentMatrix, false);
    fillMatrix(m_abcMatrix, true);
    showList(m_listChoice->currentIndex());

    m_team->clear();
    m_team->setColumnCount(8);
    m_team->setHorizontalHeaderLabels({tr("Owner"), tr("Customers"), tr("Active"), tr("New"), tr("Revenue"),
                                       tr("Revenue target"), tr("Visits"), tr("Follow-ups on time")});
    m_team->setRowCount(int(r.team.size()));
    for (int row = 0; row < r.team.size(); ++row) {
        const auto &t = r.team.at(row);
        m_team->setItem(row, 0, cell(t.owner.isEmpty() ? tr("(no owner)") : t.owner));
        m_team->setItem(row, 1, cell(locale.toString(t.customers)));
        m_team->setItem(row, 2, cell(locale.toString(t.activeCustomers)));
        m_team->setItem(row, 3, cell(locale.toString(t.newCustomers)));
        m_team->setItem(row, 4, cell(MoneyFormatter::formatWhole(t.revenue, Currency(currency))));
        m_team->setItem(
            row, 5,
            cell(t.revenueTarget ? MoneyFormatter::formatWhole(*t.revenueTarget, Currency(currency)) : QString()));
        m_team->setItem(row, 6, cell(locale.toString(t.visits)));
        m_team->setItem(
            row, 7,
            cell(QStringLiteral("%1 / %2").arg(locale.toString(t.followUpsOnTime), locale.toString(t.followUpsDue))));
    }
    m_team->resizeColumnsToContents();

    m_actions->clear();
    m_actions->setColumnCount(5);
    m_actions->setHorizontalHeaderLabels({tr("Customer"), tr("Code"), tr("Assignee"), tr("Due"), tr("Reason")});
    m_actions->setRowCount(int(r.actions.size()));
    for (int row = 0; row < r.actions.size(); ++row) {
        const auto &a = r.actions.at(row);
        auto *name = cell(a.name, a.customerId);
        name->setFlags(name->flags() | Qt::ItemIsUserCheckable);
        name->setCheckState(a.selected ? Qt::Checked : Qt::Unchecked);
        m_actions->setItem(row, 0, name);
        m_actions->setItem(row, 1, cell(a.code));
        m_actions->setItem(row, 2, new QTableWidgetItem(a.assignee));
        m_actions->setItem(row, 3, new QTableWidgetItem(a.dueOn.toString(Qt::ISODate)));
        m_actions->setItem(row, 4, cell(Labels::followUpReason(a.reason), a.reason));
    }
    m_actions->resizeColumnsToContents();
    for (QPushButton *b : std::as_const(m_exports))
        b->setEnabled(true);
}

int ReviewView::createFollowUps()
{
    if (!m_session->hasReview())
        return -1;
    QList<QuarterlyReview::ProposedAction> chosen;
    const auto &proposed = m_session->review().actions;
    for (int row = 0; row < m_actions->rowCount() && row < proposed.size(); ++row) {
        if (m_actions->item(row, 0)->checkState() != Qt::Checked)
            continue;
        QuarterlyReview::ProposedAction a = proposed.at(row);
        a.assignee = m_actions->item(row, 2)->text().trimmed();
        const QDate due = QDate::fromString(m_actions->item(row, 3)->text().trimmed(), Qt::ISODate);
        if (due.isValid())
            a.dueOn = due;
        a.selected = true;
        chosen << a;
    }
    const qint64 written = m_session->commitActions(chosen);
    if (written < 0) {
        m_prompter.warn(this, tr("Follow-ups not created"), m_session->lastError());
        return -1;
    }
    for (int row = 0; row < m_actions->rowCount(); ++row)
        m_actions->item(row, 0)->setCheckState(Qt::Unchecked);
    m_status->setText(tr("%Ln follow-up(s) created.", nullptr, int(written)));
    return int(written);
}

bool ReviewView::exportHtml(const QString &path)
{
    if (!m_session->exportHtml(path, chinese())) {
        m_prompter.warn(this, tr("Not exported"), m_session->lastError());
        return false;
    }
    return true;
}

bool ReviewView::exportPdf(const QString &path)
{
    if (!m_session->exportPdf(path, chinese())) {
        m_prompter.warn(this, tr("Not exported"), m_session->lastError());
        return false;
    }
    return true;
}

bool ReviewView::exportCsv(const QString &directory)
{
    if (!m_session->exportCsv(directory, chinese())) {
        m_prompter.warn(this, tr("Not exported"), m_session->lastError());
        return false;
    }
    return true;
}

} // namespace kehu
