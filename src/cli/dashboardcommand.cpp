#include "cli/dashboardcommand.h"

#include "core/moneyformatter.h"
#include "storage/dashboardrepository.h"
#include "storage/database.h"
#include "storage/snapshotaggregator.h"

#include <QElapsedTimer>

#include <algorithm>

namespace kehu::cli {

int runDashboard(const CommandArgs &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("owner"), QStringLiteral("Only this owner's customers."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("region"), QStringLiteral("Only this region."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("channel"), QStringLiteral("Only this channel."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("from"), QStringLiteral("First day of the period."), QStringLiteral("date")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("Last day of the period."), QStringLiteral("date")});
    parser.addOption({QStringLiteral("bench"),
                      QStringLiteral("Time the aggregates' write and a refresh for every owner, region and channel.")});
    if (const int code = parseCommand(parser, args,
                                      QStringLiteral("Dashboard figures of the latest snapshot for a filter.")); 
        code >= 0)
        return code;
    DashboardFilter filter;
    filter.owner = parser.value(QStringLiteral("owner"));
    filter.region = parser.value(QStringLiteral("region"));
    filter.channel = parser.value(QStringLiteral("channel"));
    filter.from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    filter.to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    const auto db = openDatabase(parser, args, false);
    if (!db)
        return UserError;
    DashboardRepository repo(*db);
    QString error;
    QElapsedTimer timer;
    if (parser.isSet(QStringLiteral("bench"))) {
        const auto first = repo.load({}, &error); // writes missing aggregates
        if (!first.snapshot.id) {
            err() << "kehu-cli dashboard: no snapshot " << error << "\n";
            return UserError;
        }
        timer.start();
        if (!SnapshotAggregator(*db).write(first.snapshot.id, &error)) {
            err() << "kehu-cli dashboard: " << error << "\n";
            return InternalError;
        }
        out() << "aggregates of snapshot " << first.snapshot.id << " (" << first.kpis.customers
              << " customers) written in " << timer.elapsed() << " ms\n";
        QList<DashboardFilter> filters{DashboardFilter{}};
        for (const QString &owner : repo.distinct(QStringLiteral("owner")))
            filters << DashboardFilter{{}, {}, owner, {}, {}};
        for (const QString &region : repo.distinct(QStringLiteral("region")))
            filters << DashboardFilter{QDate(2025, 10, 1), QDate(2025, 12, 31), {}, region, {}};
        for (const QString &channel : repo.distinct(QStringLiteral("channel")))
            filters << DashboardFilter{{}, {}, {}, {}, channel};
        QList<double> ms;
        for (const DashboardFilter &f : filters) {
            timer.restart();
            const auto d = repo.load(f, &error);
            ms << double(timer.nsecsElapsed()) / 1e6;
            Q_UNUSED(d);
        }
        std::sort(ms.begin(), ms.end());
        out() << "refresh after a filter change, " << ms.size() << " filters: median "
              << QString::number(ms.at(ms.size() / 2), 'f', 1) << " ms, max " << QString::number(ms.last(), 'f', 1)
              << " ms\n";
        return Ok;
    }
    timer.start();
    const DashboardData d = repo.load(filter, &error);
    if (!error.isEmpty()) {
        err() << "kehu-cli dashboard: " << error << "\n";
        return InternalError;
    }
    out() << "snapshot " << d.snapshot.id << " as of " << d.snapshot.asOf.toString(Qt::ISODate) << " ("
          << timer.elapsed() << " ms)\n"
          << "customers " << d.kpis.customers << ", active " << d.kpis.active << ", at risk " << d.kpis.atRisk
          << ", churned " << d.kpis.churned << ", new in range " << d.kpis.newInRange << "\n"
          << "revenue " << MoneyFormatter::dataFileText(d.kpis.revenue) << ", average CLV "
          << MoneyFormatter::dataFileText(d.kpis.averageClv) << ", NPS "
          << QString::number(d.kpis.nps, 'f', 1) << " (" << d.kpis.npsAnswers << " answers), CSAT "
          << QString::number(d.kpis.csat, 'f', 2) << "\n";
    for (const auto &g : d.segments)
        out() << "  " << qSetFieldWidth(20) << Qt::left << g.key << qSetFieldWidth(0) << g.customers << "\n";
    return Ok;
}

} // namespace kehu::cli
