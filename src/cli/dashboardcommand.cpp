#include "dashboardcommand.h"

#include "benchmarks.h"
#include "clibookaccess.h"
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
    const CliBookAccess::DashboardOverview d = CliBookAccess(*workspace).dashboard(filter, &error);
    if (!error.isEmpty()) {
        err() << "kehu-cli dashboard: " << error << "\n";
        return InternalError;
    }
    out() << "snapshot " << d.snapshot.id << " as of " << d.snapshot.asOf.toString(Qt::ISODate) << " ("
          << timer.elapsed() << " ms)\n"
          << "customers " << d.customers << ", active " << d.active << ", at risk " << d.atRisk << ", churned "
          << d.churned << ", new in range " << d.newInRange << "\n"
          << "revenue " << MoneyFormatter::dataFileText(d.revenue) << ", average CLV "
          << MoneyFormatter::dataFileText(d.averageClv) << ", NPS " << QString::number(d.nps, 'f', 1) << " ("
          << d.npsAnswers << " answers), CSAT " << QString::number(d.csat, 'f', 2) << "\n";
    for (const auto &[key, customers] : d.segments)
        out() << "  " << qSetFieldWidth(20) << Qt::left << key << qSetFieldWidth(0) << customers << "\n";
    return Ok;
}

} // namespace kehu::cli
