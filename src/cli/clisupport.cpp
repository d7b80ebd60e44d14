#include "clisupport.h"

#include "workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

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
    return std::move(result.workspace);
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
