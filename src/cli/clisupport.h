#pragma once

#include "civildate.h"
#include "dashboardfilter.h"

#include <QCommandLineParser>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace kehu {

class Workspace;

namespace cli {

/// kehu-cli's exit codes: scripts rely on them.
enum ExitCode : int { Ok = 0, UserError = 1, InternalError = 2 };

QTextStream &out();
QTextStream &err();

/// Arguments of one command: what follows its name, plus --db (also accepted before the
/// command name, where main() takes it).
struct CommandArgs
{
    QString databasePath;
    QStringList arguments; ///< argv-style: first element is "kehu-cli <command>"
};

/// Sets up `parser` with the command's description, --help and --db, parses, and handles
/// --help and parse errors. Returns -1 to go on, or the exit code to return now.
int parseCommand(QCommandLineParser &parser, const CommandArgs &args, const QString &description);

/// The book the command line names: --db after the command, or before it; empty when none.
QString givenBook(const QCommandLineParser &parser, const CommandArgs &args);

/// The book named by --db (or KEHU_DB), opened through Workspace::open. Prints the reason
/// and returns null when it cannot be opened; `create` decides whether a missing file is made.
/// A book with users is signed in to first (signIn()).
std::unique_ptr<Workspace> openWorkspace(const QCommandLineParser &parser, const CommandArgs &args, bool create);
/// Signs in to a book with users as --user (or KEHU_USER) with the password in KEHU_PASSWORD,
/// or typed on the terminal. Prints why not and returns false when that fails.
bool signIn(Workspace &workspace, const QCommandLineParser &parser);

/// A secret from the environment variable `variable`, or typed on the terminal after `prompt`
/// without echo; nullopt when neither is possible.
std::optional<QString> secret(const char *variable, const QString &prompt);

/// Reads the date option @p name (YYYY-MM-DD) into @p date when it is given; prints the
/// reason and returns false when it is not a date.
bool parseDateOption(const QCommandLineParser &parser, const QString &name, QDate *date);

/// --period month|quarter (default month).
void addPeriodOption(QCommandLineParser &parser);
/// The --period option's value; prints the reason (as @p command) and returns none otherwise.
std::optional<analytics::CalendarPeriod> parsePeriodOption(const QCommandLineParser &parser, const char *command);

/// --owner, --region, --channel, --from and --to: which customers and days a figure covers.
void addFilterOptions(QCommandLineParser &parser);
/// Reads the filter options; prints the reason and returns false on a bad date.
bool parseFilterOptions(const QCommandLineParser &parser, DashboardFilter *filter);

/// Prints `text` as a JSON document on stdout.
void printJson(const class QJsonObject &object);

} // namespace cli
} // namespace kehu
