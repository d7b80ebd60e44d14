#pragma once

#include "customer.h"
#include "dashboarddata.h"
#include "dashboardsession.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QScrollArea;

namespace kehu {

class BarChartView;
class DashboardSession;
class HeatmapView;
class KpiCard;
class LineChartView;
class ParetoChartView;
class PieChartView;
class Workspace;

/// The dashboard: KPI cards with the change against the previous snapshot, filters (date
/// range, owner, region, channel) and the charts in a scrollable grid. A click on a bar,
/// slice, cell, line point, curve point or KPI card emits drillDown() with the customers
/// behind it. Every chart
/// exports as PNG; the whole page prints.
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(Workspace &workspace, QWidget *parent = nullptr);
    ~DashboardView() override;

    DashboardSession *session() const { return m_session; }
    /// Reads again with the filters as set.
    void refresh();
    /// Runs the drill-down of @p element (what a chart click does).
    void drill(const DashboardElement &element, const QString &caption);
    /// The printable area (KPIs and charts).
    QWidget *canvas() const { return m_canvas; }
    void print();

    BarChartView *segmentChart() const { return m_segments; }
    PieChartView *abcChart() const { return m_abc; }
    ParetoChartView *paretoChart() const { return m_pareto; }
    HeatmapView *heatmap() const { return m_heatmap; }
    BarChartView *clvChart() const { return m_clv; }
    BarChartView *churnChart() const { return m_churn; }
    LineChartView *countsChart() const { return m_counts; }
    LineChartView *satisfactionChart() const { return m_satisfaction; }
    BarChartView *npsChart() const { return m_npsBands; }

signals:
    void drillDown(const QList<kehu::CustomerId> &ids, const QString &caption);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QHBoxLayout *buildFilterBar();
    QScrollArea *buildCanvas();
    void connectDrillDowns();
    void fillChoices();
    void applyFilter();
    void draw();
    void drawSnapshotLabel(const DashboardData &d);
    void drawKpis(const DashboardData &d);
    void drawSegments(const DashboardData &d);
    void drawClv(const DashboardData &d);
    void drawSatisfaction(const DashboardData &d);
    void drawCounts();
    void drillCounts(const QString &start, const QString &line);
    void drillSurveys(const QString &month, const QString &answer, const QString &caption);
    void drillCard(int card);
    QWidget *panel(QWidget *chart, const QString &fileName);

    Workspace &m_workspace;
    DashboardSession *m_session;
    bool m_loaded = false;
    bool m_surveysChanged = false; ///< a customer changed (e.g. a survey entered): reload on show
    QCheckBox *m_useRange;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_owner;
    QComboBox *m_region;
    QComboBox *m_channel;
    QLabel *m_snapshotLabel;
    QLabel *m_countsNote;
    DashboardSession::Counts m_countsPeriods; ///< what the counts chart shows, for its drill-down
    QWidget *m_canvas;
    QList<KpiCard *> m_cards;
    LineChartView *m_counts;
    BarChartView *m_segments;
    PieChartView *m_abc;
    ParetoChartView *m_pareto;
    HeatmapView *m_heatmap;
    BarChartView *m_clv;
    LineChartView *m_satisfaction;
    BarChartView *m_npsBands;
    BarChartView *m_churn;
};

} // namespace kehu
