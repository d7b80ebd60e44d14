#include "basiccommands.h"

#include "backupcipher.h"
#include "restorepoints.h"

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

namespace {

/// The backup passphrase, when --encrypt asks for one: KEHU_BACKUP_PASSPHRASE, or typed twice.
std::optional<QString> backupPassphrase()
{
    std::optional<QString> typed = secret("KEHU_BACKUP_PASSPHRASE", QStringLiteral("Backup passphrase: "));
    if (!typed) {
        err() << "kehu-cli backup: --encrypt needs a passphrase: set KEHU_BACKUP_PASSPHRASE or run on a terminal\n";
        return std::nullopt;
    }
    if (qEnvironmentVariableIsEmpty("KEHU_BACKUP_PASSPHRASE")
        && secret("KEHU_BACKUP_PASSPHRASE", QStringLiteral("The same again: ")) != typed) {
        err() << "kehu-cli backup: the two passphrases differ\n";
        return std::nullopt;
    }
    return typed;
}

int listRestorePoints(Workspace &workspace)
{
    RestorePoints points(workspace);
    QString error;
    const QList<RestorePoint> all = points.list(&error);
    if (!error.isEmpty()) {
        err() << "kehu-cli backup: " << error << "\n";
        return UserError;
    }
    out() << all.size() << " restore points in " << points.folder() << "\n";
    for (const RestorePoint &point : all)
        out() << point.takenAt.toLocalTime().toString(Qt::ISODate) << "  " << point.reason
              << (point.encrypted ? "  (encrypted)" : "") << "  " << point.bytes / 1024 << " KiB  " << point.path
              << "\n";
    return Ok;
}

} // namespace

int runBackup(const CommandArgs &args)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("out"),
         QStringLiteral("Write a copy to this file (must not exist yet) instead of taking a restore point."),
         QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("encrypt"), QStringLiteral("Encrypt with a passphrase (KEHU_BACKUP_PASSPHRASE, or typed).")});
    parser.addOption({QStringLiteral("list"), QStringLiteral("List the book's restore points.")});
    parser.addOption({QStringLiteral("prune"), QStringLiteral("Delete restore points beyond the newest 10 that are "
                                                              "older than 14 days.")});
    if (const int code = parseCommand(parser, args,
                                      QStringLiteral("Take a restore point of the book (beside it, in "
                                                     "BOOK.restore-points), or write a copy with --out; both are "
                                                     "consistent also while the app has the book open."));
        code >= 0)
        return code;
    const auto workspace = openWorkspace(parser, args, false);
    if (!workspace)
        return UserError;
    if (parser.isSet(QStringLiteral("list")))
        return listRestorePoints(*workspace);
    QString error;
    if (parser.isSet(QStringLiteral("prune"))) {
        const int removed = RestorePoints(*workspace).prune(&error);
        if (removed < 0) {
            err() << "kehu-cli backup: " << error << "\n";
            return UserError;
        }
        out() << removed << " restore points deleted\n";
        return Ok;
    }
    std::optional<QString> passphrase;
    if (parser.isSet(QStringLiteral("encrypt")) && !(passphrase = backupPassphrase()))
        return UserError;
    const QString target = parser.value(QStringLiteral("out"));
    if (target.isEmpty()) {
        const auto point =
            RestorePoints(*workspace).take(QStringLiteral("manual"), passphrase.value_or(QString()), &error);
        if (!point) {
            err() << "kehu-cli backup: " << error << "\n";
            return UserError;
        }
        out() << "restore point " << point->path << "\n";
        return Ok;
    }
    const BookMaintenance maintenance(*workspace);
    if (!(passphrase ? maintenance.backupEncryptedTo(target, *passphrase, &error)
                     : maintenance.backupTo(target, &error))) {
        err() << "kehu-cli backup: " << error << "\n";
        return UserError;
    }
    out() << workspace->displayAddress() << " copied to " << target << (passphrase ? " (encrypted)" : "") << "\n";
    return Ok;
}

int runRestore(const CommandArgs &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QStringLiteral("A restore point or a backup (encrypted or not)."));
    if (const int code = parseCommand(
            parser, args,
            QStringLiteral("Replace the book's content with a restore point or backup (owners only). A restore point "
                           "of the book as it is is taken first; the audit log keeps its newer records. An encrypted "
                           "backup's passphrase comes from KEHU_BACKUP_PASSPHRASE, or is typed."));
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        err() << "kehu-cli restore: expected 'restore FILE' (see 'kehu-cli backup --list')\n";
        return UserError;
    }
    const QString file = parser.positionalArguments().constFirst();
    const auto workspace = openWorkspace(parser, args, false);
    if (!workspace)
        return UserError;
    QString passphrase;
    if (BackupCipher::isEncrypted(file)) {
        const auto typed = secret("KEHU_BACKUP_PASSPHRASE", QStringLiteral("Passphrase of %1: ").arg(file));
        if (!typed) {
            err() << "kehu-cli restore: " << file << " is encrypted: set KEHU_BACKUP_PASSPHRASE or run on a terminal\n";
            return UserError;
        }
        passphrase = *typed;
    }
    QString error;
    if (!RestorePoints(*workspace).restore(file, passphrase, &error)) {
        err() << "kehu-cli restore: " << error << "\n";
        return UserError;
    }
    out() << workspace->displayAddress() << " restored from " << file << "\n";
    for (const auto &[table, rows] : BookMaintenance(*workspace).tableCounts())
        out() << "  " << table << ": " << rows << "\n";
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
