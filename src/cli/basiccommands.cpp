#include "basiccommands.h"

#include "bookaddress.h"
#include "bookmove.h"

#include "bookmaintenance.h"
#include "bookstatistics.h"
#include "demowriter.h"
#include "workspace.h"

#include <QElapsedTimer>
#include <QLocale>

namespace kehu::cli {

int runInit(const CommandArgs &args)
{
    QCommandLineParser parser;
    if (const int code = parseCommand(parser, args,
                                      QStringLiteral("Create a Kehu database, or upgrade an existing one."));
        code >= 0)
        return code;
    const auto workspace = openWorkspace(parser, args, true);
    if (!workspace)
        return UserError;
    out() << workspace->displayAddress() << ": Kehu database, schema version "
          << BookMaintenance(*workspace).schemaVersion() << "\n";
    return Ok;
}

int runStats(const CommandArgs &args)
{
    QCommandLineParser parser;
    if (const int code = parseCommand(parser, args, QStringLiteral("Print the number of rows in each table."));
        code >= 0)
        return code;
    const auto workspace = openWorkspace(parser, args, false);
    if (!workspace)
        return UserError;
    for (const auto &[table, rows] : BookMaintenance(*workspace).tableCounts())
        out() << qSetFieldWidth(14) << Qt::left << table << qSetFieldWidth(0) << rows << "\n";
    return Ok;
}

int runBackup(const CommandArgs &args)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("out"), QStringLiteral("Where the copy goes (must not exist yet)."), QStringLiteral("file")});
    if (const int code = parseCommand(parser, args,
                                      QStringLiteral("Write a consistent copy of the database, also while the "
                                                     "app or another program has it open."));
        code >= 0)
        return code;
    const QString target = parser.value(QStringLiteral("out"));
    if (target.isEmpty()) {
        err() << "kehu-cli backup: give --out FILE\n";
        return UserError;
    }
    const auto workspace = openWorkspace(parser, args, false);
    if (!workspace)
        return UserError;
    QString error;
    if (!BookMaintenance(*workspace).backupTo(target, &error)) {
        err() << "kehu-cli backup: " << error << "\n";
        return UserError;
    }
    out() << workspace->displayAddress() << " copied to " << target << "\n";
    return Ok;
}

int runCopy(const CommandArgs &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("from"), QStringLiteral("The book to copy (a file or a server address)."),
                      QStringLiteral("book")});
    parser.addOption({QStringLiteral("to"),
                      QStringLiteral("Where it goes: a new file, or an empty database on a server."),
                      QStringLiteral("book")});
    if (const int code = parseCommand(parser, args,
                                      QStringLiteral("Copy a whole book between a file and a PostgreSQL server "
                                                     "(either way): all or nothing, checked table by table."));
        code >= 0)
        return code;
    const QString from = parser.value(QStringLiteral("from"));
    const QString to = parser.value(QStringLiteral("to"));
    if (from.isEmpty() || to.isEmpty()) {
        err() << "kehu-cli copy: give --from BOOK and --to BOOK\n";
        return UserError;
    }
    QElapsedTimer timer;
    timer.start();
    QString error;
    const auto tables = BookMove::copy(from, to, &error, [](const QString &table, qint64 rows) {
        err() << "copied " << table << " (" << rows << " rows)\n";
        err().flush();
    });
    if (!tables) {
        err() << "kehu-cli copy: " << error << "\n";
        return UserError;
    }
    out() << qSetFieldWidth(22) << Qt::left << "table" << qSetFieldWidth(12) << Qt::right << "rows"
          << qSetFieldWidth(22) << "sum of integers" << qSetFieldWidth(0) << "  check\n";
    for (const BookMove::Table &table : *tables)
        out() << qSetFieldWidth(22) << Qt::left << table.name << qSetFieldWidth(12) << Qt::right << table.rows
              << qSetFieldWidth(22) << table.sum << qSetFieldWidth(0)
              << (table.identical ? "  identical\n" : "  DIFFERS\n");
    out() << "copied " << BookAddress::parse(from).toString() << " to " << BookAddress::parse(to).toString() << " ("
          << timer.elapsed() << " ms)\n";
    return Ok;
}

int runCheck(const CommandArgs &args)
{
    QCommandLineParser parser;
    if (const int code = parseCommand(parser, args,
                                      QStringLiteral("Run SQLite's full integrity check (seconds on large files)."));
        code >= 0)
        return code;
    const auto workspace = openWorkspace(parser, args, false);
    if (!workspace)
        return UserError;
    if (workspace->isServer()) {
        err() << "kehu-cli check: " << workspace->displayAddress()
              << " is on a PostgreSQL server, which checks its own storage (amcheck, pg_amcheck); "
                 "'check' reads SQLite files.\n";
        return UserError;
    }
    const QString problems = BookMaintenance(*workspace).integrityProblems();
    if (!problems.isEmpty()) {
        err() << workspace->displayAddress() << ": damaged:\n" << problems << "\n";
        return UserError;
    }
    out() << workspace->displayAddress() << ": ok\n";
    return Ok;
}

int runDemo(const CommandArgs &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("customers"), QStringLiteral("How many customers (default 2000)."),
                      QStringLiteral("n"), QStringLiteral("2000")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed: the same seed gives the same data."),
                      QStringLiteral("s"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("end-date"), QStringLiteral("Last day of the history (default 2025-12-31)."),
                      QStringLiteral("date"), QStringLiteral("2025-12-31")});
    // The demo book speaks the user's language: Chinese names and regions under a Chinese locale.
    const QString systemLanguage = QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                                                    : QStringLiteral("en");
    parser.addOption({QStringLiteral("language"),
                      QStringLiteral("Language of names, companies, regions and notes: en or zh_CN "
                                     "(default from the system locale: %1).")
                          .arg(systemLanguage),
                      QStringLiteral("lang"), systemLanguage});
    if (const int code = parseCommand(parser, args,
                                      QStringLiteral("Fill an empty database with a realistic demo business: "
                                                     "customers, purchases, visits, surveys and churn events."));
        code >= 0)
        return code;

    bool ok = false;
    DemoBusiness::Options options;
    options.customers = parser.value(QStringLiteral("customers")).toInt(&ok);
    if (!ok || options.customers <= 0) {
        err() << "kehu-cli demo: --customers expects a positive whole number, got '"
              << parser.value(QStringLiteral("customers")) << "'\n";
        return UserError;
    }
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok) {
        err() << "kehu-cli demo: --seed expects a whole number\n";
        return UserError;
    }
    options.endDate = QDate::fromString(parser.value(QStringLiteral("end-date")), Qt::ISODate);
    if (!options.endDate.isValid()) {
        err() << "kehu-cli demo: --end-date expects YYYY-MM-DD\n";
        return UserError;
    }
    const QString language = parser.value(QStringLiteral("language"));
    if (language == u"en") {
        options.language = DemoBusiness::Language::English;
    } else if (language == u"zh_CN" || language == u"zh") {
        options.language = DemoBusiness::Language::Chinese;
    } else {
        err() << "kehu-cli demo: --language expects en or zh_CN, got '" << language << "'\n";
        return UserError;
    }
    const auto workspace = openWorkspace(parser, args, true);
    if (!workspace)
        return UserError;
    if (workspace->stats().customerCount() > 0) {
        err() << "kehu-cli demo: " << workspace->displayAddress()
              << " already has customers; demo data goes into an empty database\n";
        return UserError;
    }
    QElapsedTimer timer;
    timer.start();
    DemoWriter::Counts counts;
    QString error;
    if (!DemoWriter(*workspace).write(options, &counts, &error)) {
        err() << "kehu-cli demo: " << error << "\n";
        return InternalError;
    }
    out() << "demo business written to " << workspace->displayAddress() << " in " << timer.elapsed()
          << " ms: " << counts.customers << " customers, " << counts.purchases << " purchases, " << counts.visits
          << " visits, " << counts.surveys << " surveys, " << counts.churnEvents << " churn events\n";
    return Ok;
}

} // namespace kehu::cli
