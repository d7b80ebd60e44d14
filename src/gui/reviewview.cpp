#include "reviewview.h"

#include "labels.h"
#include "moneyformatter.h"
#include "prompter.h"
#include "reviewactionsmodel.h"
#include "reviewcustomerlistmodel.h"
#include "reviewmigrationmodel.h"
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

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
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
      m_listModel(new ReviewCustomerListModel(workspace, this)), m_actionsModel(new ReviewActionsModel(this)),
      m_segmentMigration(new ReviewMigrationModel(workspace, ReviewMigrationModel::Kind::Segments, this)),
      m_abcMigration(new ReviewMigrationModel(workspace, ReviewMigrationModel::Kind::AbcClasses, this))
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
    connect(m_segmentMatrix, &QTableView::clicked, this,
            [this](const QModelIndex &cell) { drillCell(false, cell.row(), cell.column()); });
    connect(m_abcMatrix, &QTableView::clicked, this,
            [this](const QModelIndex &cell) { drillCell(true, cell.row(), cell.column()); });
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
    m_segmentMatrix = table<QTableView>(matrices, QStringLiteral("reviewSegmentMatrix"));
    m_segmentMatrix->setModel(m_segmentMigration);
    m_abcMatrix = table<QTableView>(matrices, QStringLiteral("reviewAbcMatrix"));
    m_abcMatrix->setModel(m_abcMigration);
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
    m_actions = table<QTableView>(actionPage, QStringLiteral("reviewActions"));
    m_actions->setModel(m_actionsModel);
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

void ReviewView::drillCell(bool abc, int row, int column)
{
    if (!m_session->hasReview())
        return;
    const ReviewMigrationModel *matrix = abc ? m_abcMigration : m_segmentMigration;
    emit drillDown(m_session->cellCustomers(abc, row, column), matrix->caption(row, column));
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
    m_segmentMigration->setReview(r);
    m_abcMigration->setReview(r);
    m_segmentMatrix->resizeColumnsToContents();
    m_abcMatrix->resizeColumnsToContents();
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

    m_actionsModel->setActions(r.actions);
    m_actions->resizeColumnsToContents();
    for (QPushButton *b : std::as_const(m_exports))
        b->setEnabled(true);
}

int ReviewView::createFollowUps()
{
    if (!m_session->hasReview())
        return -1;
    const qint64 written = m_session->commitActions(m_actionsModel->chosenActions());
    if (written < 0) {
        m_prompter.warn(this, tr("Follow-ups not created"), m_session->lastError());
        return -1;
    }
    m_actionsModel->uncheckAll();
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
