#include "columnmapping.h"

#include <QCoreApplication>
#include <QHash>

#include <array>

namespace kehu {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kehu::ImportIssue", text);
}

struct FieldNames
{
    ImportField field;
    const char *key;
    const char *synonyms; // '|' separated, UTF-8
};

// The first synonym of each field is its key. Headers are compared normalised, so
// "Customer ID", "customer_id" and "CustomerId" are the same.
constexpr std::array<FieldNames, 32> kNames{{
    {ImportField::CustomerCode, "customer_code",
     "customer_code|code|customer|customer_id|customer no|client|client_id|member|member_id|"
     "客户编号|客户代码|客户|客户号|客户id|会员号|会员编号|编号"},
    {ImportField::Name, "name", "name|customer name|client name|full name|姓名|客户名称|客户姓名|名称|名字"},
    {ImportField::Phone, "phone",
     "phone|mobile|tel|telephone|phone number|cell|电话|手机|手机号|手机号码|联系电话|电话号码"},
    {ImportField::Email, "email", "email|e-mail|mail|email address|邮箱|电子邮件|电子邮箱|邮件"},
    {ImportField::Company, "company", "company|organisation|organization|employer|公司|单位|公司名称|企业"},
    {ImportField::Industry, "industry", "industry|sector|行业|所属行业"},
    {ImportField::CompanySize, "company_size", "company_size|size|employees|公司规模|规模|企业规模"},
    {ImportField::Region, "region", "region|area|province|city|地区|区域|省份|城市|所在地"},
    {ImportField::Channel, "channel", "channel|source|acquisition channel|渠道|来源|客户来源|销售渠道"},
    {ImportField::Owner, "owner", "owner|sales rep|salesperson|account manager|负责人|销售|业务员|客户经理"},
    {ImportField::Lifecycle, "lifecycle", "lifecycle|status|stage|lifecycle status|状态|生命周期|客户状态"},
    {ImportField::Personality, "personality", "personality|personality type|social style|性格|性格类型"},
    {ImportField::CustomerType, "type", "type|customer type|客户类型|类型"},
    {ImportField::ExplicitNeeds, "explicit_needs", "explicit_needs|explicit needs|needs|显性需求|需求"},
    {ImportField::ImplicitNeeds, "implicit_needs", "implicit_needs|implicit needs|隐性需求"},
    {ImportField::Budget, "budget", "budget|预算"},
    {ImportField::Preferences, "preferences", "preferences|preference|偏好|喜好"},
    {ImportField::Tags, "tags", "tags|tag|labels|标签"},
    {ImportField::Notes, "notes", "notes|note|remarks|remark|memo|备注|说明|记录|内容"},
    {ImportField::Date, "date", "date|order date|purchase date|survey date|日期|下单日期|购买日期|订单日期|调查日期"},
    {ImportField::Amount, "amount", "amount|revenue|sales|total|金额|销售额|消费金额|订单金额|总额|总金额"},
    {ImportField::Profit, "profit", "profit|margin|gross profit|利润|毛利|毛利润"},
    {ImportField::Quantity, "quantity", "quantity|qty|count|units|数量|件数"},
    {ImportField::Ref, "ref", "ref|reference|order|order id|order no|order number|订单号|单号|订单编号"},
    {ImportField::VisitTime, "time",
     "time|visit time|datetime|date|visit date|时间|来访时间|拜访时间|日期|来访日期|拜访日期"},
    {ImportField::VisitKind, "kind", "kind|visit kind|type|visit type|类型|方式|来访方式|拜访方式"},
    {ImportField::Staff, "staff", "staff|employee|served by|员工|接待|接待人|接待员工"},
    {ImportField::Satisfaction, "satisfaction", "satisfaction|rating|满意度|评分"},
    {ImportField::NextFollowUp, "next_follow_up",
     "next_follow_up|next follow-up|follow up|follow-up|下次回访|回访日期|回访"},
    {ImportField::Nps, "nps", "nps|nps score|recommend|推荐度|推荐值|推荐意愿"},
    {ImportField::Csat, "csat", "csat|csat score|satisfaction|satisfaction score|满意度评分|满意度"},
    {ImportField::Comment, "comment", "comment|comments|feedback|remarks|评论|意见|留言|反馈|备注"},
}};

const FieldNames &namesOf(ImportField field)
{
    return kNames[static_cast<std::size_t>(field)];
}

QStringList splitSynonyms(const char *list)
{
    return QString::fromUtf8(list).split(u'|');
}

// Normalised synonym → field, per field (built once).
const std::vector<QStringList> &normalizedSynonyms()
{
    static const std::vector<QStringList> table = [] {
        std::vector<QStringList> result;
        for (const FieldNames &names : kNames) {
            QStringList normalized;
            for (const QString &s : splitSynonyms(names.synonyms))
                normalized.append(ColumnMapping::normalizedHeader(s));
            result.push_back(normalized);
        }
        return result;
    }();
    return table;
}

bool isAllDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

const std::vector<ImportFieldSpec> &ColumnMapping::fieldsFor(ImportKind kind)
{
    using F = ImportField;
    static const std::vector<ImportFieldSpec> customers{
        {F::CustomerCode, false}, {F::Name, false},          {F::Phone, false},         {F::Email, false},
        {F::Company, false},      {F::Industry, false},      {F::CompanySize, false},   {F::Region, false},
        {F::Channel, false},      {F::Owner, false},         {F::Lifecycle, false},     {F::Personality, false},
        {F::CustomerType, false}, {F::ExplicitNeeds, false}, {F::ImplicitNeeds, false}, {F::Budget, false},
        {F::Preferences, false},  {F::Tags, false},          {F::Notes, false}};
    static const std::vector<ImportFieldSpec> purchases{
        {F::CustomerCode, true}, {F::Date, true},     {F::Amount, true}, {F::Profit, false},
        {F::Quantity, false},    {F::Channel, false}, {F::Ref, false},   {F::Name, false}};
    static const std::vector<ImportFieldSpec> visits{
        {F::CustomerCode, true}, {F::VisitTime, true},     {F::VisitKind, false}, {F::Staff, false},
        {F::Amount, false},      {F::Satisfaction, false}, {F::Notes, false},     {F::NextFollowUp, false}};
    static const std::vector<ImportFieldSpec> surveys{
        {F::CustomerCode, true}, {F::Date, true}, {F::Nps, false}, {F::Csat, false}, {F::Comment, false}};
    switch (kind) {
    case ImportKind::Customers: return customers;
    case ImportKind::Purchases: return purchases;
    case ImportKind::Visits: return visits;
    case ImportKind::Surveys: return surveys;
    }
    return purchases;
}

QLatin1StringView ColumnMapping::key(ImportField field)
{
    return QLatin1StringView(namesOf(field).key);
}

QStringList ColumnMapping::synonyms(ImportField field)
{
    return splitSynonyms(namesOf(field).synonyms);
}

QString ColumnMapping::normalizedHeader(QStringView header)
{
    QStringView h = header.trimmed();
    // A trailing unit in parentheses says nothing about which field it is: "金额（元）".
    if (h.endsWith(u')') || h.endsWith(QChar(0xFF09))) {
        qsizetype open = h.lastIndexOf(u'(');
        if (open < 0)
            open = h.lastIndexOf(QChar(0xFF08));
        if (open > 0)
            h = h.first(open);
    }
    QString result;
    result.reserve(h.size());
    for (QChar c : h) {
        if (c.isSpace() || c == u'_' || c == u'-' || c == u'.' || c == u'*' || c == QChar(0xFEFF))
            continue;
        result.append(c);
    }
    return result.toCaseFolded();
}

std::optional<ImportField> ColumnMapping::fieldFromName(QStringView name, ImportKind kind)
{
    const QString normalized = normalizedHeader(name);
    if (normalized.isEmpty())
        return std::nullopt;
    const auto &table = normalizedSynonyms();
    for (const ImportFieldSpec &spec : fieldsFor(kind)) {
        if (table[static_cast<std::size_t>(spec.field)].contains(normalized))
            return spec.field;
    }
    return std::nullopt;
}

std::optional<QList<MappingOverride>> ColumnMapping::parseOverrides(QStringView spec, QString *error)
{
    QList<MappingOverride> result;
    for (QStringView item : spec.tokenize(u',')) {
        for (QStringView part : item.tokenize(u';')) {
            part = part.trimmed();
            if (part.isEmpty())
                continue;
            const qsizetype eq = part.indexOf(u'=');
            if (eq <= 0) {
                if (error)
                    *error = tr("expected column=field in the mapping, found \"%1\"").arg(part);
                return std::nullopt;
            }
            result.append({part.first(eq).trimmed().toString(), part.sliced(eq + 1).trimmed().toString()});
        }
    }
    return result;
}

QString ColumnMapping::header(int column) const
{
    if (column >= 0 && column < m_headers.size() && !m_headers[column].isEmpty())
        return m_headers[column];
    return tr("column %1").arg(column + 1);
}

int ColumnMapping::lastMappedColumn() const
{
    int last = -1;
    for (int c : m_columnOf)
        last = qMax(last, c);
    return last;
}

namespace {

/// Reports the mapping's issues, all on the header line (1; 0 without a header row).
class MappingReporter
{
public:
    MappingReporter(const ColumnMapping &mapping, bool headerRow, QList<ImportIssue> *issues)
        : m_mapping(mapping), m_line(headerRow ? 1 : 0), m_issues(issues)
    {}

    /// `column` is 0-based, -1 for an issue that concerns no column.
    void operator()(ImportIssue::Severity severity, ImportIssue::Kind kind, int column, const QString &value,
                    const QString &message) const
    {
        if (!m_issues)
            return;
        ImportIssue issue;
        issue.severity = severity;
        issue.kind = kind;
        issue.line = m_line;
        issue.column = column + 1;
        if (column >= 0)
            issue.header = m_mapping.header(column);
        issue.value = ImportIssue::displayValue(value);
        issue.message = message;
        m_issues->append(issue);
    }

private:
    const ColumnMapping &m_mapping;
    int m_line;
    QList<ImportIssue> *m_issues;
};

QString fieldKeys(ImportKind kind)
{
    QStringList keys;
    for (const ImportFieldSpec &spec : ColumnMapping::fieldsFor(kind))
        keys.append(ColumnMapping::key(spec.field));
    return keys.join(QStringLiteral(", "));
}

/// The 0-based column an explicit mapping names: a column number from 1, or a header (as
/// typed, case-insensitive, then normalised). nullopt, with *problem set, when there is none.
std::optional<int> mappedColumn(const QString &name, const QStringList &headers, QString *problem)
{
    const int count = static_cast<int>(headers.size());
    if (isAllDigits(name)) {
        const int column = name.toInt() - 1;
        if (column >= 0 && column < count)
            return column;
        *problem = tr("expected a column number from 1 to %1 in the mapping").arg(count);
        return std::nullopt;
    }
    for (int c = 0; c < count; ++c) {
        if (headers[c].compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return c;
    }
    const QString wanted = ColumnMapping::normalizedHeader(name);
    for (int c = 0; c < count; ++c) {
        if (ColumnMapping::normalizedHeader(headers[c]) == wanted)
            return c;
    }
    *problem =
        tr("expected the name of a column in the mapping; the file has: %1").arg(headers.join(QStringLiteral(", ")));
    return std::nullopt;
}

/// Step 3 of resolve: reports each required field (or pair of alternatives) that has no
/// column; false if any is missing.
/// `found` lists the headers for the message.
bool checkRequiredColumns(const ColumnMapping &mapping, ImportKind kind, const QString &found,
                          const MappingReporter &report)
{
    bool usable = true;
    auto missing = [&](const QString &what, const QStringList &accepted) {
        report(ImportIssue::Severity::Error, ImportIssue::Kind::MissingColumn, -1, QString(),
               tr("expected a column for %1; headers found: %2; accepted names: %3")
                   .arg(what, found, accepted.join(QStringLiteral(", "))));
        usable = false;
    };
    for (const ImportFieldSpec &spec : ColumnMapping::fieldsFor(kind)) {
        if (spec.required && !mapping.has(spec.field))
            missing(ColumnMapping::key(spec.field), ColumnMapping::synonyms(spec.field));
    }
    if (kind == ImportKind::Customers && !mapping.has(ImportField::CustomerCode) && !mapping.has(ImportField::Name))
        missing(QStringLiteral("customer_code or name"),
                ColumnMapping::synonyms(ImportField::CustomerCode) + ColumnMapping::synonyms(ImportField::Name));
    if (kind == ImportKind::Surveys && !mapping.has(ImportField::Nps) && !mapping.has(ImportField::Csat))
        missing(QStringLiteral("nps or csat"),
                ColumnMapping::synonyms(ImportField::Nps) + ColumnMapping::synonyms(ImportField::Csat));
    return usable;
}

} // namespace

ColumnMapping ColumnMapping::resolve(ImportKind kind, const QStringList &headers, int columnCount,
                                     const QList<MappingOverride> &overrides, QList<ImportIssue> *issues)
{
    ColumnMapping mapping;
    mapping.m_kind = kind;
    const int count = qMax(columnCount, static_cast<int>(headers.size()));
    for (int c = 0; c < count; ++c)
        mapping.m_headers.append(c < headers.size() ? headers[c].trimmed() : QString());

    const MappingReporter report(mapping, !headers.isEmpty(), issues);
    bool usable = true;
    std::vector<bool> decided(static_cast<std::size_t>(count), false);
    std::vector<std::optional<ImportField>> fieldOfColumn(static_cast<std::size_t>(count));

    // 1. Explicit mapping.
    for (const MappingOverride &item : overrides) {
        QString problem;
        const std::optional<int> mapped = mappedColumn(item.column, mapping.m_headers, &problem);
        if (!mapped) {
            report(ImportIssue::Severity::Error, ImportIssue::Kind::BadMapping, -1, item.column, problem);
            usable = false;
            continue;
        }
        const int column = *mapped;
        const QString fieldName = item.field.trimmed();
        if (fieldName.isEmpty() || fieldName == u"-" || fieldName.compare(u"ignore", Qt::CaseInsensitive) == 0) {
            decided[static_cast<std::size_t>(column)] = true;
            continue;
        }
        const std::optional<ImportField> field = fieldFromName(fieldName, kind);
        if (!field) {
            report(ImportIssue::Severity::Error, ImportIssue::Kind::BadMapping, column, fieldName,
                   tr("expected one of these fields in the mapping: %1").arg(fieldKeys(kind)));
            usable = false;
            continue;
        }
        const auto slot = static_cast<std::size_t>(*field);
        if (mapping.m_columnOf[slot] >= 0) {
            report(ImportIssue::Severity::Error, ImportIssue::Kind::BadMapping, column, fieldName,
                   tr("expected each field once in the mapping; %1 is already mapped to %2")
                       .arg(key(*field), mapping.header(mapping.m_columnOf[slot])));
            usable = false;
            continue;
        }
        mapping.m_columnOf[slot] = column;
        decided[static_cast<std::size_t>(column)] = true;
        fieldOfColumn[static_cast<std::size_t>(column)] = field;
    }

    // 2. Detection from headers, for the columns the mapping did not name.
    for (int c = 0; c < static_cast<int>(headers.size()); ++c) {
        if (decided[static_cast<std::size_t>(c)])
            continue;
        const std::optional<ImportField> field = fieldFromName(mapping.m_headers[c], kind);
        if (!field)
            continue;
        const auto slot = static_cast<std::size_t>(*field);
        if (mapping.m_columnOf[slot] >= 0) {
            report(ImportIssue::Severity::Warning, ImportIssue::Kind::DuplicateColumn, c, mapping.m_headers[c],
                   tr("expected one column for %1; using %2 and ignoring this one")
                       .arg(key(*field), mapping.header(mapping.m_columnOf[slot])));
            continue;
        }
        mapping.m_columnOf[slot] = c;
        fieldOfColumn[static_cast<std::size_t>(c)] = field;
    }

    for (int c = 0; c < count; ++c) {
        if (!fieldOfColumn[static_cast<std::size_t>(c)])
            mapping.m_ignored.append(mapping.header(c));
    }

    // 3. Required fields.
    const QString found = headers.isEmpty() ? tr("(no header row)") : mapping.m_headers.join(QStringLiteral(", "));
    if (!checkRequiredColumns(mapping, kind, found, report))
        usable = false;
    mapping.m_usable = usable;
    return mapping;
}

} // namespace kehu
