#include "loyaltyview.h"

#include "bookstatistics.h"
#include "cohortjob.h"
#include "cohortretentionmodel.h"
#include "dashboardfilter.h"
#include "kpicard.h"
#include "loyaltyfigures.h"
#include "workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTableView>
#include <QVBoxLayout>

namespace kehu {

LoyaltyView::LoyaltyView(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_today(QDate::currentDate()), m_job(new CohortJob(workspace, this)),
      m_model(new CohortRetentionModel(this))
{
    setObjectName(QStringLiteral("loyaltyView"));
    auto *layout = new QVBoxLayout(this);
    auto *cards = new QHBoxLayout;
    m_nps = new KpiCard(QString(), this);
    m_nps->setObjectName(QStringLiteral("loyaltyNps"));
    m_csat = new KpiCard(QString(), this);
    m_csat->setObjectName(QStringLiteral("loyaltyCsat"));
    m_repeat = new KpiCard(QString(), this);
    m_repeat->setObjectName(QStringLiteral("loyaltyRepeatRate"));
    m_customers = new KpiCard(QString(), this);
    m_customers->setObjectName(QStringLiteral("loyaltyCustomers"));
    for (KpiCard *card : {m_nps, m_csat, m_repeat, m_customers})
        cards->addWidget(card);
    layout->addLayout(cards);

    auto *bar = new QHBoxLayout;
    m_cohortTitle = new QLabel(this);
    m_cohortTitle->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: 600;"));
    bar->addWidget(m_cohortTitle);
    bar->addStretch(1);
    m_periodLabel = new QLabel(this);
    bar->addWidget(m_periodLabel);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("cohortPeriod"));
    m_period->addItems({QString(), QString()});
    m_periodLabel->setBuddy(m_period);
    bar->addWidget(m_period);
    layout->addLayout(bar);

    auto *statusRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("cohortProgress"));
    m_progress->setRange(0, 0); // busy: the load reports no steps
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("cohortStatus"));
    m_status->setWordWrap(true);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_status, 1);
    layout->addLayout(statusRow);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("cohortTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(44);
    layout->addWidget(m_table, 1);

    connect(m_period, &QComboBox::activated, this, [this] { startCohorts(); });
    connect(m_job, &CohortJob::finished, this, &LoyaltyView::showCohorts);
    connect(&m_workspace, &Workspace::bookChanged, this, [this] { m_loaded = false; });
    connect(&m_workspace, &Workspace::customerChanged, this, [this] { m_loaded = false; }); // e.g. a survey entered
    retranslate();
}

LoyaltyView::~LoyaltyView() = default;

void LoyaltyView::retranslate()
{
    m_nps->setCaption(tr("NPS (promoters − detractors)"));
    m_csat->setCaption(tr("CSAT (mean, 1-5)"));
    m_repeat->setCaption(tr("Repeat-purchase rate"));
    m_customers->setCaption(tr("Customers acquired"));
    m_cohortTitle->setText(tr("Retention by acquisition cohort"));
    m_periodLabel->setText(tr("&Cohorts by:"));
    m_period->setItemText(0, tr("Month"));
    m_period->setItemText(1, tr("Quarter"));
    m_table->setToolTip(tr("Share of each cohort (customers by month or quarter of their first purchase) "
                           "who bought again 1, 2, … periods later."));
}

void LoyaltyView::setToday(QDate today)
{
    m_today = today;
    m_loaded = false;
}

bool LoyaltyView::isBusy() const
{
    return m_job->isRunning();
}

void LoyaltyView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        refresh();
}

void LoyaltyView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_loaded)
            refresh();
    }
    QWidget::changeEvent(event);
}

void LoyaltyView::refresh()
{
    m_loaded = true;
    const QLocale locale;
    // The twelve months up to today, or up to the data's last day when it ended earlier.
    QDate asOf = m_today;
    const ActivitySpan span = m_workspace.stats().activitySpan();
    if (span.isValid() && span.last < asOf)
        asOf = span.last;
    DashboardFilter filter;
    filter.from = asOf.addYears(-1).addDays(1);
    filter.to = asOf;
    const analytics::SatisfactionTotals totals = m_workspace.loyalty().satisfaction(filter);
    const QString dash = QStringLiteral("–");
    m_nps->setValue(totals.npsAnswers() > 0 ? locale.toString(totals.nps(), 'f', 0) : dash,
                    tr("%Ln answer(s), last 12 months", nullptr, int(totals.npsAnswers())), 0);
    m_csat->setValue(totals.csatAnswers > 0 ? locale.toString(totals.csatAverage(), 'f', 2) : dash,
                     totals.csatAnswers > 0
                         ? tr("%1% satisfied (4-5)").arg(locale.toString(totals.csatSatisfiedShare() * 100.0, 'f', 0))
                         : QString(),
                     0);
    startCohorts();
}

void LoyaltyView::startCohorts()
{
    m_progress->show();
    m_status->setText(tr("Computing retention from every purchase…"));
    m_job->start(m_period->currentIndex() == 1, m_today);
}

void LoyaltyView::waitForCohorts()
{
    m_job->wait();
}

void LoyaltyView::showCohorts(const CohortTable &table, const QString &error)
{
    m_progress->hide();
    const QLocale locale;
    if (!error.isEmpty()) {
        m_status->setText(tr("Retention could not be computed: %1").arg(error));
        return;
    }
    m_model->setTable(table);
    m_repeat->setValue(table.customers > 0 ? QString(locale.toString(table.repeatRate * 100.0, 'f', 1) + u'%')
                                           : QStringLiteral("–"),
                       tr("bought on two days or more"), 0);
    const QDate asOf = table.asOf.isValid() ? table.asOf : m_today;
    m_customers->setValue(locale.toString(table.customers),
                          tr("with a purchase by %1").arg(locale.toString(asOf, QLocale::ShortFormat)), 0);
    QString status = table.cohorts.isEmpty()
                         ? tr("No purchases yet.")
                         : tr("Cells: share of the cohort that bought in that period after its first one.");
    if (table.lastPartial && !table.cohorts.isEmpty())
        status += u' '
                  + tr("The purchases end on %1: %2 is a partial period.")
                        .arg(locale.toString(asOf, QLocale::ShortFormat), table.cohorts.last());
    m_status->setText(status);
}

} // namespace kehu
