#include "exchangecommands.h"

#include "exporter.h"
#include "importer.h"
#include "workspace.h"

#include <algorithm>

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>

namespace kehu::cli {

namespace {

std::optional<ImportKind> importKindFromName(const QString &name)
{
    if (name == u"customers")
        return ImportKind::Customers;
    if (name == u"purchases")
        return ImportKind::Purchases;
    if (name == u"visits")
        return ImportKind::Visits;
    if (name == u"surveys")
        return ImportKind::Surveys;
    return std::nullopt;
}

std::optional<CsvSeparator> separatorFromName(const QString &name)
{
    if (name == u"auto")
        return CsvSeparator::Auto;
    if (name == u"comma" || name == u",")
        return CsvSeparator::Comma;
    if (name == u"semicolon" || name == u";")
        return CsvSeparator::Semicolon;
    if (name == u"tab")
        return CsvSeparator::Tab;
    if (name == u"whitespace" || name == u"space")
        return CsvSeparator::Whitespace;
    return std::nullopt;
}

constexpr int kErrorsShown = 200;
constexpr int kWarningsShown = 10;

void printIssues(const ImportSummary &summary)
{
    // Every error matters to the person fixing the file; warnings only need a sample.
    int errors = 0;
    int warnings = 0;
    for (const ImportIssue &issue : summary.issues) {
        int &shown = issue.isError() ? errors : warnings;
        if (++shown <= (issue.isError() ? kErrorsShown : kWarningsShown))
            err() << (issue.isError() ? "error: " : "warning: ") << issue.toString() << "\n";
    }
    if (errors > kErrorsShown)
        err() << "... and " << (errors - kErrorsShown) << " more errors\n";
    if (warnings > kWarningsShown)
        err() << "... and " << (warnings - kWarningsShown) << " more warnings\n";
    // The messages are shared with the app, which offers these choices in its dialog; here
    // they are options.
    auto any = [&summary](auto predicate) {
        return std::any_of(summary.issues.cbegin(), summary.issues.cend(), predicate);
    };
    if (any([](const ImportIssue &i) { return i.kind == ImportIssue::Kind::MissingColumn; }))
        err() << "hint: name the column with --map COLUMN=FIELD (a header or a column number), e.g. --map 3=date\n";
    if (any([](const ImportIssue &i) { return i.kind == ImportIssue::Kind::InvalidEncoding; }))
        err() << "hint: name the file's encoding with --encoding gb18030, utf-8 or latin1\n";
    static const QRegularExpression dayOrMonthFirst(QStringLiteral("^\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}"));
    if (any([](const ImportIssue &i) {
            return i.kind == ImportIssue::Kind::InvalidValue && dayOrMonthFirst.match(i.value).hasMatch();
        }))
        err() << "hint: for dates with the year last, name the order with --date-format dd/MM/yyyy or MM/dd/yyyy\n";
    for (const LikelyDuplicate &d : summary.likelyDuplicates) {
        err() << "likely duplicate: line " << d.line << " " << d.code << " " << d.name << " has the same " << d.reason
              << " as " << d.matchesCode << " " << d.matchesName << " (not merged)\n";
    }
    err().flush();
}

} // namespace

void addImportOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("kind"), QStringLiteral("customers, purchases, visits or surveys"));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The CSV file to import."));
    parser.addOption(
        {QStringLiteral("dry-run"), QStringLiteral("Validate and count what would be written; write nothing.")});
    parser.addOption({QStringLiteral("skip-invalid"),
                      QStringLiteral("Import the valid rows even if others are invalid; write the invalid ones to a "
                                     "reject file.")});
    parser.addOption({QStringLiteral("reject-file"),
                      QStringLiteral("Where --skip-invalid writes rejected rows "
                                     "(default: <file>.rejected.csv)."),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("encoding"),
                      QStringLiteral("utf-8, gb18030 (also gbk, gb2312), utf-16, latin1; detected when omitted."),
                      QStringLiteral("name")});
    parser.addOption(
        {QStringLiteral("date-format"),
         QStringLiteral("How to read dates with the year last: dd/MM/yyyy (or dmy), MM/dd/yyyy (or mdy); year-first "
                        "dates (2024-03-08, 2024/03/08, 20240308) always work."),
         QStringLiteral("format")});
    parser.addOption({QStringLiteral("separator"),
                      QStringLiteral("auto, comma, semicolon, tab or whitespace (the CDNOW layout)."),
                      QStringLiteral("name"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("no-header"), QStringLiteral("The first line is data; name columns by number "
                                                                  "with --map.")});
    parser.addOption({QStringLiteral("map"),
                      QStringLiteral("column=field, e.g. --map 1=customer_code --map 3=date, or one list "
                                     "'Order No=ref,Shop=-'. Repeatable."),
                      QStringLiteral("column=field")});
}

/// Reads how the file is written (encoding, dates, separator, header, --map) into `options`;
/// prints the reason and returns false on bad input.
bool readImportFileOptions(const QCommandLineParser &parser, ImportOptions *options)
{
    options->hasHeader = !parser.isSet(QStringLiteral("no-header"));
    if (parser.isSet(QStringLiteral("encoding"))) {
        options->encoding = TextEncoding::fromName(parser.value(QStringLiteral("encoding")));
        if (!options->encoding) {
            err() << "kehu-cli import: unknown encoding '" << parser.value(QStringLiteral("encoding"))
                  << "' (expected utf-8, gb18030, gbk, gb2312, utf-16, utf-16le, utf-16be or latin1)\n";
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("date-format"))) {
        const auto format = FieldParsers::dateFormatFromName(parser.value(QStringLiteral("date-format")));
        if (!format) {
            err() << "kehu-cli import: unknown date format '" << parser.value(QStringLiteral("date-format"))
                  << "' (expected yyyy-MM-dd, dd/MM/yyyy, MM/dd/yyyy, dmy or mdy)\n";
            return false;
        }
        options->dateFormat = *format;
    }
    const auto separator = separatorFromName(parser.value(QStringLiteral("separator")));
    if (!separator) {
        err() << "kehu-cli import: unknown separator '" << parser.value(QStringLiteral("separator")) << "'\n";
        return false;
    }
    options->separator = *separator;
    for (const QString &spec : parser.values(QStringLiteral("map"))) {
        QString error;
        const auto overrides = ColumnMapping::parseOverrides(spec, &error);
        if (!overrides) {
            err() << "kehu-cli import: --map " << spec << ": " << error << "\n";
            return false;
        }
        options->mapping += *overrides;
    }
    return true;
}

/// The exit code of an import that wrote nothing because of the file or a failure (with the
/// reason printed), or none when it went through (or was a dry run).
std::optional<int> failedImportCode(const ImportRequest &request, const ImportSummary &summary)
{
    switch (summary.outcome) {
    case ImportSummary::Outcome::Rejected:
        err() << request.path << ": " << summary.errorCount()
              << " error(s); nothing was written. Fix the file, or import the valid rows with --skip-invalid.\n";
        return UserError;
    case ImportSummary::Outcome::Failed:
        err() << request.path << ": import failed, nothing was written: " << summary.failure << "\n";
        return summary.failure.contains(request.path) ? UserError : InternalError;
    case ImportSummary::Outcome::Cancelled:
        err() << request.path << ": cancelled, nothing was written\n";
        return UserError;
    case ImportSummary::Outcome::DryRun:
    case ImportSummary::Outcome::Committed: break;
    }
    return std::nullopt;
}

void printImportCounts(const ImportRequest &request, const ImportSummary &summary, qint64 elapsedMs)
{
    const bool dry = summary.outcome == ImportSummary::Outcome::DryRun;
    // Name what "new" counts, so that a customers file does not read "3 new, 0 new customers".
    const char *what = "purchases";
    switch (request.kind) {
    case ImportKind::Customers: what = "customers"; break;
    case ImportKind::Purchases: what = "purchases"; break;
    case ImportKind::Visits: what = "visits"; break;
    case ImportKind::Surveys: what = "survey answers"; break;
    }
    out() << (dry ? "dry run, nothing written; would write: " : "imported: ") << summary.records << " records, "
          << summary.inserted << " new " << what << ", ";
    if (request.kind == ImportKind::Customers)
        out() << summary.updated << " updated, ";
    out() << summary.unchanged << " already there, ";
    if (request.kind != ImportKind::Customers)
        out() << summary.customersCreated << " new customers from codes, ";
    out() << summary.rejected << " rejected, " << summary.likelyDuplicates.size() << " likely duplicates (" << elapsedMs
          << " ms)\n";
    if (!summary.rejectFile.isEmpty())
        out() << "rejected rows written to " << summary.rejectFile << "\n";
}

int runImport(const CommandArgs &args)
{
    QCommandLineParser parser;
    addImportOptions(parser);
    if (const int code = parseCommand(parser, args,
                                      QStringLiteral("Import a CSV file. Every row is validated first; a file with "
                                                     "errors writes nothing unless --skip-invalid is given. One "
                                                     "transaction: all or nothing. Importing the same file again "
                                                     "changes nothing."));
        code >= 0)
        return code;

    const QStringList positional = parser.positionalArguments();
    const auto kind = importKindFromName(positional.value(0));
    if (positional.size() != 2 || !kind) {
        err() << "kehu-cli import: expected 'import customers|purchases|visits|surveys FILE'\n";
        return UserError;
    }
    ImportRequest request;
    request.kind = *kind;
    request.path = positional.at(1);
    request.dryRun = parser.isSet(QStringLiteral("dry-run"));
    request.skipInvalid = parser.isSet(QStringLiteral("skip-invalid"));
    request.rejectPath = parser.value(QStringLiteral("reject-file"));
    if (!readImportFileOptions(parser, &request.options))
        return UserError;

    const auto workspace = openWorkspace(parser, args, true);
    if (!workspace)
        return UserError;
    QElapsedTimer timer;
    timer.start();
    const ImportSummary summary = workspace->importer().run(request);
    printIssues(summary);
    if (const auto code = failedImportCode(request, summary))
        return *code;
    printImportCounts(request, summary, timer.elapsed());
    return Ok;
}

int runExport(const CommandArgs &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("what"), QStringLiteral("customers or purchases"));
    parser.addOption({QStringLiteral("format"), QStringLiteral("csv or json (default csv)."), QStringLiteral("format"),
                      QStringLiteral("csv")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Write to this file instead of standard output."),
                      QStringLiteral("file")});
    if (const int code = parseCommand(parser, args, QStringLiteral("Export customers or purchases as CSV or JSON."));
        code >= 0)
        return code;
    const QString what = parser.positionalArguments().value(0);
    if (parser.positionalArguments().size() != 1 || (what != u"customers" && what != u"purchases")) {
        err() << "kehu-cli export: expected 'export customers|purchases'\n";
        return UserError;
    }
    const QString formatName = parser.value(QStringLiteral("format"));
    if (formatName != u"csv" && formatName != u"json") {
        err() << "kehu-cli export: --format expects csv or json, got '" << formatName << "'\n";
        return UserError;
    }
    const auto format = formatName == u"json" ? Exporter::Format::Json : Exporter::Format::Csv;
    const auto workspace = openWorkspace(parser, args, false);
    if (!workspace)
        return UserError;

    QFile file;
    if (parser.isSet(QStringLiteral("out"))) {
        file.setFileName(parser.value(QStringLiteral("out")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            err() << "kehu-cli export: " << file.fileName() << ": " << file.errorString() << "\n";
            return UserError;
        }
    } else if (!file.open(stdout, QIODevice::WriteOnly)) {
        return InternalError;
    }
    QString error;
    const Exporter exporter(*workspace);
    const qint64 rows = what == u"customers" ? exporter.exportCustomers(file, format, &error)
                                             : exporter.exportPurchases(file, format, &error);
    file.flush();
    if (rows < 0) {
        err() << "kehu-cli export: " << error << "\n";
        return InternalError;
    }
    if (parser.isSet(QStringLiteral("out")))
        out() << rows << " " << what << " written to " << file.fileName() << "\n";
    return Ok;
}

} // namespace kehu::cli
