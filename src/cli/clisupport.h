#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

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

/// The book named by --db (or KEHU_DB), opened through Workspace::open. Prints the reason
/// and returns null when it cannot be opened; `create` decides whether a missing file is made.
std::unique_ptr<Workspace> openWorkspace(const QCommandLineParser &parser, const CommandArgs &args, bool create);

/// Prints `text` as a JSON document on stdout.
void printJson(const class QJsonObject &object);

} // namespace cli
} // namespace kehu
