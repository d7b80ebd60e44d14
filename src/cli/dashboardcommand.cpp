#include "dashboardcommand.h"

#include "benchmarks.h"
#include "dashboardfigures.h"
#include "moneyformatter.h"
#include "workspace.h"

#include <QElapsedTimer>

namespace kehu::cli {

int runDashboard(const CommandArgs &args)
{
    QCommandLineParser parser;
    addFilterOptions(parser);
    parser.addOption({QStringLiteral("bench"),
                      QStringLiteral("Time the aggregates' write and a refresh for every owner, region and channel.")});
    if (const int code = parseCommand(parser, args,
                                      QStringLiteral("Dashboard figures of the latest snapshot for a filter."));
        code >= 0)
        return code;
    DashboardFilter filter;
    if (!parseFilterOptions(parser, &filter))
        return UserError;
    const auto workspace = openWorkspace(parser, args, false);
    if (!workspace)
        return UserError;
    if (parser.isSet(QStringLiteral("bench")))
        return bench::dashboardBenchmark(*workspace, out(), err());
    QString error;
    QElapsedTimer timer;
    timer.start();
    const DashboardData data = workspace->dashboard().load(filter, &error);
    if (!error.isEmpty()) {
        err() << "kehu-cli dashboard: " << error << "\n";
        return InternalError;
    }
    const DashboardKpis &k = data.kpis;
    const Currency currency(workspace->currency());
    out() << "snapshot " << data.snapshot.id << " as of " << data.snapshot.asOf.toString(Qt::ISODate) << " ("
          << timer.elapsed() << " ms)\n"
          << "customers " << k.customers << ", active " << k.active << ", at risk " << k.atRisk << ", churned "
          << k.churned << ", new in range " << k.newInRange << "\n"
          << "revenue " << MoneyFormatter::dataFileText(k.revenue, currency) << ", average CLV "
          << MoneyFormatter::dataFileText(k.averageClv, currency) << ", NPS " << QString::number(k.nps, 'f', 1) << " ("
          << k.npsAnswers << " answers), CSAT " << QString::number(k.csat, 'f', 2) << "\n";
    for (const DashboardData::Group &segment : data.segments)
        out() << "  " << qSetFieldWidth(20) << Qt::left << segment.key << qSetFieldWidth(0) << segment.customers
              << "\n";
    return Ok;
}

} // namespace kehu::cli
