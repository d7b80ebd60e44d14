#include "analysiscommands.h"
#include "basiccommands.h"
#include "benchcommands.h"
#include "clisupport.h"
#include "dashboardcommand.h"
#include "exchangecommands.h"
#include "followupcommands.h"
#include "handovercommand.h"
#include "privacycommand.h"
#include "reviewcommand.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <algorithm>
#include <functional>
#include <map>
#include <memory>

using namespace kehu::cli;

namespace {

struct Command
{
    const char *summary;
    std::function<int(const CommandArgs &)> run;
};

const std::map<QString, Command> &commands()
{
    static const std::map<QString, Command> table{
        {QStringLiteral("init"), {"create or upgrade a database", runInit}},
        {QStringLiteral("stats"), {"rows per table", runStats}},
        {QStringLiteral("backup"), {"a restore point or a copy (--out), --encrypt, --list, --prune", runBackup}},
        {QStringLiteral("restore"), {"the book's content from a restore point or backup", runRestore}},
        {QStringLiteral("copy"), {"move a book between a file and a PostgreSQL server, checked", runCopy}},
        {QStringLiteral("check"), {"SQLite's full integrity check", runCheck}},
        {QStringLiteral("demo"), {"fill an empty database with a demo business", runDemo}},
        {QStringLiteral("import"), {"import customers, purchases, visits or surveys from CSV", runImport}},
        {QStringLiteral("export"), {"export customers or purchases as CSV or JSON", runExport}},
        {QStringLiteral("classify"), {"classify every customer and store a dated snapshot", runClassify}},
        {QStringLiteral("model"), {"fit BG/NBD and Gamma-Gamma ('model fit')", runModel}},
        {QStringLiteral("segments"), {"RFM segments of a snapshot", runSegments}},
        {QStringLiteral("migration"), {"movement between two snapshots", runMigration}},
        {QStringLiteral("bench"),
         {"benchmarks: 'bench import', 'bench classify', 'bench desks', 'bench handover'", runBench}},
        {QStringLiteral("counts"), {"customer counts per month or quarter, cohorts, forecast", runCounts}},
        {QStringLiteral("review"), {"quarterly customer review as PDF/HTML ('review --quarter 2025Q4')", runReview}},
        {QStringLiteral("followups"), {"follow-ups: list, summary, plan [--apply], done ID", runFollowUps}},
        {QStringLiteral("handover"), {"give customers and their follow-ups to another owner", runHandover}},
        {QStringLiteral("privacy"), {"a person's data: export, erase, consent; purge old deletions", runPrivacy}},
        {QStringLiteral("nps"), {"NPS and CSAT per month or quarter", runNps}},
        {QStringLiteral("dashboard"), {"dashboard figures for a filter; --bench times refreshes", runDashboard}},
    };
    return table;
}

void printUsage(QTextStream &stream)
{
    stream << "Usage: kehu-cli [--db BOOK] <command> [options]\n\n"
              "Kehu's command-line tool: imports, classification runs, exports and benchmarks\n"
              "on a Kehu database. Every command takes --help.\n\nCommands:\n";
    for (const auto &[name, command] : commands())
        stream << "  " << qSetFieldWidth(12) << Qt::left << name << qSetFieldWidth(0) << command.summary << "\n";
    stream << "\nExit codes: 0 ok, 1 user error (bad input, bad arguments), 2 internal error.\n";
    stream.flush();
}

} // namespace

int main(int argc, char **argv)
{
    // 'review' draws charts and PDFs, which need QGuiApplication (fonts); a CLI shows no
    // window, so it runs on the offscreen platform unless the caller chose one.
    const bool gui = std::any_of(argv + 1, argv + argc, [](const char *a) { return qstrcmp(a, "review") == 0; });
    if (gui && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app = gui ? std::make_unique<QGuiApplication>(argc, argv)
                                                      : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Kehu"));
    QCoreApplication::setApplicationName(QStringLiteral("kehu-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEHU_VERSION));

    // Global options come before the command name; everything after it is the command's.
    QStringList rest = QCoreApplication::arguments().mid(1);
    CommandArgs args;
    while (!rest.isEmpty() && rest.first().startsWith(u'-')) {
        const QString option = rest.takeFirst();
        if (option == u"--db" && !rest.isEmpty()) {
            args.databasePath = rest.takeFirst();
        } else if (option.startsWith(u"--db=")) {
            args.databasePath = option.mid(5);
        } else if (option == u"--help" || option == u"-h") {
            printUsage(out());
            return Ok;
        } else if (option == u"--version" || option == u"-v") {
            out() << "kehu-cli " << QCoreApplication::applicationVersion() << "\n";
            return Ok;
        } else {
            err() << "kehu-cli: unknown option " << option << "\n";
            printUsage(err());
            return UserError;
        }
    }
    if (rest.isEmpty()) {
        printUsage(err());
        return UserError;
    }
    const QString name = rest.takeFirst();
    const auto found = commands().find(name);
    if (found == commands().end()) {
        err() << "kehu-cli: unknown command '" << name << "'\n";
        printUsage(err());
        return UserError;
    }
    args.arguments = QStringList{QStringLiteral("kehu-cli ") + name} + rest;
    return found->second.run(args);
}
