#include "dashboardview.h"

#include "charts/barchartview.h"
#include "charts/heatmapview.h"
#include "charts/linechartview.h"
#include "charts/paretochartview.h"
#include "charts/piechartview.h"
#include "dashboardsession.h"
#include "kpicard.h"
#include "labels.h"
#include "listwidgets.h"
#include "moneyformatter.h"
#include "valuehistogram.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>
#include <iterator>
#include <limits>
#include <type_traits>

namespace kehu {

namespace {

const QList<QColor> kPalette{QColor(40, 90, 170),   QColor(60, 150, 80),  QColor(230, 140, 30), QColor(200, 70, 60),
                             QColor(130, 90, 180),  QColor(40, 160, 170), QColor(170, 120, 60), QColor(120, 120, 120),
                             QColor(220, 110, 160), QColor(90, 130, 60),  QColor(80, 80, 160)};

QString periodOf(int32_t day)
{
    return QDate(1970, 1, 1).addDays(day).toString(QStringLiteral("yyyy-MM"));
}

int sign(double d)
{
    return d > 1e-9 ? 1 : d < -1e-9 ? -1 : 0;
}

DashboardElement dashboardElement(DashboardElement::Kind kind, const QString &key, const QString &key2 = {})
{
    DashboardElement e;
    e.kind = kind;
    e.key = key;
    e.key2 = key2;
    return e;
}

} // namespace

DashboardView::DashboardView(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_session(new DashboardSession(workspace, this))
{
    setObjectName(QStringLiteral("dashboard"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildFilterBar());
    layout->addWidget(buildCanvas(), 1);
    connectDrillDowns();
    connect(m_session, &DashboardSession::changed, this, &DashboardView::draw);
    connect(&m_workspace, &Workspace::bookChanged, this, [this] {
        if (m_loaded)
            fillChoices();
    });
    connect(&m_workspace, &Workspace::customerChanged, this, [this] { m_surveysChanged = true; });
}

QHBoxLayout *DashboardView::buildFilterBar()
{
    auto *bar = new QHBoxLayout;
    m_useRange = new QCheckBox(tr("Date range"), this);
    m_useRange->setObjectName(QStringLiteral("dashboardUseRange"));
    m_from = new QDateEdit(QDate::currentDate().addYears(-1), this);
    m_from->setObjectName(QStringLiteral("dashboardFrom"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(QStringLiteral("dashboardTo"));
    m_to->setCalendarPopup(true);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    m_owner = filterChoice(this, QStringLiteral("dashboardOwner"), tr("All owners"));
    m_region = filterChoice(this, QStringLiteral("dashboardRegion"), tr("All regions"));
    m_channel = filterChoice(this, QStringLiteral("dashboardChannel"), tr("All channels"));
    auto *print = new QPushButton(tr("Print…"), this);
    print->setObjectName(QStringLiteral("dashboardPrint"));
    m_snapshotLabel = new QLabel(this);
    m_snapshotLabel->setObjectName(QStringLiteral("dashboardSnapshot"));
    bar->addWidget(m_useRange);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(QStringLiteral("–"), this));
    bar->addWidget(m_to);
    bar->addWidget(m_owner);
    bar->addWidget(m_region);
    bar->addWidget(m_channel);
    bar->addStretch(1);
    bar->addWidget(m_snapshotLabel);
    bar->addWidget(print);
    connect(m_useRange, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    connect(m_from, &QDateEdit::editingFinished, this, &DashboardView::applyFilter);
    connect(m_to, &QDateEdit::editingFinished, this, &DashboardView::applyFilter);
    for (QComboBox *combo : {m_owner, m_region, m_channel})
        connect(combo, &QComboBox::activated, this, &DashboardView::applyFilter);
    connect(print, &QPushButton::clicked, this, &DashboardView::print);

    return bar;
}

QScrollArea *DashboardView::buildCanvas()
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidgetResizable(true);
    m_canvas = new QWidget(scroll);
    m_canvas->setObjectName(QStringLiteral("dashboardCanvas"));
    auto *canvasLayout = new QVBoxLayout(m_canvas);
    auto *cards = new QHBoxLayout;
    for (const QString &caption : {tr("Customers"), tr("Active"), tr("New"), tr("Churned"), tr("Won back"),
                                   tr("Revenue"), tr("Average CLV"), tr("NPS"), tr("CSAT")}) {
        auto *card = new KpiCard(caption, m_canvas);
        card->setObjectName(QStringLiteral("kpi%1").arg(m_cards.size()));
        m_cards << card;
        cards->addWidget(card);
    }
    canvasLayout->addLayout(cards);

    m_counts = new LineChartView(tr("Customers per period (dashed: forecast)"), m_canvas);
    m_segments = new BarChartView(tr("RFM segments"), m_canvas);
    m_abc = new PieChartView(tr("ABC classes by customers"), m_canvas);
    m_pareto = new ParetoChartView(tr("ABC Pareto curve"), m_canvas);
    m_heatmap = new HeatmapView(tr("Customers by R and F score"), m_canvas);
    m_clv = new BarChartView(tr("CLV distribution"), m_canvas);
    m_satisfaction = new LineChartView(tr("NPS and CSAT per month"), m_canvas);
    m_npsBands = new BarChartView(tr("Promoters, passives and detractors"), m_canvas);
    m_churn = new BarChartView(tr("Churn risk by segment"), m_canvas);
    auto *grid = new QGridLayout;
    QWidget *countsPanel = panel(m_counts, QStringLiteral("customer-counts"));
    m_countsNote = new QLabel(countsPanel);
    m_countsNote->setObjectName(QStringLiteral("dashboardCountsNote"));
    m_countsNote->setWordWrap(true);
    m_countsNote->setStyleSheet(QStringLiteral("color: #566;"));
    static_cast<QVBoxLayout *>(countsPanel->layout())->insertWidget(1, m_countsNote);
    grid->addWidget(countsPanel, 0, 0, 1, 2);
    grid->addWidget(panel(m_segments, QStringLiteral("segments")), 1, 0);
    grid->addWidget(panel(m_churn, QStringLiteral("churn-by-segment")), 1, 1);
    grid->addWidget(panel(m_pareto, QStringLiteral("pareto")), 2, 0);
    grid->addWidget(panel(m_abc, QStringLiteral("abc")), 2, 1);
    grid->addWidget(panel(m_heatmap, QStringLiteral("rf-heatmap")), 3, 0);
    grid->addWidget(panel(m_clv, QStringLiteral("clv")), 3, 1);
    grid->addWidget(panel(m_satisfaction, QStringLiteral("nps-csat")), 4, 0);
    grid->addWidget(panel(m_npsBands, QStringLiteral("nps-bands")), 4, 1);
    for (int row = 0; row < 5; ++row)
        grid->setRowMinimumHeight(row, 330);
    canvasLayout->addLayout(grid);
    scroll->setWidget(m_canvas);

    return scroll;
}

/// A click on any chart or card lists the customers behind it.
void DashboardView::connectDrillDowns()
{
    connect(m_segments, &ChartView::elementClicked, this, [this](const QString &key) {
        drill(dashboardElement(DashboardElement::Kind::Segment, key), Labels::segment(key));
    });
    connect(m_churn, &ChartView::elementClicked, this, [this](const QString &key, const QString &flag) {
        drill(dashboardElement(DashboardElement::Kind::SegmentChurn, key, flag),
              Labels::segment(key) + QStringLiteral(" · ") + Labels::churnFlag(flag));
    });
    connect(m_abc, &ChartView::elementClicked, this, [this](const QString &key) {
        drill(dashboardElement(DashboardElement::Kind::AbcClass, key), Labels::abcClass(key));
    });
    connect(m_pareto, &ChartView::elementClicked, this, [this](const QString &abc, const QString &count) {
        const qint64 n = count.toLongLong();
        const qint64 ranked = m_session->data().pareto.customers;
        drill(dashboardElement(DashboardElement::Kind::RevenueTop, count),
              tr("Best %1 customers by revenue (%2% of customers, up to class %3)")
                  .arg(QLocale().toString(n),
                       QLocale().toString(ranked > 0 ? 100.0 * double(n) / double(ranked) : 0.0, 'f', 0),
                       Labels::abcClass(abc)));
    });
    connect(m_counts, &ChartView::elementClicked, this, &DashboardView::drillCounts);
    connect(m_satisfaction, &ChartView::elementClicked, this, [this](const QString &month, const QString &line) {
        drillSurveys(month, line,
                     line == u"csat" ? tr("CSAT answers in %1").arg(month) : tr("NPS answers in %1").arg(month));
    });
    connect(m_npsBands, &ChartView::elementClicked, this, [this](const QString &month, const QString &band) {
        const QString label = band == u"promoters"  ? tr("Promoters")
                              : band == u"passives" ? tr("Passives")
                                                    : tr("Detractors");
        drillSurveys(month, band, tr("%1 in %2").arg(label, month));
    });
    for (int card = 0; card < m_cards.size(); ++card) {
        m_cards.at(card)->setClickable(true);
        m_cards.at(card)->setToolTip(tr("Click to see these customers"));
        connect(m_cards.at(card), &KpiCard::clicked, this, [this, card] { drillCard(card); });
    }
    connect(m_heatmap, &HeatmapView::elementClicked, this, [this](const QString &r, const QString &f) {
        drill(dashboardElement(DashboardElement::Kind::RfCell, r, f), tr("R %1, F %2").arg(r, f));
    });
    connect(m_clv, &ChartView::elementClicked, this, [this](const QString &bin) {
        const int index = bin.toInt();
        QString caption = tr("CLV bin %1").arg(index);
        if (index >= 0 && index < m_clv->data().categories.size())
            caption = tr("CLV %1").arg(m_clv->data().categories.at(index).label);
        drill(dashboardElement(DashboardElement::Kind::ClvBin, bin), caption);
    });
}

DashboardView::~DashboardView() = default;

QWidget *DashboardView::panel(QWidget *chart, const QString &fileName)
{
    auto *frame = new QFrame(m_canvas);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(0);
    chart->setParent(frame);
    layout->addWidget(chart, 1);
    auto *save = new QToolButton(frame);
    save->setText(tr("Export PNG…"));
    save->setObjectName(fileName + QStringLiteral("Export"));
    save->setAutoRaise(true);
    layout->addWidget(save, 0, Qt::AlignRight);
    connect(save, &QToolButton::clicked, this, [this, chart, fileName] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), fileName + QStringLiteral(".png"),
                                                          tr("PNG images (*.png)"));
        if (!path.isEmpty())
            chart->grab().save(path, "PNG");
    });
    return frame;
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded) {
        refresh();
    } else if (m_surveysChanged) {
        m_session->reload(); // NPS and CSAT are read live from the surveys
    }
    m_surveysChanged = false;
}

void DashboardView::refresh()
{
    const bool first = !m_loaded;
    m_loaded = true;
    fillChoices();
    applyFilter();
    // The first time: the twelve months up to the snapshot's day, or up to the data's last
    // day when the data ends earlier (a snapshot taken today of a book that ended last year).
    QDate asOf = m_session->data().snapshot.asOf;
    const ActivitySpan &span = m_session->data().span;
    if (asOf.isValid() && span.isValid() && span.last < asOf)
        asOf = span.last;
    if (first && asOf.isValid()) {
        const QSignalBlocker blocker(m_useRange);
        m_from->setDate(asOf.addYears(-1).addDays(1));
        m_to->setDate(asOf);
        m_useRange->setChecked(true);
        m_from->setEnabled(true);
        m_to->setEnabled(true);
        applyFilter();
    }
}

void DashboardView::fillChoices()
{
    const auto fill = [](QComboBox *combo, const QStringList &values, QString (*label)(const QString &) = nullptr) {
        const QString current = combo->currentData().toString();
        while (combo->count() > 1)
            combo->removeItem(1);
        for (const QString &v : values)
            combo->addItem(label ? label(v) : v, v);
        const int index = combo->findData(current);
        combo->setCurrentIndex(index < 0 ? 0 : index);
    };
    fill(m_owner, m_session->owners());
    fill(m_region, m_session->regions());
    fill(m_channel, m_session->channels(), &Labels::channel);
}

void DashboardView::applyFilter()
{
    DashboardFilter f;
    if (m_useRange->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    f.owner = m_owner->currentData().toString();
    f.region = m_region->currentData().toString();
    f.channel = m_channel->currentData().toString();
    m_session->setFilter(f);
}

void DashboardView::drill(const DashboardElement &element, const QString &caption)
{
    emit drillDown(m_session->customers(element), caption);
}

void DashboardView::draw()
{
    const DashboardData &d = m_session->data();
    drawSnapshotLabel(d);
    drawKpis(d);
    drawCounts();
    drawSegments(d);
    // ABC classes.
    QList<ChartSlice> slices;
    const QList<QColor> abcColors{QColor(200, 120, 20), QColor(40, 90, 170), QColor(150, 150, 150)};
    for (const DashboardData::Group &g : d.abcClasses) {
        if (g.key.isEmpty())
            continue;
        const int index = g.key == u"A" ? 0 : g.key == u"B" ? 1 : 2;
        slices << ChartSlice{g.key, Labels::abcClass(g.key), double(g.customers), abcColors[index]};
    }
    m_abc->setSlices(slices);
    m_pareto->setCurve(d.pareto);
    m_heatmap->setHeatmap(d.heatmap);

    drawClv(d);
    drawSatisfaction(d);
}

void DashboardView::drawSnapshotLabel(const DashboardData &d)
{
    const QLocale locale;
    if (d.snapshot.id == 0)
        m_snapshotLabel->setText(tr("No classification yet: re-classify (Ctrl+R) to fill the dashboard."));
    else
        m_snapshotLabel->setText(
            d.previousSnapshot ? tr("Snapshot of %1, compared with %2")
                                     .arg(locale.toString(d.snapshot.asOf, QLocale::ShortFormat),
                                          locale.toString(d.previousSnapshot->asOf, QLocale::ShortFormat))
                               : tr("Snapshot of %1").arg(locale.toString(d.snapshot.asOf, QLocale::ShortFormat)));
}

void DashboardView::drawKpis(const DashboardData &d)
{
    const QLocale locale;
    const QString currency = m_workspace.currency();
    // KPI cards.
    const DashboardKpis &k = d.kpis;
    const std::optional<DashboardKpis> &p = d.previous;
    const auto count = [&](int card, qint64 now, std::optional<qint64> before, bool inverted = false) {
        if (!before) {
            m_cards[card]->setValue(locale.toString(now), tr("no earlier snapshot"), 0);
            return;
        }
        const qint64 diff = now - *before;
        m_cards[card]->setValue(locale.toString(now),
                                (diff > 0 ? QStringLiteral("+") : QString()) + locale.toString(diff),
                                sign(double(diff)), inverted);
    };
    const auto money = [&](int card, MinorUnits now, std::optional<MinorUnits> before) {
        if (!before || *before == 0) {
            m_cards[card]->setValue(MoneyFormatter::formatWhole(now, Currency(currency)),
                                    before ? QString() : tr("no earlier snapshot"), 0);
            return;
        }
        const double change = 100.0 * double(now - *before) / double(std::abs(*before));
        m_cards[card]->setValue(MoneyFormatter::formatWhole(now, Currency(currency)),
                                (change > 0 ? QStringLiteral("+") : QString()) + locale.toString(change, 'f', 1)
                                    + QStringLiteral("%"),
                                sign(change));
    };
    const auto score = [&](int card, double now, std::optional<double> before, int decimals, bool known) {
        const QString text = known ? locale.toString(now, 'f', decimals) : QStringLiteral("—");
        if (!before || !known) {
            m_cards[card]->setValue(text, known ? tr("no earlier snapshot") : tr("no answers"), 0);
            return;
        }
        const double diff = now - *before;
        m_cards[card]->setValue(
            text, (diff > 0 ? QStringLiteral("+") : QString()) + locale.toString(diff, 'f', decimals), sign(diff));
    };
    const auto prev = [&](auto member) {
        using T = std::remove_cvref_t<decltype(k.*member)>;
        return p ? std::optional<T>((*p).*member) : std::optional<T>();
    };
    count(0, k.customers, prev(&DashboardKpis::customers));
    count(1, k.active, prev(&DashboardKpis::active));
    if (p && !d.newComparable)
        m_cards[2]->setValue(locale.toString(k.newInRange),
                             m_useRange->isChecked() ? tr("no earlier period") : tr("all periods"), 0);
    else
        count(2, k.newInRange, prev(&DashboardKpis::newInRange));
    count(3, k.churned, prev(&DashboardKpis::churned), true);
    m_cards[4]->setValue(locale.toString(m_session->wonBackInRange()),
                         m_useRange->isChecked() ? tr("in the date range") : tr("all periods"), 0);
    money(5, k.revenue, prev(&DashboardKpis::revenue));
    money(6, k.averageClv, prev(&DashboardKpis::averageClv));
    score(7, k.nps, prev(&DashboardKpis::nps), 0, k.npsAnswers > 0);
    score(8, k.csat, prev(&DashboardKpis::csat), 2, k.csat > 0);
}

/// Segments, biggest first, and the churn risk in each.
void DashboardView::drawSegments(const DashboardData &d)
{
    // Segments, biggest first.
    BarChartData segments;
    segments.horizontal = true;
    segments.valueTitle = tr("customers");
    ChartBarSet segmentSet{QStringLiteral("customers"), tr("Customers"), kPalette[0], {}};
    for (auto it = d.segments.crbegin(); it != d.segments.crend(); ++it) { // horizontal bars draw bottom-up
        if (it->key.isEmpty())
            continue;
        segments.categories << ChartCategory{it->key, Labels::segment(it->key)};
        segmentSet.values << double(it->customers);
    }
    segments.sets << segmentSet;
    m_segments->setData(segments);

    // Churn risk by segment: stacked by flag.
    BarChartData churn;
    churn.horizontal = true;
    churn.stacked = true;
    churn.valueTitle = tr("customers");
    QStringList segmentOrder;
    for (const ChartCategory &cat : std::as_const(segments.categories))
        segmentOrder << cat.key;
    for (const QString &key : std::as_const(segmentOrder))
        churn.categories << ChartCategory{key, Labels::segment(key)};
    const QList<QColor> flagColors{kPalette[1], kPalette[2], kPalette[3]};
    const QStringList flags = Labels::churnFlagKeys();
    for (int i = 0; i < flags.size(); ++i) {
        ChartBarSet set{flags.at(i), Labels::churnFlag(flags.at(i)), flagColors.value(i, kPalette[7]),
                        QList<double>(segmentOrder.size(), 0.0)};
        for (const DashboardData::Group &g : d.churnBySegment) {
            const int row = int(segmentOrder.indexOf(g.key));
            if (row >= 0 && g.key2 == flags.at(i))
                set.values[row] += double(g.customers);
        }
        churn.sets << set;
    }
    m_churn->setData(churn);
}

void DashboardView::drawClv(const DashboardData &d)
{
    const QString currency = m_workspace.currency();
    // CLV histogram: 1-2-5 bins, labelled by their lower edge.
    BarChartData clv;
    clv.valueTitle = tr("customers");
    ChartBarSet clvSet{QStringLiteral("customers"), tr("Customers"), kPalette[4], {}};
    for (size_t bin = 0; bin < d.clvHistogram.bins(); ++bin) {
        const QString label = bin == 0 ? QStringLiteral("≤0")
                                       : MoneyFormatter::formatWhole(analytics::valueBinLowerEdge(int(bin)),
                                                                     Currency(currency))
                                             + QStringLiteral("+");
        clv.categories << ChartCategory{QString::number(bin), label};
        clvSet.values << double(d.clvHistogram.customers[bin]);
    }
    clv.sets << clvSet;
    m_clv->setData(clv);
}

void DashboardView::drawSatisfaction(const DashboardData &d)
{
    // Satisfaction: NPS and CSAT lines, and the NPS bands per month.
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const analytics::SatisfactionSeries &s = d.satisfaction;
    LineChartData satisfaction;
    satisfaction.valueTitle = tr("NPS");
    satisfaction.secondaryTitle = tr("CSAT");
    satisfaction.secondaryMin = 1.0;
    satisfaction.secondaryMax = 5.0;
    ChartLine nps{tr("NPS"), kPalette[0], {}, false, false, QStringLiteral("nps")};
    ChartLine csat{tr("CSAT (1-5)"), kPalette[2], {}, false, true, QStringLiteral("csat")};
    BarChartData bands;
    bands.stacked = true;
    bands.valueTitle = tr("answers");
    ChartBarSet promoters{QStringLiteral("promoters"), tr("Promoters"), kPalette[1], {}};
    ChartBarSet passives{QStringLiteral("passives"), tr("Passives"), QColor(200, 200, 120), {}};
    ChartBarSet detractors{QStringLiteral("detractors"), tr("Detractors"), kPalette[3], {}};
    const size_t first = s.totals.size() > 24 ? s.totals.size() - 24 : 0;
    for (size_t i = first; i < s.totals.size(); ++i) {
        const analytics::SatisfactionTotals &t = s.totals[i];
        const QString period = periodOf(s.periodStartDay[i]);
        satisfaction.categories << period;
        nps.values << (t.npsAnswers() > 0 ? t.nps() : nan);
        csat.values << (t.csatAnswers > 0 ? t.csatAverage() : nan);
        bands.categories << ChartCategory{period, period};
        promoters.values << double(t.promoters);
        passives.values << double(t.passives);
        detractors.values << double(t.detractors);
    }
    satisfaction.lines << nps << csat;
    bands.sets << promoters << passives << detractors;
    m_satisfaction->setData(satisfaction);
    m_npsBands->setData(bands);
}

void DashboardView::drawCounts()
{
    // Customers per period with the forecast. A partial last period (the data ends before it
    // does) is drawn dotted and labelled, and the forecast joins the last complete period:
    // two days of a month are not a collapse.
    const DashboardSession::Counts c = m_session->counts();
    m_countsPeriods = c;
    LineChartData counts;
    counts.categories = c.periods;
    for (const QDate &start : c.starts)
        counts.categoryKeys << start.toString(Qt::ISODate);
    if (c.partialLast && !counts.categories.isEmpty())
        counts.categories.last() = tr("%1 (partial)").arg(counts.categories.last());
    counts.categories += c.forecastPeriods;
    counts.valueTitle = tr("customers");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const QList<double> pad(c.forecastPeriods.size(), nan);
    const qsizetype n = c.periods.size();
    const auto line = [&](const QString &key, const QString &label, const QColor &color, const QList<double> &values) {
        QList<double> whole = values;
        if (c.partialLast && n > 0)
            whole[n - 1] = nan;
        counts.lines << ChartLine{label, color, whole + pad, false, false, key};
        if (c.partialLast && n > 1) {
            QList<double> partial(n + c.forecastPeriods.size(), nan);
            partial[n - 2] = values.at(n - 2);
            partial[n - 1] = values.at(n - 1);
            counts.lines << ChartLine{label, color, partial, false, false, key, true, false};
        } else if (c.partialLast && n == 1) {
            counts.lines << ChartLine{label, color, values + pad, false, false, key, true, false};
        }
    };
    line(QStringLiteral("new"), tr("New"), kPalette[1], c.newCustomers);
    line(QStringLiteral("active"), tr("Active"), kPalette[0], c.active);
    line(QStringLiteral("churned"), tr("Churned"), kPalette[3], c.churned);
    const qsizetype lastComplete = c.partialLast ? n - 2 : n - 1;
    if (!c.forecastPeriods.isEmpty() && lastComplete >= 0) {
        QList<double> forecast(n + c.forecastPeriods.size(), nan);
        forecast[lastComplete] = c.active.at(lastComplete);
        for (qsizetype i = 0; i < c.forecastActive.size() && n + i < forecast.size(); ++i)
            forecast[n + i] = c.forecastActive.at(i);
        counts.lines << ChartLine{tr("Active (forecast)"),   kPalette[0], forecast, true, false,
                                  QStringLiteral("forecast")};
    }
    m_counts->setData(counts);
    QStringList notes;
    if (c.pending)
        notes << tr("Counting the customers of the filter…");
    else if (c.filtered)
        notes << tr("Customers of the filter; no forecast (the model is the whole book's).");
    if (c.partialLast)
        notes << tr("The data ends on %1: the last period is partial (dotted).")
                     .arg(QLocale().toString(c.dataEnd, QLocale::ShortFormat));
    if (!notes.isEmpty())
        notes << tr("Click a month to see its customers.");
    m_countsNote->setText(notes.join(u' '));
}

void DashboardView::drillCounts(const QString &start, const QString &line)
{
    const int index = int(m_countsPeriods.starts.indexOf(QDate::fromString(start, Qt::ISODate)));
    if (index < 0)
        return;
    DashboardElement e;
    e.from = m_countsPeriods.starts.at(index);
    e.to = m_countsPeriods.ends.at(index);
    const QString period = m_countsPeriods.periods.at(index);
    if (line == u"new") {
        e.kind = DashboardElement::Kind::PeriodNew;
        drill(e, tr("New in %1").arg(period));
    } else if (line == u"active") {
        e.kind = DashboardElement::Kind::PeriodActive;
        drill(e, tr("Active in %1").arg(period));
    } else if (line == u"churned") {
        e.kind = DashboardElement::Kind::PeriodChurned;
        drill(e, tr("Churned in %1").arg(period));
    }
}

void DashboardView::drillSurveys(const QString &month, const QString &answer, const QString &caption)
{
    const QDate start = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    if (!start.isValid())
        return;
    DashboardElement e;
    e.kind = DashboardElement::Kind::Surveyed;
    e.key = answer;
    // The month within the date range, as the series counts it.
    const DashboardFilter f = m_session->filter();
    e.from = f.from.isValid() ? std::max(start, f.from) : start;
    e.to = f.to.isValid() ? std::min(start.addMonths(1).addDays(-1), f.to) : start.addMonths(1).addDays(-1);
    drill(e, caption);
}

void DashboardView::drillCard(int card)
{
    const DashboardFilter f = m_session->filter();
    // "New" and "Won back" count whole months of the range (first purchase month, periods).
    const QDate monthFrom = f.from.isValid() ? QDate(f.from.year(), f.from.month(), 1) : QDate();
    const QDate monthTo = f.to.isValid() ? QDate(f.to.year(), f.to.month(), 1).addMonths(1).addDays(-1) : QDate();
    // What each card lists: its kind and key, and which dates bound it.
    enum class Dates { None, Months, Range };
    struct CardDrill
    {
        DashboardElement::Kind kind;
        const char *key;
        Dates dates;
    };
    using Kind = DashboardElement::Kind;
    static const CardDrill drills[] = {
        {Kind::All, "", Dates::None},           {Kind::ChurnFlag, "active", Dates::None},
        {Kind::PeriodNew, "", Dates::Months},   {Kind::ChurnFlag, "churned", Dates::None},
        {Kind::WonBack, "", Dates::Months},     {Kind::WithRevenue, "", Dates::None},
        {Kind::WithClv, "", Dates::None},       {Kind::Surveyed, "nps", Dates::Range},
        {Kind::Surveyed, "csat", Dates::Range},
    };
    if (card < 0 || card >= int(std::size(drills)))
        return;
    const CardDrill &d = drills[card];
    DashboardElement e;
    e.kind = d.kind;
    e.key = QString::fromLatin1(d.key);
    if (d.dates == Dates::Months) {
        e.from = monthFrom;
        e.to = monthTo;
    } else if (d.dates == Dates::Range) {
        e.from = f.from;
        e.to = f.to;
    }
    const QString caption = m_cards.at(card)->findChild<QLabel *>(QStringLiteral("kpiCaption"))->text();
    drill(e, caption);
}

void DashboardView::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter(&printer);
    const QRect page = painter.viewport();
    const double scale = double(page.width()) / double(m_canvas->width());
    const int sliceHeight = int(page.height() / scale);
    painter.scale(scale, scale);
    for (int top = 0; top < m_canvas->height(); top += sliceHeight) {
        if (top > 0)
            printer.newPage();
        m_canvas->render(&painter, QPoint(0, 0), QRegion(0, top, m_canvas->width(), sliceHeight));
    }
}

} // namespace kehu
