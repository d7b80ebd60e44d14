#include "distributorsview.h"

#include "backgroundtasks.h"
#include "distributorfigures.h"
#include "distributorscorecardmodel.h"
#include "labels.h"
#include "ownertargetmodel.h"
#include "salestargets.h"
#include "workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace kehu {

namespace {

QTableView *makeTable(QWidget *parent, const QString &objectName)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    return table;
}

QLabel *makeTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: 600;"));
    return label;
}

} // namespace

DistributorsView::DistributorsView(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_today(QDate::currentDate()),
      m_scorecard(new DistributorScorecardModel(workspace, this)), m_targets(new OwnerTargetModel(workspace, this)),
      m_reader(new BackgroundTask(workspace.tasks(), BackgroundTask::Options{false, false}, this))
{
    setObjectName(QStringLiteral("distributorsView"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_quarterLabel = new QLabel(this);
    m_quarter = new QComboBox(this);
    m_quarter->setObjectName(QStringLiteral("distributorsQuarter"));
    m_quarterLabel->setBuddy(m_quarter);
    bar->addWidget(m_quarterLabel);
    bar->addWidget(m_quarter);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("distributorsProgress"));
    m_progress->setRange(0, 0); // busy: the read reports no steps
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    bar->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("distributorsStatus"));
    bar->addWidget(m_status);
    bar->addStretch(1);
    layout->addLayout(bar);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_scorecardTitle = makeTitle(top);
    m_scorecardNote = new QLabel(top);
    m_scorecardNote->setWordWrap(true);
    m_scorecardNote->setStyleSheet(QStringLiteral("color: #566;"));
    m_scorecardTable = makeTable(top, QStringLiteral("distributorScorecard"));
    m_scorecardTable->setModel(m_scorecard);
    m_scorecardTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    topLayout->addWidget(m_scorecardTitle);
    topLayout->addWidget(m_scorecardNote);
    topLayout->addWidget(m_scorecardTable, 1);

    auto *bottom = new QWidget(splitter);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_targetTitle = makeTitle(bottom);
    m_targetNote = new QLabel(bottom);
    m_targetNote->setWordWrap(true);
    m_targetNote->setStyleSheet(QStringLiteral("color: #566;"));
    m_targetTable = makeTable(bottom, QStringLiteral("ownerTargets"));
    m_targetTable->setModel(m_targets);
    m_targetTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                   | QAbstractItemView::AnyKeyPressed);
    m_targetTable->setSelectionBehavior(QAbstractItemView::SelectItems);
    bottomLayout->addWidget(m_targetTitle);
    bottomLayout->addWidget(m_targetNote);
    bottomLayout->addWidget(m_targetTable, 1);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    layout->addWidget(splitter, 1);

    connect(m_quarter, &QComboBox::activated, this, [this] { setQuarter(m_quarter->currentData().toString()); });
    connect(m_scorecardTable, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        emit openCustomer(index.data(DistributorScorecardModel::CustomerIdRole).value<CustomerId>());
    });
    connect(m_reader, &BackgroundTask::finished, this, [this](const QString &error) {
        m_progress->hide();
        m_status->setText(error.isEmpty() ? QString() : tr("The figures could not be read: %1").arg(error));
    });
    connect(&m_workspace, &Workspace::bookChanged, this, [this] { m_loaded = false; });
    connect(&m_workspace, &Workspace::customerChanged, this, [this] { m_loaded = false; });
    retranslate();
    fillQuarters();
}

void DistributorsView::retranslate()
{
    m_quarterLabel->setText(tr("&Quarter:"));
    m_scorecardTitle->setText(tr("Distributor scorecard"));
    m_scorecardNote->setText(tr("Customers of type distributor, ranked by a score of sales (40%), growth on the "
                                "quarter before (20%), CSAT (20%) and follow-ups done on time (20%). "
                                "Double-click a distributor to open it."));
    m_targetTitle->setText(tr("Sales team: targets and actuals"));
    m_targetNote->setText(tr("Revenue and new customers of each owner's customers in the quarter. "
                             "Double-click a target to change it (Ctrl+Z undoes)."));
}

void DistributorsView::fillQuarters()
{
    const QString current = m_quarter->currentData().toString();
    m_quarter->clear();
    QDate day(m_today.year(), ((m_today.month() - 1) / 3) * 3 + 1, 1);
    for (int i = 0; i < 8; ++i, day = day.addMonths(-3)) {
        const QString key = OwnerTargetModel::quarterOf(day);
        m_quarter->addItem(Labels::quarter(Quarter::containing(day)), key);
    }
    const int index = m_quarter->findData(current);
    m_quarter->setCurrentIndex(index >= 0 ? index : 0);
}

void DistributorsView::setToday(QDate today)
{
    m_today = today;
    fillQuarters();
    m_loaded = false;
}

void DistributorsView::setQuarter(const QString &quarter)
{
    const int index = m_quarter->findData(quarter);
    if (index >= 0)
        m_quarter->setCurrentIndex(index);
    m_loaded = true;
    m_progress->show();
    m_status->setText(tr("Reading the quarter's sales…"));
    m_reader->start([this, quarter](Workspace &worker, TaskControl &) -> BackgroundTask::Apply {
        // On the worker, on its own connection: the scorecard and the actuals read every
        // purchase of two quarters (about 2 s on a million customers).
        QList<DistributorLine> lines;
        QStringList owners;
        QList<OwnerActuals> actuals;
        const auto [from, to] = OwnerTargetModel::quarterRange(quarter);
        if (from.isValid()) {
            lines = worker.distributors().scorecard(from, to, from.addMonths(-3), from.addDays(-1));
            owners = worker.targets().owners();
            actuals = worker.targets().actuals(from, to);
        }
        return [this, quarter, lines = std::move(lines), owners = std::move(owners), actuals = std::move(actuals)] {
            m_scorecard->setLines(quarter, lines);
            m_targets->setActuals(quarter, owners, actuals);
            m_scorecardTable->resizeColumnsToContents();
            m_targetTable->resizeColumnsToContents();
            // The name columns take the spare width, not the last figure.
            m_scorecardTable->horizontalHeader()->setSectionResizeMode(DistributorScorecardModel::Name,
                                                                       QHeaderView::Stretch);
            m_targetTable->horizontalHeader()->setSectionResizeMode(OwnerTargetModel::Owner, QHeaderView::Stretch);
        };
    });
}

bool DistributorsView::isLoading() const
{
    return m_reader->isRunning();
}

void DistributorsView::waitForLoad()
{
    m_reader->wait();
}

void DistributorsView::refresh()
{
    setQuarter(m_quarter->currentData().toString());
}

void DistributorsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        refresh();
}

void DistributorsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillQuarters();
    }
    QWidget::changeEvent(event);
}

} // namespace kehu
