#include "analysiscommands.h"

#include "booksettings.h"
#include "classification.h"
#include "classificationrunner.h"
#include "customercountreport.h"
#include "daynumber.h"
#include "enumkeys.h"
#include "exporter.h"
#include "moneyformatter.h"
#include "purchasemodelfit.h"
#include "segmentmigration.h"
#include "snapshothistory.h"
#include "workspace.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <optional>

namespace kehu::cli {

namespace {

const QStringList kStageNames{QStringLiteral("summary"),   QStringLiteral("rfm"),         QStringLiteral("abc"),
                              QStringLiteral("model fit"), QStringLiteral("predictions"), QStringLiteral("churn"),
                              QStringLiteral("counts"),    QStringLiteral("done")};

enum class TableFormat { Text, Csv, Json };

bool parseFormat(const QCommandLineParser &parser, TableFormat *format)
{
    const QString name = parser.value(QStringLiteral("format"));
    if (name == u"text")
        *format = TableFormat::Text;
    else if (name == u"csv")
        *format = TableFormat::Csv;
    else if (name == u"json")
        *format = TableFormat::Json;
    else {
        err() << "kehu-cli: --format expects text, csv or json, got '" << name << "'\n";
        return false;
    }
    return true;
}

/// Prints rows as aligned text, CSV or a JSON array of objects; numbers stay numbers in JSON.
void printTable(TableFormat format, const QStringList &columns, const QList<QVariantList> &rows)
{
    if (format == TableFormat::Json) {
        QJsonArray array;
        for (const QVariantList &row : rows) {
            QJsonObject object;
            for (qsizetype i = 0; i < columns.size(); ++i)
                object.insert(columns.at(i), QJsonValue::fromVariant(row.value(i)));
            array.append(object);
        }
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        out().flush();
        return;
    }
    auto text = [](const QVariant &v) {
        return v.typeId() == QMetaType::Double ? QString::number(v.toDouble(), 'f', 4) : v.toString();
    };
    if (format == TableFormat::Csv) {
        out() << columns.join(u',') << "\n";
        for (const QVariantList &row : rows) {
            QStringList cells;
            for (const QVariant &v : row) {
                QString cell = text(v);
                if (cell.contains(u',') || cell.contains(u'"'))
                    cell = u'"' + cell.replace(u'"', QStringLiteral("\"\"")) + u'"';
                cells << cell;
            }
            out() << cells.join(u',') << "\n";
        }
        out().flush();
        return;
    }
    QList<int> widths;
    for (const QString &c : columns)
        widths << int(c.size());
    for (const QVariantList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], int(text(row[i]).size()));
    }
    for (qsizetype i = 0; i < columns.size(); ++i)
        out() << qSetFieldWidth(widths[i] + 2) << Qt::left << columns[i];
    out() << qSetFieldWidth(0) << "\n";
    for (const QVariantList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            out() << qSetFieldWidth(widths[i] + 2) << Qt::left << text(row[i]);
        out() << qSetFieldWidth(0) << "\n";
    }
    out().flush();
}

void addFormatOption(QCommandLineParser &parser, const QString &defaultFormat = QStringLiteral("text"))
{
    parser.addOption(
        {QStringLiteral("format"), QStringLiteral("text, csv or json."), QStringLiteral("format"), defaultFormat});
}

/// The snapshot named by --snapshot, or the book's current classification.
std::optional<SnapshotInfo> chosenSnapshot(const QCommandLineParser &parser, const SnapshotHistory &snapshots,
                                           const QString &option = QStringLiteral("snapshot"))
{
    std::optional<SnapshotInfo> snapshot;
    if (parser.isSet(option)) {
        bool ok = false;
        const qint64 id = parser.value(option).toLongLong(&ok);
        snapshot = ok ? snapshots.find(id) : std::nullopt;
        if (!snapshot)
            err() << "kehu-cli: no snapshot " << parser.value(option) << " (see 'kehu-cli classify')\n";
    } else {
        snapshot = snapshots.current();
        if (!snapshot)
            err() << "kehu-cli: no snapshot yet: run 'kehu-cli classify' first\n";
    }
    return snapshot;
}

} // namespace

int runClassify(const CommandArgs &args)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("as-of"), QStringLiteral("Classify as of this day (default: today)."), QStringLiteral("date")});
    parser.addOption(
        {QStringLiteral("label"), QStringLiteral("A label for the snapshot, e.g. 2025Q4."), QStringLiteral("text")});
    parser.addOption({QStringLiteral("no-store"), QStringLiteral("Compute and print, but store no snapshot.")});
    if (const int code = parseCommand(parser, args,
                                      QStringLiteral("Classify every customer (RFM, ABC, behaviour, value tier, "
                                                     "BG/NBD + Gamma-Gamma CLV, P(alive), churn flags, counts) with "
                                                     "the database's rules, and store a dated snapshot."));
        code >= 0)
        return code;
    QDate asOf = QDate::currentDate();
    if (!parseDateOption(parser, QStringLiteral("as-of"), &asOf))
        return UserError;
    const auto workspace = openWorkspace(parser, args, false);
    if (!workspace)
        return UserError;
    const ClassificationPolicy policy = workspace->settings().policy();
    auto outcome = ClassificationRunner(*workspace)
                       .run(policy, asOf, parser.value(QStringLiteral("label")),
                            !parser.isSet(QStringLiteral("no-store")));
    if (!outcome.error.isEmpty()) {
        err() << "kehu-cli classify: " << outcome.error << "\n";
        return InternalError;
    }
    const ClassificationResult &r = outcome.result;
    out() << "classified " << r.summary.size() << " customers, " << outcome.purchaseRows << " purchases, as of "
          << asOf.toString(Qt::ISODate) << "\n";
    out() << "  load " << QString::number(outcome.loadMilliseconds, 'f', 0) << " ms";
    for (std::size_t i = 0; i + 1 < r.stageMilliseconds.size(); ++i)
        out() << ", " << kStageNames.value(qsizetype(i)) << " " << QString::number(r.stageMilliseconds[i], 'f', 0)
              << " ms";
    if (outcome.snapshotId)
        out() << ", snapshot write " << QString::number(outcome.writeMilliseconds, 'f', 0) << " ms, dashboard totals "
              << QString::number(outcome.aggregateMilliseconds, 'f', 0) << " ms";
    out() << "\n";
    if (r.clvKind == ClvKind::Predictive)
        out() << "  CLV: predictive (" << purchaseModelName(r.bgnbd.params.model) << " r " << r.bgnbd.params.r
              << ", alpha " << r.bgnbd.params.alpha << ", a " << r.bgnbd.params.a << ", b " << r.bgnbd.params.b
              << ")\n";
    else
        out() << "  CLV: historical (revenue to date), because the model could not be fitted: "
              << QString::fromStdString(r.bgnbd.message) << "\n";
    if (outcome.snapshotId)
        out() << "  snapshot " << outcome.snapshotId << " stored\n";
    return Ok;
}

/// One fitted model as JSON: its parameters, their standard errors and the log-likelihood,
/// or the reason it could not be fitted.
template<typename Fit>
QJsonObject fitJson(const Fit &fit, const QStringList &names, const std::array<double, 4> &values,
                    const std::array<double, 4> &errors)
{
    QJsonObject o;
    if (!fit.ok()) {
        o.insert(QStringLiteral("error"), QString::fromStdString(fit.message));
        return o;
    }
    QJsonObject se;
    for (qsizetype i = 0; i < names.size(); ++i) {
        o.insert(names[i], values[std::size_t(i)]);
        se.insert(names[i], errors[std::size_t(i)]);
    }
    o.insert(QStringLiteral("log_likelihood"), fit.logLikelihood);
    o.insert(QStringLiteral("standard_errors"), se);
    o.insert(QStringLiteral("customers"), qint64(fit.customers));
    return o;
}

QJsonObject modelFitJson(const PurchaseModelFit::Result &fitted, const QString &unit)
{
    QJsonObject result;
    const auto &b = fitted.purchase.params;
    const auto &bse = fitted.purchase.standardErrors;
    // The fit goes under its model's key ("bgnbd" or "mbgnbd"), as in the snapshot summary.
    const QString modelKey = toKey(fitted.model);
    result.insert(QStringLiteral("purchase_model"), modelKey);
    result.insert(modelKey,
                  fitJson(fitted.purchase,
                          {QStringLiteral("r"), QStringLiteral("alpha"), QStringLiteral("a"), QStringLiteral("b")},
                          {b.r, b.alpha, b.a, b.b}, {bse.r, bse.alpha, bse.a, bse.b}));
    const auto &g = fitted.spend.params;
    const auto &gse = fitted.spend.standardErrors;
    result.insert(QStringLiteral("gamma_gamma"),
                  fitJson(fitted.spend, {QStringLiteral("p"), QStringLiteral("q"), QStringLiteral("gamma")},
                          {g.p, g.q, g.gamma, 0.0}, {gse.p, gse.q, gse.gamma, 0.0}));
    result.insert(QStringLiteral("calibration_end"), isoDate(fromDayNumber(fitted.calibrationEndDay)));
    result.insert(QStringLiteral("time_unit"), unit);
    return result;
}

void printModelFit(const PurchaseModelFit::Result &fitted, const QString &unit)
{
    const analytics::BgNbdFit &bgFit = fitted.purchase;
    const analytics::GammaGammaFit &ggFit = fitted.spend;
    const auto &b = bgFit.params;
    const auto &g = ggFit.params;
    out() << "calibration end " << isoDate(fromDayNumber(fitted.calibrationEndDay)) << ", time unit " << unit << "\n";
    if (bgFit.ok())
        out() << purchaseModelName(fitted.model) << ": r " << b.r << " alpha " << b.alpha << " a " << b.a << " b "
              << b.b << " LL " << bgFit.logLikelihood << " (" << bgFit.customers << " customers)\n";
    else
        out() << purchaseModelName(fitted.model) << ": not fitted: " << QString::fromStdString(bgFit.message) << "\n";
    if (ggFit.ok())
        out() << "Gamma-Gamma: p " << g.p << " q " << g.q << " gamma " << g.gamma << " LL " << ggFit.logLikelihood
              << " (" << ggFit.customers << " repeat buyers)\n";
    else
        out() << "Gamma-Gamma: not fitted: " << QString::fromStdString(ggFit.message) << "\n";
}

/// Reads `model fit`'s options into a request; prints the reason and returns false on bad input.
bool readModelFitRequest(const QCommandLineParser &parser, PurchaseModelFit::Request *request)
{
    if (parser.positionalArguments() != QStringList{QStringLiteral("fit")}) {
        err() << "kehu-cli model: expected 'model fit'\n";
        return false;
    }
    const QString unit = parser.value(QStringLiteral("time-unit"));
    if (unit != u"week" && unit != u"day") {
        err() << "kehu-cli model fit: --time-unit expects week or day, got '" << unit << "'\n";
        return false;
    }
    request->daysPerUnit = unit == u"week" ? 7.0 : 1.0;
    if (parser.isSet(QStringLiteral("model"))) {
        request->model = purchaseModelFromKey(parser.value(QStringLiteral("model")));
        if (!request->model) {
            err() << "kehu-cli model fit: --model expects bgnbd or mbgnbd, got '"
                  << parser.value(QStringLiteral("model")) << "'\n";
            return false;
        }
    }
    return parseDateOption(parser, QStringLiteral("calibration-end"), &request->calibrationEnd);
}

int runModel(const CommandArgs &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("fit"), QStringLiteral("The only action: fit."));
    parser.addOption({QStringLiteral("calibration-end"),
                      QStringLiteral("Last day of the calibration period (default: the last purchase day)."),
                      QStringLiteral("date")});
    parser.addOption({QStringLiteral("time-unit"), QStringLiteral("week or day (default week)."),
                      QStringLiteral("unit"), QStringLiteral("week")});
    parser.addOption({QStringLiteral("model"),
                      QStringLiteral("Purchase model: bgnbd or mbgnbd (default: the book's classification policy)."),
                      QStringLiteral("model")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    if (const int code = parseCommand(parser, args,
                                      QStringLiteral("Fit the purchase model (BG/NBD or MBG/NBD: purchase and dropout) "
                                                     "and Gamma-Gamma (spend) by maximum likelihood. Gamma-Gamma's "
                                                     "gamma is in major currency units (yuan, dollars), like the "
                                                     "published fits."));
        code >= 0)
        return code;
    PurchaseModelFit::Request request;
    if (!readModelFitRequest(parser, &request))
        return UserError;
    const auto workspace = openWorkspace(parser, args, false);
    if (!workspace)
        return UserError;
    const PurchaseModelFit::Result fitted = PurchaseModelFit(*workspace).fit(request);
    if (!fitted.error.isEmpty()) {
        err() << "kehu-cli model fit: " << fitted.error << "\n";
        return InternalError;
    }
    const QString unit = parser.value(QStringLiteral("time-unit"));
    if (parser.isSet(QStringLiteral("json")))
        printJson(modelFitJson(fitted, unit));
    else
        printModelFit(fitted, unit);
    return fitted.purchase.ok() ? Ok : UserError;
}

int runSegments(const CommandArgs &args)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("snapshot"), QStringLiteral("Snapshot id (default: the latest)."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("customers"), QStringLiteral("One row per customer instead of totals.")});
    addFormatOption(parser);
    if (const int code = parseCommand(parser, args,
                                      QStringLiteral("RFM segments of a snapshot: customers, orders "
                                                     "and revenue per segment, or every customer's "
                                                     "scores."));
        code >= 0)
        return code;
    TableFormat format;
    if (!parseFormat(parser, &format))
        return UserError;
    const auto workspace = openWorkspace(parser, args, false);
    if (!workspace)
        return UserError;
    const SnapshotHistory &snapshots = workspace->snapshots();
    const auto snapshot = chosenSnapshot(parser, snapshots);
    if (!snapshot)
        return UserError;
    const Currency currency(workspace->currency());

    QList<QVariantList> rows;
    if (parser.isSet(QStringLiteral("customers"))) {
        snapshots.forEachRow(snapshot->id, [&](const SnapshotRow &row) {
            rows.append({row.code, row.name, row.rScore, row.fScore, row.mScore, row.segment, row.abcClass,
                         MoneyFormatter::dataFileText(row.revenue, currency), row.churnFlag});
            return true;
        });
        printTable(format,
                   {QStringLiteral("customer_code"), QStringLiteral("name"), QStringLiteral("r_score"),
                    QStringLiteral("f_score"), QStringLiteral("m_score"), QStringLiteral("rfm_segment"),
                    QStringLiteral("abc_class"), QStringLiteral("revenue"), QStringLiteral("churn_flag")},
                   rows);
        return Ok;
    }
    const QList<SnapshotSummary::SegmentTotal> &segments = snapshot->summary.segments;
    qint64 customers = 0;
    qint64 revenue = 0;
    for (const SnapshotSummary::SegmentTotal &v : segments) {
        customers += v.customers;
        revenue += v.revenue;
    }
    for (const SnapshotSummary::SegmentTotal &v : segments) {
        const qint64 c = v.customers;
        const qint64 m = v.revenue;
        rows.append({v.key, c, v.orders, MoneyFormatter::dataFileText(m, currency),
                     customers ? double(c) / double(customers) : 0.0, revenue ? double(m) / double(revenue) : 0.0});
    }
    printTable(format,
               {QStringLiteral("segment"), QStringLiteral("customers"), QStringLiteral("orders"),
                QStringLiteral("revenue"), QStringLiteral("customer_share"), QStringLiteral("revenue_share")},
               rows);
    return Ok;
}

/// The non-empty cells of a migration table, from/to as labels ('-' for absent).
QList<QVariantList> migrationRows(const SegmentMigration::Table &table, const Currency &currency)
{
    const QStringList &labels = table.labels;
    const analytics::MigrationMatrix &matrix = table.matrix;
    QList<QVariantList> rows;
    auto name = [&](int i) { return i < labels.size() ? labels[i] : QStringLiteral("-"); };
    for (int f = 0; f <= int(labels.size()); ++f) {
        for (int t = 0; t <= int(labels.size()); ++t) {
            const int16_t fl = f < labels.size() ? int16_t(f) : analytics::kAbsentLabel;
            const int16_t tl = t < labels.size() ? int16_t(t) : analytics::kAbsentLabel;
            if (const qint64 n = matrix.count(fl, tl); n > 0)
                rows.append({name(f), name(t), n, MoneyFormatter::dataFileText(matrix.revenueOf(fl, tl), currency)});
        }
    }
    return rows;
}

int runMigration(const CommandArgs &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("from"), QStringLiteral("The earlier snapshot id."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("The later snapshot id."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("by"), QStringLiteral("segment or abc (default segment)."), QStringLiteral("what"),
                      QStringLiteral("segment")});
    addFormatOption(parser);
    if (const int code = parseCommand(parser, args,
                                      QStringLiteral("How customers moved between two snapshots: customers and "
                                                     "revenue (in the later snapshot) per from/to cell. '-' is a "
                                                     "customer absent from a snapshot."));
        code >= 0)
        return code;
    TableFormat format;
    if (!parseFormat(parser, &format))
        return UserError;
    const QString by = parser.value(QStringLiteral("by"));
    if (by != u"segment" && by != u"abc") {
        err() << "kehu-cli migration: --by expects segment or abc\n";
        return UserError;
    }
    if (!parser.isSet(QStringLiteral("from")) || !parser.isSet(QStringLiteral("to"))) {
        err() << "kehu-cli migration: give --from ID and --to ID (see 'kehu-cli classify')\n";
        return UserError;
    }
    const auto workspace = openWorkspace(parser, args, false);
    if (!workspace)
        return UserError;
    const SnapshotHistory &snapshots = workspace->snapshots();
    const auto from = chosenSnapshot(parser, snapshots, QStringLiteral("from"));
    const auto to = chosenSnapshot(parser, snapshots, QStringLiteral("to"));
    if (!from || !to)
        return UserError;

    // Labels in a stable order: segments in the rule order of the later snapshot, then any
    // others seen; ABC as A, B, C.
    SegmentMigration::Options options;
    options.by = by == u"abc" ? SegmentMigration::By::Abc : SegmentMigration::By::Segment;
    options.labels = SegmentMigration::defaultLabels(*to, options.by);
    const SegmentMigration::Table table = SegmentMigration(*workspace).between(from->id, to->id, options);
    printTable(format,
               {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("customers"), QStringLiteral("revenue")},
               migrationRows(table, Currency(workspace->currency())));
    return Ok;
}

/// Reads `counts`' options into a request; prints the reason and returns false on bad input.
bool readCountsRequest(const QCommandLineParser &parser, CustomerCountReport::Request *request)
{
    const auto period = parsePeriodOption(parser, "counts");
    if (!period)
        return false;
    request->period = *period;
    request->asOf = QDate::currentDate();
    if (!parseDateOption(parser, QStringLiteral("as-of"), &request->asOf))
        return false;
    bool ok = false;
    const int forecastPeriods = parser.value(QStringLiteral("forecast")).toInt(&ok);
    if (!ok || forecastPeriods < 0) {
        err() << "kehu-cli counts: --forecast expects a whole number\n";
        return false;
    }
    request->forecastPeriods = parser.isSet(QStringLiteral("cohorts")) ? 0 : forecastPeriods;
    if (parser.isSet(QStringLiteral("inactivity-days"))) {
        request->inactivityDays = parser.value(QStringLiteral("inactivity-days")).toInt(&ok);
        if (!ok || *request->inactivityDays <= 0) {
            err() << "kehu-cli counts: --inactivity-days expects a positive whole number\n";
            return false;
        }
    }
    return true;
}

QString periodLabel(analytics::CalendarPeriod period, int32_t startDay)
{
    const QDate d = fromDayNumber(startDay);
    return period == analytics::CalendarPeriod::Month ? d.toString(QStringLiteral("yyyy-MM"))
                                                      : QStringLiteral("%1Q%2").arg(d.year()).arg((d.month() + 2) / 3);
}

/// Retention by acquisition cohort: the cohort's size, then the share active 1..12 periods on.
void printCohorts(TableFormat format, analytics::CalendarPeriod period, const analytics::CustomerCounts &counts)
{
    QStringList columns{QStringLiteral("cohort"), QStringLiteral("size")};
    for (std::size_t j = 1; j < std::min<std::size_t>(counts.periods(), 13); ++j)
        columns << QStringLiteral("+%1").arg(j);
    QList<QVariantList> rows;
    for (std::size_t k = 0; k < counts.periods(); ++k) {
        QVariantList row{periodLabel(period, counts.periodStartDay[k]), qint64(counts.newCustomers[k])};
        for (std::size_t j = 1; j < std::min<std::size_t>(counts.cohortActive[k].size(), 13); ++j)
            row << counts.retention(k, j);
        rows.append(row);
    }
    printTable(format, columns, rows);
}

/// The counts per period, then the forecast periods (when asked for and the model fitted).
void printPeriodCounts(TableFormat format, const CustomerCountReport::Request &request,
                       const CustomerCountReport::Result &report)
{
    const analytics::CustomerCounts &counts = report.counts;
    QList<QVariantList> rows;
    for (std::size_t p = 0; p < counts.periods(); ++p) {
        rows.append({periodLabel(request.period, counts.periodStartDay[p]), qint64(counts.acquiredToDate[p]),
                     qint64(counts.newCustomers[p]), qint64(counts.active[p]), qint64(counts.returning[p]),
                     qint64(counts.churned[p]), qint64(counts.wonBack[p]), counts.repeatRate[p], QString(), QString()});
    }
    if (request.forecastPeriods > 0 && !report.forecastError.isEmpty())
        err() << "kehu-cli counts: no forecast: " << report.forecastError << "\n";
    else if (request.forecastPeriods > 0) {
        const analytics::PeriodForecast &forecast = report.forecast;
        for (std::size_t p = 0; p < forecast.periodStartDay.size(); ++p)
            rows.append(QVariantList{
                QString(periodLabel(request.period, forecast.periodStartDay[p]) + QStringLiteral(" (forecast)")),
                QString(), QString(), QString(), QString(), QString(), QString(), QString(),
                qint64(std::llround(forecast.expectedActive[p])), qint64(std::llround(forecast.expectedPurchases[p]))});
    }
    printTable(format,
               {QStringLiteral("period"), QStringLiteral("acquired_to_date"), QStringLiteral("new"),
                QStringLiteral("active"), QStringLiteral("returning"), QStringLiteral("churned"),
                QStringLiteral("won_back"), QStringLiteral("repeat_rate"), QStringLiteral("forecast_active"),
                QStringLiteral("forecast_purchases")},
               rows);
}

int runCounts(const CommandArgs &args)
{
    QCommandLineParser parser;
    addPeriodOption(parser);
    parser.addOption(
        {QStringLiteral("as-of"), QStringLiteral("Count up to this day (default: today)."), QStringLiteral("date")});
    parser.addOption({QStringLiteral("inactivity-days"),
                      QStringLiteral("Days without a purchase after which a customer counts as churned (default "
                                     "from the database's rules)."),
                      QStringLiteral("days")});
    parser.addOption({QStringLiteral("cohorts"), QStringLiteral("Print retention by acquisition cohort instead.")});
    parser.addOption({QStringLiteral("forecast"), QStringLiteral("Also forecast this many periods from the model."),
                      QStringLiteral("n"), QStringLiteral("0")});
    addFormatOption(parser);
    if (const int code = parseCommand(parser, args,
                                      QStringLiteral("Customer counts per period (客户数量): acquired to date, new, "
                                                     "active, returning, churned, won back, repeat purchase rate; "
                                                     "retention by cohort; a model forecast."));
        code >= 0)
        return code;
    TableFormat format;
    CustomerCountReport::Request request;
    if (!parseFormat(parser, &format) || !readCountsRequest(parser, &request))
        return UserError;
    const auto workspace = openWorkspace(parser, args, false);
    if (!workspace)
        return UserError;
    const CustomerCountReport::Result report = CustomerCountReport(*workspace).count(request);
    if (!report.error.isEmpty()) {
        err() << "kehu-cli counts: " << report.error << "\n";
        return InternalError;
    }
    if (parser.isSet(QStringLiteral("cohorts")))
        printCohorts(format, request.period, report.counts);
    else
        printPeriodCounts(format, request, report);
    return Ok;
}

} // namespace kehu::cli
