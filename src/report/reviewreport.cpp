#include "reviewreport.h"

#include "daynumber.h"
#include "moneyformatter.h"
#include "reportcharts.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

#include <cmath>
#include <limits>

namespace kehu {

namespace {

using Line = QuarterlyReview::CustomerLine;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString pngDataUri(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return u"data:image/png;base64," + QString::fromLatin1(bytes.toBase64());
}

QString csvCell(const QString &text)
{
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n'))
        return u'"' + QString(text).replace(u'"', QStringLiteral("\"\"")) + u'"';
    return text;
}

} // namespace

ReviewReport::ReviewReport(const QuarterlyReview &review, ReportLanguage language)
    : m_review(review), m_text(language, Currency(review.currency))
{}

QHash<QString, QImage> ReviewReport::charts() const
{
    QHash<QString, QImage> images;
    const ReportText &t = m_text;
    QStringList segmentLabels;
    for (const QString &key : m_review.segmentKeys)
        segmentLabels << t.label(key);
    segmentLabels << t.tr("absent");
    images.insert(QStringLiteral("segment_migration"),
                  ReportCharts::migrationHeatTable(m_review.segmentMigration, segmentLabels, t.tr("previous quarter"),
                                                   t.tr("this quarter")));
    QStringList abcLabels = m_review.abcKeys;
    abcLabels << t.tr("absent");
    images.insert(QStringLiteral("abc_migration"),
                  ReportCharts::migrationHeatTable(m_review.abcMigration, abcLabels, t.tr("previous quarter"),
                                                   t.tr("this quarter")));

    // Segment sizes: row sums (previous) and column sums (current) of the migration matrix.
    const auto &m = m_review.segmentMigration;
    const int side = m.labelCount + 1;
    ReportCharts::Series previous{t.tr("previous quarter"), {}, QColor(170, 190, 220)};
    ReportCharts::Series current{t.tr("this quarter"), {}, QColor(40, 90, 170)};
    QStringList barLabels;
    for (int i = 0; i < m.labelCount; ++i) {
        double before = 0, after = 0;
        for (int j = 0; j < side; ++j) {
            before += double(m.customers[size_t(i) * size_t(side) + size_t(j)]);
            after += double(m.customers[size_t(j) * size_t(side) + size_t(i)]);
        }
        if (before == 0 && after == 0)
            continue;
        barLabels << segmentLabels.value(i);
        previous.values << before;
        current.values << after;
    }
    images.insert(QStringLiteral("segments"), ReportCharts::barChart(barLabels, {previous, current}));

    // Counts per period from the current snapshot's summary, with the forecast appended.
    const SnapshotSummary::Counts &counts = m_review.current.summary.counts;
    const QList<QDate> &starts = counts.periodStart;
    const SnapshotSummary::Forecast &forecast = m_review.current.summary.forecast;
    const QList<QDate> &forecastStarts = forecast.periodStart;
    const qsizetype firstShown = std::max<qsizetype>(0, starts.size() - 24); // last two years
    QStringList categories;
    ReportCharts::Series fresh{t.tr("new"), {}, QColor(60, 150, 80)};
    ReportCharts::Series active{t.tr("active"), {}, QColor(40, 90, 170)};
    ReportCharts::Series churned{t.tr("churned"), {}, QColor(200, 70, 60)};
    ReportCharts::Series predicted{t.tr("forecast active"), {}, QColor(40, 90, 170), true};
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (qsizetype i = firstShown; i < starts.size(); ++i) {
        categories << isoDate(starts.at(i)).left(7);
        fresh.values << double(counts.newCustomers.value(i));
        active.values << double(counts.active.value(i));
        churned.values << double(counts.churned.value(i));
        predicted.values << (i + 1 == starts.size() ? active.values.last() : nan);
    }
    for (qsizetype i = 0; i < forecastStarts.size(); ++i) {
        categories << isoDate(forecastStarts.at(i)).left(7);
        fresh.values << nan;
        active.values << nan;
        churned.values << nan;
        predicted.values << forecast.expectedActive.value(i);
    }
    QList<ReportCharts::Series> lines{fresh, active, churned};
    if (!forecastStarts.isEmpty())
        lines << predicted;
    images.insert(QStringLiteral("counts"), ReportCharts::lineChart(categories, lines));
    return images;
}

namespace {

/// The document head and the title block.
QString htmlHead(const ReportText &t, const QuarterlyReview &r)
{
    QString h;
    const QString families = ReportCharts::fontFamilies().join(QStringLiteral("', '"));
    h += u"<!DOCTYPE html>\n<html lang=\""
         + (t.language() == ReportLanguage::SimplifiedChinese ? QStringLiteral("zh-CN") : QStringLiteral("en"))
         + u"\"><head><meta charset=\"utf-8\"><title>" + esc(t.tr("Quarterly customer review")) + u" "
         + t.quarter(r.quarter) + u"</title>\n<style>body { font-family: '" + families
         + u"'; font-size: 10pt; } h1 { font-size: 18pt; } h2 { font-size: 13pt; margin-top: 14pt; } "
           u"table { border-collapse: collapse; } td, th { border: 1px solid #bbb; padding: 2px 6px; } "
           u"th { background: #e8eef7; } td.n { text-align: right; } .note { color: #555; }</style></head><body>\n";
    h += u"<h1>" + esc(t.tr("Quarterly customer review")) + u" " + t.quarter(r.quarter) + u"</h1>\n";
    h += u"<p>" + esc(t.tr("Snapshot as of")) + u": " + r.current.asOf.toString(Qt::ISODate);
    if (r.previous)
        h += u" &nbsp; " + esc(t.tr("Compared with")) + u": " + t.quarter(r.quarter.previous()) + u" ("
             + r.previous->asOf.toString(Qt::ISODate) + u")";
    h += u" &nbsp; " + esc(t.tr("Generated")) + u": "
         + QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + u"</p>\n";
    return h;
}

QString summaryTable(const ReportText &t, const QuarterlyReview &r)
{
    QString h;
    h += u"<h2>" + esc(t.tr("Summary")) + u"</h2>\n<table>\n";
    const std::pair<const char *, QString> summary[] = {
        {"Customers", t.number(r.customers)},
        {"Active this quarter", t.number(r.activeCustomers)},
        {"New this quarter", t.number(r.newCustomers)},
        {"Revenue this quarter", t.money(r.revenue)},
        {"Became key", t.number(r.becameKey.size())},
        {"Dropped a class", t.number(r.droppedClass.size())},
        {"New churn risks", t.number(r.newChurnRisks.size())},
        {"Win-back candidates", t.number(r.winBack.size())},
        {"Overdue follow-ups", t.number(r.overdueFollowUps.size())},
        {"Proposed follow-ups", t.number(r.actions.size())},
    };
    for (const auto &[label, value] : summary)
        h += u"<tr><th align=\"left\">" + esc(t.tr(label)) + u"</th><td class=\"n\" align=\"right\">" + value
             + u"</td></tr>\n";
    h += u"</table>\n";
    return h;
}

/// ABC migration as numbers too (counts and revenue), the table the meeting discusses.
QString abcMigrationTable(const ReportText &t, const QuarterlyReview &r)
{
    QString h;
    const auto &m = r.abcMigration;
    QStringList labels = r.abcKeys;
    labels << t.tr("absent");
    h += u"<table><tr><th></th>";
    for (const QString &l : labels)
        h += u"<th>" + esc(l) + u"</th>";
    h += u"</tr>\n";
    for (int a = 0; a <= m.labelCount; ++a) {
        h += u"<tr><th>" + esc(labels.value(a)) + u"</th>";
        for (int b = 0; b <= m.labelCount; ++b) {
            const size_t cell = size_t(a) * size_t(m.labelCount + 1) + size_t(b);
            h += u"<td class=\"n\" align=\"right\">" + t.number(m.customers[cell]) + u"<br>(" + t.money(m.revenue[cell])
                 + u")</td>";
        }
        h += u"</tr>\n";
    }
    h += u"</table>\n";
    return h;
}

/// A list's heading with its size, and "(none)" under it when it is empty.
QString listHeading(const ReportText &t, const char *title, qsizetype size)
{
    QString h = u"<h2>" + esc(t.tr(title)) + u" (" + t.number(size) + u")</h2>\n";
    if (size == 0)
        h += u"<p class=\"note\">" + esc(t.tr("(none)")) + u"</p>\n";
    return h;
}

/// The start of a table and its header row.
QString tableStart(const ReportText &t, std::initializer_list<const char *> titles)
{
    QString h = QStringLiteral("<table width=\"100%\" cellspacing=\"0\"><tr>");
    for (const char *title : titles)
        h += u"<th>" + esc(t.tr(title)) + u"</th>";
    return h + u"</tr>\n";
}

/// The end of a table that shows the first rowsPerList of `size` rows.
QString tableEnd(const ReportText &t, qsizetype size, int rowsPerList)
{
    QString h = QStringLiteral("</table>\n");
    if (size > rowsPerList)
        h += u"<p class=\"note\">" + esc(t.tr("%1 more in the CSV lists.").arg(size - rowsPerList)) + u"</p>\n";
    return h;
}

QString numberCell(const QString &text)
{
    return u"<td class=\"n\" align=\"right\">" + text + u"</td>";
}

/// One list of customers: the first rowsPerList of them.
QString customerTable(const ReportText &t, const char *title, const QList<Line> &lines, bool showMove, int rowsPerList)
{
    QString h = listHeading(t, title, lines.size());
    if (lines.isEmpty())
        return h;
    h += showMove
             ? tableStart(t, {"Code", "Name", "Owner", "From", "To", "Churn flag", "CLV", "Revenue to date"})
             : tableStart(t, {"Code", "Name", "Owner", "Segment", "Class", "Churn flag", "CLV", "Revenue to date"});
    for (qsizetype i = 0; i < lines.size() && i < rowsPerList; ++i) {
        const Line &l = lines[i];
        h += u"<tr><td>" + esc(l.code) + u"</td><td>" + esc(l.name) + u"</td><td>"
             + esc(l.owner.isEmpty() ? t.tr("(unassigned)") : l.owner) + u"</td>";
        if (showMove)
            h += u"<td>" + esc(t.label(l.fromSegment)) + u" / "
                 + esc(l.fromAbc.isEmpty() ? QStringLiteral("-") : l.fromAbc) + u"</td><td>" + esc(t.label(l.toSegment))
                 + u" / " + esc(l.toAbc) + u"</td>";
        else
            h += u"<td>" + esc(t.label(l.toSegment)) + u"</td><td>" + esc(l.toAbc) + u"</td>";
        h += u"<td>" + esc(t.flagLabel(l.churnFlag)) + u"</td>" + numberCell(l.clv ? t.money(*l.clv) : QString())
             + numberCell(t.money(l.revenue)) + u"</tr>\n";
    }
    return h + tableEnd(t, lines.size(), rowsPerList);
}

QString overdueFollowUpsTable(const ReportText &t, const QuarterlyReview &r, int rowsPerList)
{
    QString h = listHeading(t, "Overdue follow-ups", r.overdueFollowUps.size());
    if (r.overdueFollowUps.isEmpty())
        return h;
    h += tableStart(t, {"Name", "Assignee", "Due", "Reason"});
    for (qsizetype i = 0; i < r.overdueFollowUps.size() && i < rowsPerList; ++i) {
        const FollowUp &f = r.overdueFollowUps[i];
        h += u"<tr><td>" + esc(r.overdueCustomerNames.value(i)) + u"</td><td>" + esc(f.assignee) + u"</td><td>"
             + f.dueOn.toString(Qt::ISODate) + u"</td><td>" + esc(t.reasonLabel(f.reason)) + u"</td></tr>\n";
    }
    // The overdue list shows its first rows only, without a note (the CSV lists have them all).
    return h + u"</table>\n";
}

QString teamTable(const ReportText &t, const QuarterlyReview &r)
{
    QString h = u"<h2>" + esc(t.tr("Team figures")) + u"</h2>\n";
    h += tableStart(t, {"Owner", "Customers", "Active this quarter", "New customers", "Revenue", "Revenue target",
                        "Visits", "Follow-ups due", "Done on time"});
    for (const auto &line : r.team) {
        h += u"<tr><td>" + esc(line.owner.isEmpty() ? t.tr("(unassigned)") : line.owner) + u"</td>"
             + numberCell(t.number(line.customers)) + numberCell(t.number(line.activeCustomers))
             + numberCell(t.number(line.newCustomers)) + numberCell(t.money(line.revenue))
             + numberCell(line.revenueTarget ? t.money(*line.revenueTarget) : QString())
             + numberCell(t.number(line.visits)) + numberCell(t.number(line.followUpsDue))
             + numberCell(line.followUpsDue > 0 ? t.percent(double(line.followUpsOnTime) / double(line.followUpsDue), 0)
                                                : QString())
             + u"</tr>\n";
    }
    return h + u"</table>\n";
}

QString actionsTable(const ReportText &t, const QuarterlyReview &r, int rowsPerList)
{
    QString h = listHeading(t, "Proposed follow-ups", r.actions.size());
    if (r.actions.isEmpty())
        return h;
    h += tableStart(t, {"Code", "Name", "Assignee", "Due", "Reason"});
    for (qsizetype i = 0; i < r.actions.size() && i < rowsPerList; ++i) {
        const auto &a = r.actions[i];
        h += u"<tr><td>" + esc(a.code) + u"</td><td>" + esc(a.name) + u"</td><td>" + esc(a.assignee) + u"</td><td>"
             + a.dueOn.toString(Qt::ISODate) + u"</td><td>" + esc(t.reasonLabel(a.reason)) + u"</td></tr>\n";
    }
    return h + tableEnd(t, r.actions.size(), rowsPerList);
}

} // namespace

QString ReviewReport::buildHtml(ImageMode mode) const
{
    const ReportText &t = m_text;
    const QuarterlyReview &r = m_review;
    const QHash<QString, QImage> images = charts();
    auto image = [&](const QString &name, int width) {
        const QString src = mode == ImageMode::DataUri ? pngDataUri(images.value(name)) : u"chart:" + name;
        return QStringLiteral("<p><img src=\"%1\" width=\"%2\"></p>\n").arg(src).arg(width);
    };
    QString h = htmlHead(t, r);
    h += summaryTable(t, r);

    h += u"<h2>" + esc(t.tr("Customer counts per period")) + u"</h2>\n" + image(QStringLiteral("counts"), 620);
    // Each large chart starts a page: QTextDocument cannot keep a heading with what follows
    // it, and left alone the headings were stranded at the foot of pages.
    const QString newPage = QStringLiteral("<h2 style=\"page-break-before: always\">");
    h += newPage + esc(t.tr("Customers per segment")) + u"</h2>\n" + image(QStringLiteral("segments"), 620);
    h += newPage + esc(t.tr("Segment migration")) + u"</h2>\n<p class=\"note\">"
         + esc(t.tr("Rows: last quarter. Columns: this quarter. Cells: customers (revenue this quarter).")) + u"</p>\n"
         + image(QStringLiteral("segment_migration"), 560);
    h += newPage + esc(t.tr("ABC class migration")) + u"</h2>\n" + image(QStringLiteral("abc_migration"), 320);
    h += abcMigrationTable(t, r);

    h += customerTable(t, "Became key", r.becameKey, true, rowsPerList);
    h += customerTable(t, "Dropped a class", r.droppedClass, true, rowsPerList);
    h += customerTable(t, "New churn risks", r.newChurnRisks, true, rowsPerList);
    h += customerTable(t, "Win-back candidates", r.winBack, false, rowsPerList);
    h += customerTable(t, "Top customers by CLV", r.topByClv, false, rowsPerList);
    h += overdueFollowUpsTable(t, r, rowsPerList);
    h += teamTable(t, r);
    h += actionsTable(t, r, rowsPerList);
    h += u"</body></html>\n";
    return h;
}

QString ReviewReport::html() const
{
    return buildHtml(ImageMode::DataUri);
}

bool ReviewReport::writeHtml(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(html().toUtf8());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool ReviewReport::writePdf(const QString &path, QString *error) const
{
    QTextDocument document;
    QFont font;
    font.setFamilies(ReportCharts::fontFamilies());
    font.setPointSizeF(9.5);
    document.setDefaultFont(font);
    // QTextDocument does not load data: URIs, so the charts go in as named resources.
    const QHash<QString, QImage> images = charts();
    for (auto it = images.constBegin(); it != images.constEnd(); ++it)
        document.addResource(QTextDocument::ImageResource, QUrl(u"chart:" + it.key()), it.value());
    document.setHtml(buildHtml(ImageMode::Resource));

    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    // print() adds its own 2 cm margin around the text (and the page number below it).
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(m_text.tr("Quarterly customer review") + u' ' + m_text.quarter(m_review.quarter));
    writer.setCreator(QStringLiteral("Kehu"));
    // print() paginates a copy of the document and puts the page number under each page.
    document.print(&writer);
    if (!QFile::exists(path) || QFile(path).size() == 0) {
        if (error)
            *error = QStringLiteral("could not write %1").arg(path);
        return false;
    }
    return true;
}

namespace {

/// Writes one CSV list (UTF-8 with a BOM, CRLF) as `name` in `directory`, adding the name to
/// *written.
bool writeCsvFile(const QString &directory, const QString &name, const QStringList &header,
                  const QList<QStringList> &rows, QStringList *written, QString *error)
{
    QSaveFile file(QDir(directory).filePath(name));
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QByteArray bytes("\xEF\xBB\xBF"); // BOM: Excel on Chinese Windows then reads UTF-8
    auto line = [&](const QStringList &cells) {
        QStringList quoted;
        for (const QString &c : cells)
            quoted << csvCell(c);
        bytes += quoted.join(u',').toUtf8() + "\r\n";
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
    file.write(bytes);
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    if (written)
        *written << name;
    return true;
}

QList<QStringList> customerRows(const ReportText &t, const QList<Line> &lines)
{
    QList<QStringList> rows;
    for (const Line &l : lines)
        rows << QStringList{l.code,
                            l.name,
                            l.owner,
                            l.fromSegment,
                            l.toSegment,
                            l.fromAbc,
                            l.toAbc,
                            l.previousChurnFlag,
                            l.churnFlag,
                            l.clv ? t.csvMoney(*l.clv) : QString(),
                            t.csvMoney(l.revenue),
                            t.csvMoney(l.quarterRevenue)};
    return rows;
}

} // namespace

bool ReviewReport::writeCsvLists(const QString &directory, QStringList *written, QString *error) const
{
    if (!QDir().mkpath(directory)) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(directory);
        return false;
    }
    const ReportText &t = m_text;
    auto write = [&](const QString &name, const QStringList &header, const QList<QStringList> &rows) {
        return writeCsvFile(directory, name, header, rows, written, error);
    };
    const QStringList customerHeader{t.tr("Code"),
                                     t.tr("Name"),
                                     t.tr("Owner"),
                                     QStringLiteral("from_segment"),
                                     QStringLiteral("to_segment"),
                                     QStringLiteral("from_abc"),
                                     QStringLiteral("to_abc"),
                                     QStringLiteral("previous_churn_flag"),
                                     QStringLiteral("churn_flag"),
                                     t.tr("CLV"),
                                     t.tr("Revenue to date"),
                                     t.tr("Revenue this quarter")};
    const std::pair<const char16_t *, const QList<Line> *> lists[] = {
        {u"became_key.csv", &m_review.becameKey},
        {u"dropped_class.csv", &m_review.droppedClass},
        {u"new_churn_risks.csv", &m_review.newChurnRisks},
        {u"win_back.csv", &m_review.winBack},
        {u"top_clv.csv", &m_review.topByClv},
    };
    for (const auto &[name, list] : lists) {
        if (!write(QString::fromUtf16(name), customerHeader, customerRows(t, *list)))
            return false;
    }
    QList<QStringList> team;
    for (const auto &l : m_review.team)
        team << QStringList{l.owner,
                            QString::number(l.customers),
                            QString::number(l.activeCustomers),
                            QString::number(l.newCustomers),
                            t.csvMoney(l.revenue),
                            l.revenueTarget ? t.csvMoney(*l.revenueTarget) : QString(),
                            l.newCustomersTarget ? QString::number(*l.newCustomersTarget) : QString(),
                            QString::number(l.visits),
                            QString::number(l.followUpsDue),
                            QString::number(l.followUpsDone),
                            QString::number(l.followUpsOnTime)};
    if (!write(QStringLiteral("team.csv"),
               {t.tr("Owner"), t.tr("Customers"), t.tr("Active this quarter"), t.tr("New customers"), t.tr("Revenue"),
                t.tr("Revenue target"), QStringLiteral("new_customers_target"), t.tr("Visits"), t.tr("Follow-ups due"),
                QStringLiteral("follow_ups_done"), t.tr("Done on time")},
               team))
        return false;
    QList<QStringList> actions;
    for (const auto &a : m_review.actions)
        actions << QStringList{a.code, a.name, a.assignee, a.dueOn.toString(Qt::ISODate), a.reason};
    if (!write(QStringLiteral("actions.csv"),
               {t.tr("Code"), t.tr("Name"), t.tr("Assignee"), t.tr("Due"), t.tr("Reason")}, actions))
        return false;
    QList<QStringList> overdue;
    for (qsizetype i = 0; i < m_review.overdueFollowUps.size(); ++i) {
        const FollowUp &f = m_review.overdueFollowUps[i];
        overdue << QStringList{QString::number(f.customerId), m_review.overdueCustomerNames.value(i), f.assignee,
                               f.dueOn.toString(Qt::ISODate), f.reason};
    }
    return write(QStringLiteral("overdue_followups.csv"),
                 {QStringLiteral("customer_id"), t.tr("Name"), t.tr("Assignee"), t.tr("Due"), t.tr("Reason")}, overdue);
}

} // namespace kehu
