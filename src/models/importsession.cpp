#include "importsession.h"

#include "backgroundtasks.h"
#include "csvreader.h"
#include "csvwriter.h"
#include "fielddecoder.h"
#include "fieldparsers.h"
#include "importer.h"
#include "recordparser.h"
#include "textencoding.h"
#include "workspace.h"

#include <algorithm>
#include <limits>

#include <QBuffer>
#include <QFileInfo>
#include <QLocale>

namespace kehu {

namespace {

int mappedColumns(const ColumnMapping &mapping)
{
    int count = 0;
    for (const ImportFieldSpec &spec : ColumnMapping::fieldsFor(mapping.kind()))
        count += mapping.has(spec.field) ? 1 : 0;
    return count;
}

} // namespace

ImportSession::ImportSession(Workspace &workspace, QObject *parent)
    : QObject(parent), m_task(new BackgroundTask(workspace.tasks(), this))
{
    connect(m_task, &BackgroundTask::countProgress, this, &ImportSession::progress);
    connect(m_task, &BackgroundTask::finished, this, [this](const QString &error) {
        if (!error.isEmpty()) { // the database could not be opened
            m_summary = ImportSummary();
            m_summary.failure = error;
            m_hasSummary = true;
            m_lastDry = m_runningDry;
        }
        emit finished(m_lastDry);
    });
}

ImportSession::~ImportSession() = default;

void ImportSession::cancel()
{
    m_task->cancel();
}

bool ImportSession::isRunning() const
{
    return m_task->isRunning();
}

bool ImportSession::load(const QString &path)
{
    QString error;
    std::optional<QByteArray> bytes = RecordParser::readFile(path, &error);
    if (!bytes) {
        m_error = error;
        return false;
    }
    m_error.clear();
    m_path = path;
    m_bytes = std::move(*bytes);
    m_encoding.reset();
    m_separator = CsvSeparator::Auto;
    m_hasHeader = true;
    m_overrides.clear();
    reread();
    // The kind whose fields the headers name best, among those whose required columns exist.
    int best = -1;
    for (ImportKind kind : {ImportKind::Purchases, ImportKind::Customers, ImportKind::Visits, ImportKind::Surveys}) {
        QList<ImportIssue> issues;
        const ColumnMapping mapping = ColumnMapping::resolve(kind, m_headers, m_columnCount, {}, &issues);
        const int score = mapping.isUsable() ? mappedColumns(mapping) : -1;
        if (score > best) {
            best = score;
            m_kind = kind;
        }
    }
    remap();
    return true;
}

void ImportSession::reread()
{
    m_headers.clear();
    m_preview.clear();
    m_columnCount = 0;
    const PreparedText text = TextEncoding::prepare(m_bytes, m_encoding);
    m_detectedEncoding = text.sourceEncoding;
    m_detectedSeparator = CsvReader::detectSeparator(text.bytes);
    if (!text.fatalError.isEmpty())
        return;
    FieldDecoder decoder(text.splitEncoding, text.knownValid);
    CsvReader reader(text.bytes, m_separator);
    m_detectedSeparator = reader.separator();
    CsvRecord record;
    bool first = true;
    while (m_preview.size() < kPreviewRows && reader.readRecord(record)) {
        QStringList fields;
        bool blank = true;
        for (qsizetype i = 0; i < record.size(); ++i) {
            QString value;
            decoder.decode(record.field(i), value);
            value = FieldParsers::trimmed(value).toString();
            blank = blank && value.isEmpty();
            fields.append(value);
        }
        if (blank)
            continue;
        m_columnCount = std::max(m_columnCount, int(fields.size()));
        if (first && m_hasHeader)
            m_headers = fields;
        else
            m_preview.append(fields);
        first = false;
    }
}

void ImportSession::remap()
{
    m_mappingIssues.clear();
    m_mapping = ColumnMapping::resolve(m_kind, m_headers, m_columnCount, options().mapping, &m_mappingIssues);
    checkPreview();
    m_hasSummary = false;
    emit changed();
}

void ImportSession::checkPreview()
{
    m_previewIssues.clear();
    if (!m_mapping.isUsable() || m_preview.isEmpty())
        return;
    // The preview rows (already decoded) written out again as UTF-8 CSV and read by the
    // importer's parser with the same mapping and date format: the same rules as the real run.
    QByteArray sample;
    QBuffer buffer(&sample);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer);
    qsizetype line = 1;
    auto linesOf = [](const QStringList &fields) {
        qsizetype lines = 1;
        for (const QString &field : fields)
            lines += field.count(u'\n');
        return lines;
    };
    if (m_hasHeader) {
        writer.writeRecord(m_headers);
        line += linesOf(m_headers);
    }
    QList<qsizetype> firstLine;
    for (const QStringList &row : m_preview) {
        firstLine << line;
        writer.writeRecord(row);
        line += linesOf(row);
    }
    buffer.close();

    ImportOptions sampleOptions = options();
    sampleOptions.encoding = TextEncodingKind::Utf8;
    sampleOptions.separator = CsvSeparator::Comma;
    const RecordParser parser(sampleOptions);
    QList<ImportIssue> issues;
    switch (m_kind) {
    case ImportKind::Customers: issues = parser.parseCustomers(sample).issues; break;
    case ImportKind::Purchases: issues = parser.parsePurchases(sample).issues; break;
    case ImportKind::Visits: issues = parser.parseVisits(sample).issues; break;
    case ImportKind::Surveys: issues = parser.parseSurveys(sample).issues; break;
    }
    m_previewIssues.resize(m_preview.size());
    for (const ImportIssue &issue : issues) {
        if (issue.line < firstLine.constFirst() || issue.kind == ImportIssue::Kind::DuplicateRow)
            continue;
        const auto after = std::upper_bound(firstLine.cbegin(), firstLine.cend(), issue.line);
        m_previewIssues[int(after - firstLine.cbegin()) - 1].append(issue);
    }
}

int ImportSession::previewProblemCount() const
{
    int count = 0;
    for (const QList<ImportIssue> &row : m_previewIssues)
        count += int(row.size());
    return count;
}

void ImportSession::setKind(ImportKind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    // Overrides name fields of the old kind; detection starts again.
    m_overrides.clear();
    remap();
}

void ImportSession::setEncoding(std::optional<TextEncodingKind> encoding)
{
    m_encoding = encoding;
    reread();
    remap();
}

void ImportSession::setSeparator(CsvSeparator separator)
{
    m_separator = separator;
    m_overrides.clear();
    reread();
    remap();
}

void ImportSession::setDateFormat(DateFormat format)
{
    m_dateFormat = format;
    remap();
}

void ImportSession::setHasHeader(bool hasHeader)
{
    m_hasHeader = hasHeader;
    reread();
    remap();
}

QString ImportSession::header(int column) const
{
    const QString text = m_headers.value(column);
    return text.isEmpty() ? tr("Column %1").arg(column + 1) : text;
}

std::optional<ImportField> ImportSession::fieldOf(int column) const
{
    for (const ImportFieldSpec &spec : ColumnMapping::fieldsFor(m_kind)) {
        if (m_mapping.column(spec.field) == column)
            return spec.field;
    }
    return std::nullopt;
}

void ImportSession::setColumnField(int column, std::optional<ImportField> field)
{
    if (field) {
        // A field lives in one column: a column that had it (by override) gives it up.
        const QString key = ColumnMapping::key(*field).toString();
        for (auto it = m_overrides.begin(); it != m_overrides.end();) {
            if (it.value() == key && it.key() != column)
                it = m_overrides.erase(it);
            else
                ++it;
        }
        // ...and so does a column that had it by detection.
        const int previous = m_mapping.column(*field);
        if (previous >= 0 && previous != column)
            m_overrides.insert(previous, QStringLiteral("-"));
        m_overrides.insert(column, key);
    } else {
        m_overrides.insert(column, QStringLiteral("-"));
    }
    remap();
}

void ImportSession::resetMapping()
{
    m_overrides.clear();
    remap();
}

QStringList ImportSession::mappingProblems() const
{
    QStringList problems;
    auto missing = [&problems](const QString &what) {
        problems
            << tr("No column is chosen for %1: pick it under “Imports as” next to the column that holds it.").arg(what);
    };
    for (const ImportIssue &issue : m_mappingIssues) {
        if (issue.kind != ImportIssue::Kind::MissingColumn)
            problems << issue.message;
    }
    for (const ImportFieldSpec &spec : ColumnMapping::fieldsFor(m_kind)) {
        if (spec.required && !m_mapping.has(spec.field))
            missing(fieldLabel(spec.field));
    }
    if (m_kind == ImportKind::Customers && !m_mapping.has(ImportField::CustomerCode)
        && !m_mapping.has(ImportField::Name))
        missing(tr("%1 or %2").arg(fieldLabel(ImportField::CustomerCode), fieldLabel(ImportField::Name)));
    if (m_kind == ImportKind::Surveys && !m_mapping.has(ImportField::Nps) && !m_mapping.has(ImportField::Csat))
        missing(tr("%1 or %2").arg(fieldLabel(ImportField::Nps), fieldLabel(ImportField::Csat)));
    return problems;
}

ImportOptions ImportSession::options() const
{
    ImportOptions options;
    options.fileName = QFileInfo(m_path).fileName();
    options.encoding = m_encoding;
    options.separator = m_separator;
    options.hasHeader = m_hasHeader;
    options.dateFormat = m_dateFormat;
    for (auto it = m_overrides.cbegin(); it != m_overrides.cend(); ++it)
        options.mapping.append({QString::number(it.key() + 1), it.value()});
    return options;
}

bool ImportSession::isValidated() const
{
    return m_hasSummary && m_lastDry && m_summary.outcome == ImportSummary::Outcome::DryRun
           && (m_summary.rejected == 0 || m_skipInvalid);
}

void ImportSession::validate()
{
    start(true);
}

void ImportSession::commit()
{
    start(false);
}

void ImportSession::start(bool dryRun)
{
    if (m_task->isRunning() || m_path.isEmpty())
        return;
    ImportRequest request;
    request.kind = m_kind;
    request.path = m_path;
    request.options = options();
    request.dryRun = dryRun;
    request.skipInvalid = m_skipInvalid;
    m_runningDry = dryRun;
    m_task->start([this, request, dryRun](Workspace &worker, TaskControl &control) -> BackgroundTask::Apply {
        ImportSummary summary = worker.importer().run(request, [&control](qsizetype done, qsizetype total) {
            control.countProgress(done, total);
            return !control.isCancelled();
        });
        return [this, summary, dryRun] {
            m_summary = summary;
            m_hasSummary = true;
            m_lastDry = dryRun;
        };
    });
}

QString ImportSession::kindLabel(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Customers: return tr("Customers");
    case ImportKind::Purchases: return tr("Purchases");
    case ImportKind::Visits: return tr("Visits");
    case ImportKind::Surveys: return tr("Surveys");
    }
    return {};
}

QString ImportSession::fieldLabel(ImportField field)
{
    switch (field) {
    case ImportField::CustomerCode: return tr("Customer code");
    case ImportField::Name: return tr("Name");
    case ImportField::Phone: return tr("Phone");
    case ImportField::Email: return tr("E-mail");
    case ImportField::Company: return tr("Company");
    case ImportField::Industry: return tr("Industry");
    case ImportField::CompanySize: return tr("Company size");
    case ImportField::Region: return tr("Region");
    case ImportField::Channel: return tr("Channel");
    case ImportField::Owner: return tr("Owner");
    case ImportField::Lifecycle: return tr("Lifecycle status");
    case ImportField::Personality: return tr("Personality type");
    case ImportField::CustomerType: return tr("Customer type");
    case ImportField::ExplicitNeeds: return tr("Explicit needs");
    case ImportField::ImplicitNeeds: return tr("Implicit needs");
    case ImportField::Budget: return tr("Budget");
    case ImportField::Preferences: return tr("Preferences");
    case ImportField::Tags: return tr("Tags");
    case ImportField::Notes: return tr("Notes");
    case ImportField::Date: return tr("Date");
    case ImportField::Amount: return tr("Amount");
    case ImportField::Profit: return tr("Profit");
    case ImportField::Quantity: return tr("Quantity");
    case ImportField::Ref: return tr("Order reference");
    case ImportField::VisitTime: return tr("Visit time");
    case ImportField::VisitKind: return tr("Visit kind");
    case ImportField::Staff: return tr("Staff");
    case ImportField::Satisfaction: return tr("Satisfaction (1-5)");
    case ImportField::NextFollowUp: return tr("Next follow-up");
    case ImportField::Nps: return tr("NPS (0-10)");
    case ImportField::Csat: return tr("CSAT (1-5)");
    case ImportField::Comment: return tr("Comment");
    }
    return {};
}

QString ImportSession::separatorLabel(CsvSeparator separator)
{
    switch (separator) {
    case CsvSeparator::Auto: return tr("Detect");
    case CsvSeparator::Comma: return tr("Comma ( , )");
    case CsvSeparator::Semicolon: return tr("Semicolon ( ; )");
    case CsvSeparator::Tab: return tr("Tab");
    case CsvSeparator::Whitespace: return tr("Spaces (fixed columns)");
    }
    return {};
}

QString ImportSession::dateFormatLabel(DateFormat format)
{
    switch (format) {
    case DateFormat::YearFirst: return tr("Year first (2024-03-15, 2024年3月15日)");
    case DateFormat::DayMonthYear: return tr("Day/month/year (15/03/2024)");
    case DateFormat::MonthDayYear: return tr("Month/day/year (03/15/2024)");
    }
    return {};
}

QString ImportSession::countsText(const ImportSummary &s)
{
    // Each count says what it counts: the rows of the file that became new purchases (visits,
    // survey answers, customers), the ones already in the book, and, for activity files, the
    // customers created for codes the book did not know. "3 new, 0 customers created" read as
    // a contradiction when the 3 new rows were customers.
    const auto n = [](qsizetype value) { return int(std::min<qsizetype>(value, std::numeric_limits<int>::max())); };
    QStringList parts;
    switch (s.kind) {
    case ImportKind::Customers:
        parts << tr("%Ln new customer(s)", nullptr, n(s.inserted))
              << tr("%Ln existing customer(s) updated", nullptr, n(s.updated));
        break;
    case ImportKind::Purchases: parts << tr("%Ln new purchase(s)", nullptr, n(s.inserted)); break;
    case ImportKind::Visits: parts << tr("%Ln new visit(s)", nullptr, n(s.inserted)); break;
    case ImportKind::Surveys: parts << tr("%Ln new survey answer(s)", nullptr, n(s.inserted)); break;
    }
    parts << tr("%Ln row(s) already in the book", nullptr, n(s.unchanged));
    if (s.kind != ImportKind::Customers)
        parts << tr("%Ln new customer(s) for codes not in the book yet", nullptr, n(s.customersCreated));
    if (s.rejected > 0)
        parts << tr("%Ln invalid row(s) left out", nullptr, n(s.rejected));
    return tr("%Ln row(s) in the file: %1.", nullptr, n(s.records)).arg(QLocale().createSeparatedList(parts));
}

QString ImportSession::summaryText(const ImportSummary &s)
{
    const QString counts = countsText(s);
    switch (s.outcome) {
    case ImportSummary::Outcome::DryRun:
        return tr("Check finished, nothing was written. Importing would give: %1").arg(counts);
    case ImportSummary::Outcome::Committed:
        if (!s.rejectFile.isEmpty())
            return tr("Imported. %1 The rows left out were written to %2.").arg(counts, s.rejectFile);
        return tr("Imported. %1").arg(counts);
    case ImportSummary::Outcome::Rejected:
        return tr("The file has %Ln error(s); nothing was written. Fix the rows listed below, change the mapping, "
                  "or choose to skip invalid rows.",
                  nullptr, int(s.errorCount()));
    case ImportSummary::Outcome::Cancelled: return tr("Cancelled; nothing was written.");
    case ImportSummary::Outcome::Failed: return tr("The import failed; nothing was written: %1").arg(s.failure);
    }
    return {};
}

} // namespace kehu
