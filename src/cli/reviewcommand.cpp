#include "reviewcommand.h"

#include "quarterlyreviewbuilder.h"
#include "reviewreport.h"
#include "workspace.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>

#include <optional>

namespace kehu::cli {

namespace {

void addReviewOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("quarter"), QStringLiteral("The quarter to review, e.g. 2025Q4."), QStringLiteral("YYYYQn")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Report file (.pdf or .html)."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("pdf or html (default: from --out's extension)."),
                      QStringLiteral("format")});
    parser.addOption({QStringLiteral("language"), QStringLiteral("en or zh_CN (default en)."), QStringLiteral("lang"),
                      QStringLiteral("en")});
    parser.addOption({QStringLiteral("csv-dir"), QStringLiteral("Also write the complete lists as CSV files here."),
                      QStringLiteral("dir")});
    parser.addOption(
        {QStringLiteral("create-actions"), QStringLiteral("Create the proposed follow-ups (one transaction).")});
    parser.addOption({QStringLiteral("review-day"),
                      QStringLiteral("Day of the review meeting (default today): overdue and due days count from it."),
                      QStringLiteral("date")});
    parser.addOption({QStringLiteral("no-freeze"), QStringLiteral("Do not freeze the quarter snapshots.")});
}

/// What `review` was asked for, read and checked from its options.
struct ReviewRequest
{
    Quarter quarter;
    QuarterlyReviewBuilder::Options options;
    QString outPath;
    bool pdf = true;
    ReportLanguage language = ReportLanguage::English;
};

/// Reads the options; prints the reason and returns none on bad input.
std::optional<ReviewRequest> readReviewRequest(const QCommandLineParser &parser)
{
    ReviewRequest request;
    const auto quarter = Quarter::parse(parser.value(QStringLiteral("quarter")));
    if (!quarter) {
        err() << "kehu-cli review: --quarter expects e.g. 2025Q4, got '" << parser.value(QStringLiteral("quarter"))
              << "'\n";
        return std::nullopt;
    }
    request.quarter = *quarter;
    request.outPath = parser.value(QStringLiteral("out"));
    QString format = parser.value(QStringLiteral("format")).toLower();
    if (format.isEmpty()) {
        const QString suffix = QFileInfo(request.outPath).suffix().toLower();
        format = suffix == u"html" || suffix == u"htm" ? QStringLiteral("html") : QStringLiteral("pdf");
    }
    if (format != u"pdf" && format != u"html") {
        err() << "kehu-cli review: --format expects pdf or html\n";
        return std::nullopt;
    }
    request.pdf = format == u"pdf";
    const QString languageName = parser.value(QStringLiteral("language"));
    if (languageName == u"zh_CN" || languageName == u"zh-CN" || languageName == u"zh")
        request.language = ReportLanguage::SimplifiedChinese;
    else if (languageName != u"en") {
        err() << "kehu-cli review: --language expects en or zh_CN\n";
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("review-day"))) {
        request.options.reviewDay = QDate::fromString(parser.value(QStringLiteral("review-day")), Qt::ISODate);
        if (!request.options.reviewDay.isValid()) {
            err() << "kehu-cli review: --review-day expects YYYY-MM-DD\n";
            return std::nullopt;
        }
    }
    request.options.freeze = !parser.isSet(QStringLiteral("no-freeze"));
    return request;
}

void printReviewCounts(const QuarterlyReview &review, double buildMs)
{
    out() << "review " << review.quarter.label() << ": " << review.customers << " customers, "
          << review.becameKey.size() << " became key, " << review.droppedClass.size() << " dropped a class, "
          << review.newChurnRisks.size() << " new churn risks, " << review.winBack.size() << " win-back candidates, "
          << review.overdueFollowUps.size() << " overdue follow-ups, " << review.actions.size()
          << " proposed follow-ups (" << QString::number(buildMs, 'f', 0) << " ms)\n";
}

/// Writes the report (--out) and the CSV lists (--csv-dir); false with the reason printed.
bool writeReviewFiles(const QCommandLineParser &parser, const ReviewRequest &request, const QuarterlyReview &review)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    ReviewReport report(review, request.language);
    if (!request.outPath.isEmpty()) {
        const bool ok = request.pdf ? report.writePdf(request.outPath, &error)
                                    : report.writeHtml(request.outPath, &error);
        if (!ok) {
            err() << "kehu-cli review: " << error << "\n";
            return false;
        }
        out() << "wrote " << request.outPath << " (" << QString::number(double(timer.nsecsElapsed()) / 1e6, 'f', 0)
              << " ms)\n";
    }
    if (parser.isSet(QStringLiteral("csv-dir"))) {
        QStringList files;
        if (!report.writeCsvLists(parser.value(QStringLiteral("csv-dir")), &files, &error)) {
            err() << "kehu-cli review: " << error << "\n";
            return false;
        }
        out() << "wrote " << files.join(QStringLiteral(", ")) << " in " << parser.value(QStringLiteral("csv-dir"))
              << "\n";
    }
    return true;
}

} // namespace

int runReview(const CommandArgs &args)
{
    QCommandLineParser parser;
    addReviewOptions(parser);
    if (const int code = parseCommand(parser, args,
                                      QStringLiteral("The quarterly customer inventory: snapshot the quarter end "
                                                     "(or reuse it), compare with the previous quarter, and write "
                                                     "the report."));
        code >= 0)
        return code;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        err() << "kehu-cli review: needs a QGuiApplication (internal)\n";
        return InternalError;
    }
    const std::optional<ReviewRequest> request = readReviewRequest(parser);
    if (!request)
        return UserError;
    const auto workspace = openWorkspace(parser, args, false);
    if (!workspace)
        return UserError;

    QElapsedTimer timer;
    timer.start();
    QuarterlyReviewBuilder &builder = workspace->reviews();
    QuarterlyReview review;
    QString error;
    const bool built = builder.build(request->quarter, request->options, &review, &error, [](const QString &line) {
        out() << "  " << line << "\n" << Qt::flush;
    });
    if (!built) {
        err() << "kehu-cli review: " << error << "\n";
        return InternalError;
    }
    printReviewCounts(review, double(timer.nsecsElapsed()) / 1e6);
    if (!writeReviewFiles(parser, *request, review))
        return UserError;
    if (parser.isSet(QStringLiteral("create-actions"))) {
        const qint64 created = builder.commitActions(review.actions, &error);
        if (created < 0) {
            err() << "kehu-cli review: " << error << "\n";
            return InternalError;
        }
        out() << "created " << created << " follow-ups\n";
    }
    return Ok;
}

} // namespace kehu::cli
