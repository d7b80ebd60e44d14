#include "recordparser.h"

#include "fieldlimits.h"

#include "contactnormalizer.h"
#include "fielddecoder.h"
#include "importlabels.h"
#include "moneyparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QHashFunctions>

#include <algorithm>
#include <utility>
#include <vector>

namespace kehu {

namespace {

/// The longest text a field of a file may hold (FieldLimits): notes, needs and comments are
/// long texts, everything else short.
int limitOf(ImportField field)
{
    switch (field) {
    case ImportField::ExplicitNeeds:
    case ImportField::ImplicitNeeds:
    case ImportField::Preferences:
    case ImportField::Notes:
    case ImportField::Comment: return FieldLimits::kLongText;
    case ImportField::Tags: return FieldLimits::kShortText * FieldLimits::kTags;
    default: return FieldLimits::kShortText;
    }
}

} // namespace

namespace {

using Severity = ImportIssue::Severity;
using Kind = ImportIssue::Kind;

QString tr(const char *text)
{
    return QCoreApplication::translate("kehu::ImportIssue", text);
}

constexpr qsizetype kDisplayBytes = 400; // enough for a 60-character display value
constexpr int kMaxQuantity = 1'000'000;

bool isBlank(QByteArrayView bytes)
{
    for (char c : bytes) {
        if (c != ' ' && c != '\t')
            return false;
    }
    return true;
}

bool isBlankRecord(const CsvRecord &record)
{
    for (qsizetype i = 0; i < record.size(); ++i) {
        if (!isBlank(record.field(i)))
            return false;
    }
    return !record.hasErrors();
}

QString encodingError(TextEncodingKind encoding)
{
    if (encoding == TextEncodingKind::Gb18030)
        return tr("expected GB18030 text, found invalid bytes (try reading the file as UTF-8 or Latin-1)");
    return tr(
        "expected UTF-8 text, found bytes that are not UTF-8 (the file may be GB18030: try reading it as GB18030)");
}

/// Reads the fields of one record for a row builder and reports what is wrong with them.
class RowContext
{
public:
    RowContext(const CsvRecord &record, const ColumnMapping &mapping, FieldDecoder &decoder,
               const ImportOptions &options, QList<ImportIssue> &issues)
        : m_record(record), m_mapping(mapping), m_decoder(decoder), m_options(options), m_issues(issues)
    {}

    bool failed() const { return m_failed; }
    /// Fields with a syntax error are already reported; their values are not judged again.
    bool isBroken(int column) const
    {
        for (const CsvSyntaxError &error : m_record.errors()) {
            if (error.field == column)
                return true;
        }
        return false;
    }
    const ImportOptions &options() const { return m_options; }
    bool mapped(ImportField field) const { return m_mapping.has(field); }
    /// Mapped, but the field had a syntax error (already reported).
    bool unreadable(ImportField field) const { return mapped(field) && isBroken(m_mapping.column(field)); }

    /// Trimmed text of `field`; empty when not mapped, blank or undecodable (reported).
    QString text(ImportField field)
    {
        const int column = m_mapping.column(field);
        m_lastDecodeFailed = false;
        if (column < 0 || isBroken(column)) {
            m_lastDecodeFailed = column >= 0; // reported as a syntax error: no "missing" on top
            return {};
        }
        const QByteArrayView bytes = m_record.field(column);
        QString decoded;
        if (!decode(field, bytes, decoded))
            return {};
        if (const QString why = FieldLimits::lengthProblem(decoded.size(), limitOf(field)); !why.isEmpty()) {
            m_lastDecodeFailed = true; // reported here: no "missing" on top
            report(field, Kind::InvalidValue, Severity::Error, why);
            return {};
        }
        const QStringView trimmed = FieldParsers::trimmed(decoded);
        return trimmed.size() == decoded.size() ? decoded : trimmed.toString();
    }

    QString requiredText(ImportField field)
    {
        QString value = text(field);
        if (value.isEmpty() && !m_lastDecodeFailed)
            missing(field);
        return value;
    }

    std::optional<QDate> date(ImportField field, bool required)
    {
        const DateFormat format = m_options.dateFormat;
        return typed<QDate>(
            field, required, [format](QByteArrayView v) { return FieldParsers::parseDate(v, format); },
            [format](QStringView v) { return FieldParsers::parseDate(v, format); });
    }

    std::optional<QDateTime> dateTime(ImportField field, bool required)
    {
        const DateFormat format = m_options.dateFormat;
        return typed<QDateTime>(
            field, required,
            [format](QByteArrayView v) { return FieldParsers::parseDateTime(QString::fromLatin1(v), format); },
            [format](QStringView v) { return FieldParsers::parseDateTime(v, format); });
    }

    std::optional<MinorUnits> money(ImportField field, bool required)
    {
        const MoneyParser parser = MoneyParser::forDataFiles(m_options.currency);
        const auto result = [](const MoneyParseResult &r) {
            return r.ok() ? ParseResult<MinorUnits>::success(r.value->minorUnits())
                          : ParseResult<MinorUnits>::failure(r.error);
        };
        return typed<MinorUnits>(
            field, required, [&](QByteArrayView v) { return result(parser.parse(v)); },
            [&](QStringView v) { return result(parser.parse(v)); });
    }

    std::optional<int> integer(ImportField field, int minimum, int maximum, bool required)
    {
        return typed<int>(
            field, required, [=](QByteArrayView v) { return FieldParsers::parseInteger(v, minimum, maximum); },
            [=](QStringView v) { return FieldParsers::parseInteger(v, minimum, maximum); });
    }

    /// An enum given by key or Chinese label; nullopt when blank or unknown (reported).
    template<typename Enum>
    std::optional<Enum> label(ImportField field, std::optional<Enum> (*parse)(QStringView), QStringList (*words)())
    {
        const QString value = text(field);
        if (value.isEmpty())
            return std::nullopt;
        const std::optional<Enum> result = parse(value);
        if (!result)
            report(field, Kind::InvalidValue, Severity::Error,
                   tr("expected one of: %1").arg(words().join(QStringLiteral(", "))));
        return result;
    }

    void missing(ImportField field)
    {
        report(field, Kind::MissingValue, Severity::Error, tr("expected a value (this column is required)"));
    }

    void report(ImportField field, Kind kind, Severity severity, const QString &message)
    {
        const int column = m_mapping.column(field);
        const QByteArrayView bytes = m_record.field(column);
        QString value;
        m_decoder.decode(bytes.first(qMin(bytes.size(), kDisplayBytes)), value);
        ImportIssue issue;
        issue.severity = severity;
        issue.kind = kind;
        issue.fileName = m_options.fileName;
        issue.line = m_record.line();
        issue.column = column + 1;
        issue.header = m_mapping.header(column);
        issue.value = ImportIssue::displayValue(value);
        issue.message = message;
        m_issues.append(issue);
        if (severity == Severity::Error)
            m_failed = true;
    }

private:
    bool decode(ImportField field, QByteArrayView bytes, QString &out)
    {
        m_lastDecodeFailed = !m_decoder.decode(bytes, out);
        if (m_lastDecodeFailed)
            report(field, Kind::InvalidEncoding, Severity::Error, encodingError(m_decoder.encoding()));
        return !m_lastDecodeFailed;
    }

    template<typename T, typename Ascii, typename Text>
    std::optional<T> typed(ImportField field, bool required, Ascii ascii, Text text)
    {
        const int column = m_mapping.column(field);
        if (column < 0 || isBroken(column))
            return std::nullopt;
        const QByteArrayView bytes = m_record.field(column);
        ParseResult<T> result;
        if (FieldDecoder::isAscii(bytes)) {
            // The fast path: no decoding, no allocation.
            if (isBlank(bytes)) {
                if (required)
                    missing(field);
                return std::nullopt;
            }
            result = ascii(bytes);
        } else {
            QString decoded;
            if (!decode(field, bytes, decoded))
                return std::nullopt;
            if (FieldParsers::trimmed(decoded).isEmpty()) {
                if (required)
                    missing(field);
                return std::nullopt;
            }
            result = text(QStringView(decoded));
        }
        if (!result.ok()) {
            report(field, Kind::InvalidValue, Severity::Error, result.expected);
            return std::nullopt;
        }
        return result.value;
    }

    const CsvRecord &m_record;
    const ColumnMapping &m_mapping;
    FieldDecoder &m_decoder;
    const ImportOptions &m_options;
    QList<ImportIssue> &m_issues;
    bool m_failed = false;
    bool m_lastDecodeFailed = false;
};

void buildCustomer(RowContext &ctx, ParsedCustomerRow &row)
{
    using F = ImportField;
    Customer &c = row.customer;
    c.code = ctx.text(F::CustomerCode);
    c.name = ctx.text(F::Name);
    if (c.code.isEmpty() && c.name.isEmpty() && !ctx.failed() && !ctx.unreadable(F::CustomerCode)
        && !ctx.unreadable(F::Name)) {
        ctx.report(ctx.mapped(F::CustomerCode) ? F::CustomerCode : F::Name, Kind::MissingValue, Severity::Error,
                   tr("expected a customer code or a name"));
    }
    c.phone = ctx.text(F::Phone);
    if (!c.phone.isEmpty() && ContactNormalizer::phone(c.phone).isEmpty())
        ctx.report(F::Phone, Kind::InvalidValue, Severity::Warning,
                   tr("expected a phone number with at least 5 digits"));
    c.email = ctx.text(F::Email);
    if (!c.email.isEmpty() && !c.email.contains(u'@'))
        ctx.report(F::Email, Kind::InvalidValue, Severity::Warning, tr("expected an e-mail address (no '@')"));
    c.company = ctx.text(F::Company);
    c.industry = ctx.text(F::Industry);
    c.companySize = ctx.text(F::CompanySize);
    c.region = ctx.text(F::Region);
    c.channel = ctx.text(F::Channel);
    c.owner = ctx.text(F::Owner);
    if (auto v = ctx.label<LifecycleStatus>(F::Lifecycle, ImportLabels::lifecycle, ImportLabels::lifecycleWords))
        c.lifecycle = *v;
    if (auto v = ctx.label<PersonalityType>(F::Personality, ImportLabels::personality, ImportLabels::personalityWords))
        c.personality = *v;
    if (auto v = ctx.label<CustomerType>(F::CustomerType, ImportLabels::customerType, ImportLabels::customerTypeWords))
        c.type = *v;
    c.explicitNeeds = ctx.text(F::ExplicitNeeds);
    c.implicitNeeds = ctx.text(F::ImplicitNeeds);
    c.budget = ctx.money(F::Budget, false);
    c.preferences = ctx.text(F::Preferences);
    c.tags = ImportLabels::splitTags(ctx.text(F::Tags));
    c.notes = ctx.text(F::Notes);
}

void buildPurchase(RowContext &ctx, ParsedPurchaseRow &row)
{
    using F = ImportField;
    Purchase &p = row.purchase;
    row.customerCode = ctx.requiredText(F::CustomerCode);
    if (auto date = ctx.date(F::Date, true))
        p.date = *date;
    if (auto amount = ctx.money(F::Amount, true))
        p.amount = *amount;
    p.profit = ctx.money(F::Profit, false);
    if (auto quantity = ctx.integer(F::Quantity, -kMaxQuantity, kMaxQuantity, false))
        p.quantity = *quantity;
    p.channel = ctx.text(F::Channel);
    p.sourceRef = ctx.text(F::Ref);
    row.customerName = ctx.text(F::Name);
}

void buildVisit(RowContext &ctx, ParsedVisitRow &row)
{
    using F = ImportField;
    Visit &v = row.visit;
    row.customerCode = ctx.requiredText(F::CustomerCode);
    if (auto time = ctx.dateTime(F::VisitTime, true))
        v.time = *time;
    if (auto kind = ctx.label<VisitKind>(F::VisitKind, ImportLabels::visitKind, ImportLabels::visitKindWords))
        v.kind = *kind;
    v.staff = ctx.text(F::Staff);
    v.amount = ctx.money(F::Amount, false);
    v.satisfaction = ctx.integer(F::Satisfaction, 1, 5, false);
    v.note = ctx.text(F::Notes);
    v.nextFollowUp = ctx.date(F::NextFollowUp, false);
}

void buildSurvey(RowContext &ctx, ParsedSurveyRow &row)
{
    using F = ImportField;
    SurveyResponse &s = row.survey;
    row.customerCode = ctx.requiredText(F::CustomerCode);
    if (auto date = ctx.date(F::Date, true))
        s.date = *date;
    const bool failedBefore = ctx.failed();
    s.nps = ctx.integer(F::Nps, 0, 10, false);
    s.csat = ctx.integer(F::Csat, 1, 5, false);
    if (!s.nps && !s.csat && ctx.failed() == failedBefore && !ctx.unreadable(F::Nps) && !ctx.unreadable(F::Csat)) {
        ctx.report(ctx.mapped(F::Nps) ? F::Nps : F::Csat, Kind::MissingValue, Severity::Error,
                   tr("expected an NPS (0-10) or a CSAT (1-5) value"));
    }
    s.comment = ctx.text(F::Comment);
}

struct RecordKey
{
    size_t hash;
    qsizetype line;
    qsizetype begin;
    qsizetype end;
};

ImportIssue fileIssue(const ImportOptions &options, Severity severity, Kind kind, qsizetype line,
                      const QString &message)
{
    ImportIssue issue;
    issue.severity = severity;
    issue.kind = kind;
    issue.fileName = options.fileName;
    issue.line = line;
    issue.message = message;
    return issue;
}

/// Issues in file order: by line, then column; the order they were found in otherwise.
void sortIssues(QList<ImportIssue> &issues)
{
    std::stable_sort(issues.begin(), issues.end(), [](const ImportIssue &a, const ImportIssue &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
}

/// The display value of a field for an issue: decoded, at most kDisplayBytes of it.
QString displayValue(FieldDecoder &decoder, QByteArrayView field)
{
    QString value;
    decoder.decode(field.first(qMin(field.size(), kDisplayBytes)), value);
    return ImportIssue::displayValue(value);
}

/// Reports the CSV syntax errors of one record; `mapping` names the columns (null for the header).
void appendSyntaxIssues(const CsvRecord &record, const ColumnMapping *mapping, const ImportOptions &options,
                        FieldDecoder &decoder, QList<ImportIssue> &issues)
{
    for (const CsvSyntaxError &error : record.errors()) {
        ImportIssue issue;
        issue.fileName = options.fileName;
        issue.line = error.line;
        issue.column = static_cast<int>(error.field) + 1;
        issue.header = mapping ? mapping->header(static_cast<int>(error.field)) : QString();
        issue.value = displayValue(decoder, record.field(error.field));
        switch (error.kind) {
        case CsvSyntaxError::Kind::UnterminatedQuote:
            issue.kind = Kind::UnterminatedQuote;
            issue.message = tr("expected a closing quote for the quoted field that opens at character %1 "
                               "(the rest of the line was read as this field)")
                                .arg(error.column);
            break;
        case CsvSyntaxError::Kind::QuoteInUnquotedField:
            issue.kind = Kind::QuoteInUnquotedField;
            issue.message = tr("expected no quote inside an unquoted field (character %1); quote the whole "
                               "field and double inner quotes: \"a \"\"b\"\" c\"")
                                .arg(error.column);
            break;
        case CsvSyntaxError::Kind::TextAfterClosingQuote:
            issue.kind = Kind::TextAfterClosingQuote;
            issue.message = tr("expected a delimiter or the end of the line after the closing quote "
                               "(character %1)")
                                .arg(error.column);
            break;
        case CsvSyntaxError::Kind::NulByte:
            issue.kind = Kind::NulByte;
            issue.message = tr("expected text, found a NUL byte at character %1 (is this a UTF-16 file "
                               "without a byte order mark, or not a text file?)")
                                .arg(error.column);
            break;
        }
        issues.append(issue);
    }
}

/// Decodes and trims the header record's fields, reporting syntax and encoding errors.
QStringList readHeaders(const CsvRecord &record, const ImportOptions &options, FieldDecoder &decoder,
                        QList<ImportIssue> &issues)
{
    QStringList headers;
    appendSyntaxIssues(record, nullptr, options, decoder, issues);
    for (qsizetype i = 0; i < record.size(); ++i) {
        QString header;
        if (!decoder.decode(record.field(i), header)) {
            ImportIssue issue;
            issue.fileName = options.fileName;
            issue.line = record.line();
            issue.column = static_cast<int>(i) + 1;
            issue.value = ImportIssue::displayValue(header);
            issue.kind = Kind::InvalidEncoding;
            issue.message = encodingError(decoder.encoding());
            issues.append(issue);
        }
        headers.append(FieldParsers::trimmed(header).toString());
    }
    return headers;
}

/// What checking a record's number of fields found.
struct FieldCountCheck
{
    bool bad = false;    ///< the row is rejected
    bool tooFew = false; ///< so few fields that the row is not read at all
};

/// With a header every record has its number of fields (extra blank fields are fine); without
/// one, at least up to the last mapped column.
FieldCountCheck checkFieldCount(const CsvRecord &record, int columnCount, int needed, const ImportOptions &options,
                                FieldDecoder &decoder, QList<ImportIssue> &issues)
{
    const int fields = static_cast<int>(record.size());
    const int expectedFields = options.hasHeader ? columnCount : needed;
    if (fields < expectedFields) {
        ImportIssue issue;
        issue.fileName = options.fileName;
        issue.kind = Kind::TooFewFields;
        issue.line = record.line();
        issue.message = options.hasHeader
                            ? tr("expected %1 fields as in the header, found %2").arg(columnCount).arg(fields)
                            : tr("expected at least %1 fields, found %2").arg(needed).arg(fields);
        issues.append(issue);
        return {true, true};
    }
    if (!options.hasHeader || fields <= columnCount)
        return {};
    for (int i = columnCount; i < fields; ++i) {
        if (!isBlank(record.field(i))) {
            ImportIssue issue;
            issue.fileName = options.fileName;
            issue.kind = Kind::TooManyFields;
            issue.line = record.line();
            issue.column = i + 1;
            issue.value = displayValue(decoder, record.field(i));
            issue.message = tr("expected %1 fields as in the header, found %2").arg(columnCount).arg(fields);
            issues.append(issue);
            return {true, false};
        }
    }
    return {};
}

/// Warns about records identical to an earlier one (they are still imported): sorts the keys by
/// hash, then compares the bytes within each run of equal hashes.
void reportDuplicates(std::vector<RecordKey> &keys, const QByteArray &data, const ImportOptions &options,
                      QList<ImportIssue> &issues)
{
    std::sort(keys.begin(), keys.end(), [](const RecordKey &a, const RecordKey &b) {
        return a.hash != b.hash ? a.hash < b.hash : a.line < b.line;
    });
    auto bytesOf = [&data](const RecordKey &k) { return QByteArrayView(data.constData() + k.begin, k.end - k.begin); };
    for (std::size_t i = 0; i < keys.size();) {
        std::size_t j = i + 1;
        while (j < keys.size() && keys[j].hash == keys[i].hash)
            ++j;
        for (std::size_t k = i + 1; k < j; ++k) {
            for (std::size_t first = i; first < k; ++first) {
                if (bytesOf(keys[first]) == bytesOf(keys[k])) {
                    issues.append(
                        fileIssue(options, Severity::Warning, Kind::DuplicateRow, keys[k].line,
                                  tr("identical to line %1; imported as a separate row").arg(keys[first].line)));
                    break;
                }
            }
        }
        i = j;
    }
}

/// Reads the data records from `record` on (the first one, if `have`), builds a row from each
/// and rejects the bad ones; returns a key per record for the duplicate check.
template<typename Row, typename Build>
std::vector<RecordKey> readRows(CsvReader &reader, CsvRecord &record, bool have, const ColumnMapping &mapping,
                                int columnCount, const ImportOptions &options, FieldDecoder &decoder, Build build,
                                ParsedImport<Row> &result)
{
    const int needed = mapping.lastMappedColumn() + 1;
    std::vector<RecordKey> keys;
    if (have) {
        // Reserve from the first record's length: growing a list of a million rows step by
        // step touched every page several times and cost more than parsing.
        const qsizetype estimate = (reader.data().size() - reader.position()) / (record.raw().size() + 1) + 2;
        result.rows.reserve(estimate + estimate / 8);
        keys.reserve(static_cast<std::size_t>(estimate + estimate / 8));
    }
    for (; have; have = reader.readRecord(record)) {
        if (isBlankRecord(record))
            continue;
        ++result.recordCount;
        appendSyntaxIssues(record, &mapping, options, decoder, result.issues);
        const FieldCountCheck count = checkFieldCount(record, columnCount, needed, options, decoder, result.issues);
        bool bad = record.hasErrors() || count.bad;
        Row row;
        if (!count.tooFew) {
            RowContext context(record, mapping, decoder, options, result.issues);
            build(context, row);
            bad = bad || context.failed();
        }
        if (bad) {
            result.rejected.append({record.line(), record.raw().toByteArray()});
        } else {
            row.line = record.line();
            result.rows.append(std::move(row));
        }
        keys.push_back({qHash(record.raw()), record.line(), record.rawBegin(), record.rawEnd()});
    }
    return keys;
}

template<typename Row, typename Build>
ParsedImport<Row> run(const ImportOptions &options, ImportKind kind, const QByteArray &bytes, Build build)
{
    ParsedImport<Row> result;
    auto finish = [&] {
        sortIssues(result.issues);
        return std::move(result);
    };

    PreparedText text = TextEncoding::prepare(bytes, options.encoding);
    result.encoding = text.sourceEncoding;
    result.rawEncoding = text.splitEncoding;
    if (!text.warning.isEmpty())
        result.issues.append(fileIssue(options, Severity::Warning, Kind::InvalidEncoding, 0, text.warning));
    if (!text.fatalError.isEmpty()) {
        const bool unavailable = text.splitEncoding == TextEncodingKind::Gb18030;
        result.issues.append(fileIssue(options, Severity::Error,
                                       unavailable ? Kind::EncodingUnavailable : Kind::InvalidEncoding, 0,
                                       text.fatalError));
        result.usable = false;
        return finish();
    }
    FieldDecoder decoder(text.splitEncoding, text.knownValid);
    CsvReader reader(std::move(text.bytes), options.separator);
    result.separator = reader.separator();

    CsvRecord record;
    bool have = reader.readRecord(record);
    while (have && isBlankRecord(record))
        have = reader.readRecord(record);
    if (!have) {
        result.issues.append(fileIssue(options, Severity::Error, Kind::EmptyFile, 0,
                                       tr("expected a header and data rows; the file is empty")));
        result.usable = false;
        return finish();
    }

    QStringList headers;
    const int columnCount = static_cast<int>(record.size());
    if (options.hasHeader) {
        result.headerRaw = record.raw().toByteArray();
        headers = readHeaders(record, options, decoder, result.issues);
        have = reader.readRecord(record);
    }
    QList<ImportIssue> mappingIssues;
    const ColumnMapping mapping = ColumnMapping::resolve(kind, headers, columnCount, options.mapping, &mappingIssues);
    for (ImportIssue &issue : mappingIssues) {
        issue.fileName = options.fileName;
        result.issues.append(issue);
    }
    result.headers = headers;
    result.ignoredColumns = mapping.ignoredColumns();
    if (!mapping.isUsable()) {
        result.usable = false;
        return finish();
    }

    std::vector<RecordKey> keys = readRows<Row>(reader, record, have, mapping, columnCount, options, decoder, build,
                                                result);
    reportDuplicates(keys, reader.data(), options, result.issues);
    if (result.recordCount == 0) {
        result.issues.append(fileIssue(options, Severity::Warning, Kind::NoDataRows, options.hasHeader ? 1 : 0,
                                       tr("expected data rows after the header; there are none")));
    }
    return finish();
}

} // namespace

RecordParser::RecordParser(ImportOptions options) : m_options(std::move(options)) {}

ParsedCustomers RecordParser::parseCustomers(const QByteArray &fileBytes) const
{
    return run<ParsedCustomerRow>(m_options, ImportKind::Customers, fileBytes, buildCustomer);
}

ParsedPurchases RecordParser::parsePurchases(const QByteArray &fileBytes) const
{
    return run<ParsedPurchaseRow>(m_options, ImportKind::Purchases, fileBytes, buildPurchase);
}

ParsedVisits RecordParser::parseVisits(const QByteArray &fileBytes) const
{
    return run<ParsedVisitRow>(m_options, ImportKind::Visits, fileBytes, buildVisit);
}

ParsedSurveys RecordParser::parseSurveys(const QByteArray &fileBytes) const
{
    return run<ParsedSurveyRow>(m_options, ImportKind::Surveys, fileBytes, buildSurvey);
}

std::optional<QByteArray> RecordParser::readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error =
                QCoreApplication::translate("kehu::ImportIssue", "cannot open %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace kehu
