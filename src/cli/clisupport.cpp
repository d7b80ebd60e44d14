#include "clisupport.h"

#include "workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace kehu::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int parseCommand(QCommandLineParser &parser, const CommandArgs &args, const QString &description)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("The book: a Kehu file, or a server address "
                                     "postgresql://user@host:port/database (default: $KEHU_DB)."),
                      QStringLiteral("book")});
    parser.addOption({QStringLiteral("user"),
                      QStringLiteral("Who signs in, in a book with users (default: $KEHU_USER). The password "
                                     "comes from $KEHU_PASSWORD, or is asked for on the terminal."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("skip-check"),
                      QStringLiteral("Skip the quick integrity check at open (seconds on a file of gigabytes).")});
    if (!parser.parse(args.arguments)) {
        err() << parser.errorText() << "\n"
              << "Try '" << args.arguments.value(0) << " --help'.\n";
        err().flush();
        return UserError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        out().flush();
        return Ok;
    }
    return -1;
}

QString givenBook(const QCommandLineParser &parser, const CommandArgs &args)
{
    const QString path = parser.value(QStringLiteral("db"));
    return path.isEmpty() ? args.databasePath : path;
}

std::unique_ptr<Workspace> openWorkspace(const QCommandLineParser &parser, const CommandArgs &args, bool create)
{
    QString path = givenBook(parser, args);
    if (path.isEmpty())
        path = qEnvironmentVariable("KEHU_DB");
    if (path.isEmpty()) {
        err() << "kehu-cli: no database: give --db BOOK or set KEHU_DB\n";
        err().flush();
        return nullptr;
    }
    Workspace::OpenOptions options;
    options.createIfMissing = create;
    options.quickCheck = !parser.isSet(QStringLiteral("skip-check"));
    auto result = Workspace::open(path, options);
    if (!result.workspace) {
        err() << "kehu-cli: " << result.message << "\n";
        err().flush();
        return nullptr;
    }
    if (!result.backupPath.isEmpty())
        err() << "kehu-cli: upgraded the database; the previous version is kept in " << result.backupPath << "\n";
    if (result.workspace->needsSignIn() && !signIn(*result.workspace, parser))
        return nullptr;
    return std::move(result.workspace);
}

namespace {

/// One line from the terminal, not shown as it is typed (POSIX terminals; elsewhere shown).
QString readHidden(const QString &prompt)
{
    err() << prompt;
    err().flush();
#ifdef Q_OS_UNIX
    termios before{};
    const bool terminal = tcgetattr(STDIN_FILENO, &before) == 0;
    if (terminal) {
        termios hidden = before;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &hidden);
    }
#endif
    QTextStream in(stdin);
    QString line = in.readLine();
#ifdef Q_OS_UNIX
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSANOW, &before);
#endif
    err() << "\n";
    err().flush();
    return line;
}

bool stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(STDIN_FILENO) != 0;
#else
    return true;
#endif
}

} // namespace

std::optional<QString> secret(const char *variable, const QString &prompt)
{
    const QString given = qEnvironmentVariable(variable);
    if (!given.isEmpty())
        return given;
    if (!stdinIsTerminal())
        return std::nullopt;
    return readHidden(prompt);
}

bool signIn(Workspace &workspace, const QCommandLineParser &parser)
{
    QString name = parser.value(QStringLiteral("user"));
    if (name.isEmpty())
        name = qEnvironmentVariable("KEHU_USER");
    if (name.isEmpty()) {
        err() << "kehu-cli: " << workspace.displayAddress()
              << " has users: sign in with --user NAME (or KEHU_USER) and the password in KEHU_PASSWORD\n";
        err().flush();
        return false;
    }
    QString password = qEnvironmentVariable("KEHU_PASSWORD");
    if (password.isEmpty()) {
        // Without a terminal nobody can type it: trying an empty one would only count as a
        // wrong password and make the account wait.
        if (!stdinIsTerminal()) {
            err() << "kehu-cli: no password for " << name << ": set KEHU_PASSWORD or run on a terminal\n";
            err().flush();
            return false;
        }
        password = readHidden(QStringLiteral("Password for %1: ").arg(name));
    }
    QString error;
    if (!workspace.signIn(name, password, &error)) {
        err() << "kehu-cli: " << error << "\n";
        err().flush();
        return false;
    }
    return true;
}

bool parseDateOption(const QCommandLineParser &parser, const QString &name, QDate *date)
{
    if (!parser.isSet(name))
        return true;
    *date = QDate::fromString(parser.value(name), Qt::ISODate);
    if (date->isValid())
        return true;
    err() << "kehu-cli: --" << name << " expects a date as YYYY-MM-DD, got '" << parser.value(name) << "'\n";
    return false;
}

void addPeriodOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("period"), QStringLiteral("month or quarter (default month)."),
                      QStringLiteral("period"), QStringLiteral("month")});
}

std::optional<analytics::CalendarPeriod> parsePeriodOption(const QCommandLineParser &parser, const char *command)
{
    const QString name = parser.value(QStringLiteral("period"));
    if (name == u"month")
        return analytics::CalendarPeriod::Month;
    if (name == u"quarter")
        return analytics::CalendarPeriod::Quarter;
    err() << "kehu-cli " << command << ": --period expects month or quarter\n";
    return std::nullopt;
}

void addFilterOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("owner"), QStringLiteral("Only this owner's customers."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("region"), QStringLiteral("Only this region."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("channel"), QStringLiteral("Only this channel."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("from"), QStringLiteral("First day of the period."), QStringLiteral("date")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("Last day of the period."), QStringLiteral("date")});
}

bool parseFilterOptions(const QCommandLineParser &parser, DashboardFilter *filter)
{
    filter->owner = parser.value(QStringLiteral("owner"));
    filter->region = parser.value(QStringLiteral("region"));
    filter->channel = parser.value(QStringLiteral("channel"));
    return parseDateOption(parser, QStringLiteral("from"), &filter->from)
           && parseDateOption(parser, QStringLiteral("to"), &filter->to);
}

void printJson(const QJsonObject &object)
{
    out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
    out().flush();
}

} // namespace kehu::cli
