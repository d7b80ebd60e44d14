#include "customerlistrepository.h"

#include "contactnormalizer.h"
#include "database.h"
#include "sqlrows.h"

namespace kehu {

namespace {

/// Matches at most this many customers: the search is sparse, so its ids drive the query and
/// are sorted (20k ids: ~50 ms). Beyond it the list index drives and the ids only filter:
/// dense matches fill a page after a short walk in list order (1M customers, 2 cores).
constexpr int kSparseMatches = 20000;

/// An FTS5 phrase: the text quoted, inner quotes doubled, so nothing in it is query syntax.
QString phrase(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar ch : text) {
        if (ch.isDigit())
            digits += ch;
    }
    return digits;
}

bool looksLikePhone(const QString &text)
{
    for (const QChar ch : text) {
        if (!ch.isDigit() && ch != u' ' && ch != u'-' && ch != u'+' && ch != u'(' && ch != u')')
            return false;
    }
    return true;
}

/// Text that looks like a customer code or a number ("C00012", "x-777", "1380"): ASCII letters,
/// digits and - _ . / with at least one digit.
bool looksLikeCode(const QString &text)
{
    bool digit = false;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
        const bool number = c >= u'0' && c <= u'9';
        if (!letter && !number && c != u'-' && c != u'_' && c != u'.' && c != u'/')
            return false;
        digit = digit || number;
    }
    return digit;
}

/// Lower-case ASCII letters only (apostrophes, as in "xi'an", dropped): text that may be pinyin.
QString pinyinOf(const QString &normalisedName)
{
    QString letters;
    for (const QChar ch : normalisedName) {
        const char16_t c = ch.unicode();
        if (c >= u'a' && c <= u'z')
            letters += ch;
        else if (c != u'\'')
            return {};
    }
    return letters;
}

/// The ids a search matches, as a UNION of parts, each a SELECT of ids with its bound values.
/// No parts: the text cannot match anything (only spaces or punctuation).
struct SearchPlan
{
    QStringList parts;
    QVariantList values;

    bool isEmpty() const { return parts.isEmpty(); }
    QString ids() const { return parts.join(QStringLiteral(" UNION ")); }
    void match(const QString &table, const QString &expression)
    {
        parts << QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ?").arg(table);
        values << expression;
    }
    /// Codes starting with `prefix` (ASCII), by a range on the unique index of code.
    void codePrefix(const QString &prefix)
    {
        QString end = prefix;
        end.back() = QChar(end.back().unicode() + 1);
        parts << QStringLiteral("SELECT id FROM customers WHERE code >= ? AND code < ?");
        values << prefix << end;
    }
    /// Customers whose `condition` (one placeholder) holds for `value`.
    void where(const QString &condition, const QString &value)
    {
        parts << u"SELECT id FROM customers WHERE " + condition;
        values << value;
    }
};

/// `text` as a LIKE pattern that matches it literally (escape character: backslash).
QString likeLiteral(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'%', QStringLiteral("\\%"));
    escaped.replace(u'_', QStringLiteral("\\_"));
    return escaped;
}

/// Which indexes answer `search` (schema v4 and v7):
/// - text of 2 characters or more that looks like a code or a number: codes starting with it (as typed or in capitals)
///   through the code index, and phone numbers containing its digits. Not the trigram index:
///   "C00012" is made of trigrams such as "c00" and "000" that nearly every code has, and
///   reading their lists took 1.25 s on a million customers;
/// - 3 characters or more: the trigram index (any part of the name, code, company);
/// - 1 or 2 characters: name pairs in customer_grams;
/// - and whatever is only letters may be pinyin: pinyin terms starting with it (customer_grams).
SearchPlan searchPlan(const QString &search)
{
    SearchPlan plan;
    const QString name = ContactNormalizer::name(search);
    const QString pinyin = pinyinOf(name);
    const qsizetype length = name.toUcs4().size();
    if (search.size() >= 2 && looksLikeCode(search)) {
        plan.codePrefix(search);
        if (search.toUpper() != search)
            plan.codePrefix(search.toUpper());
        const QString digits = digitsOf(search);
        if (digits.size() >= 3 && looksLikePhone(search))
            plan.match(QStringLiteral("customer_search"), u"phone_norm : " + phrase(digits));
        return plan;
    }
    if (length >= 3) {
        // Trigram phrases match any substring of one column; the name is compared in its
        // normalised form (no spaces, case folded), code and company as typed.
        QString match = u"name_norm : " + phrase(name) + u" OR {code company} : " + phrase(search);
        const QString digits = digitsOf(search);
        if (digits.size() >= 3 && looksLikePhone(search))
            match += u" OR phone_norm : " + phrase(digits);
        plan.match(QStringLiteral("customer_search"), match);
        if (!pinyin.isEmpty())
            plan.match(QStringLiteral("customer_grams"), u"name_pinyin : " + phrase(pinyin) + u'*');
        return plan;
    }
    bool searchable = false;
    for (const QChar ch : name)
        searchable = searchable || ch.isLetterOrNumber();
    if (!searchable)
        return plan;
    // Names only: a pair is one token of search_grams, a single character a prefix of one.
    QString match = u"search_grams : " + (length == 2 ? phrase(name) : phrase(name) + u'*');
    if (!pinyin.isEmpty())
        match += u" OR name_pinyin : " + phrase(pinyin) + u'*';
    plan.match(QStringLiteral("customer_grams"), match);
    return plan;
}

/// The same search on PostgreSQL, where pg_trgm's GIN indexes answer LIKE '%text%' on each
/// column (texts of 3 characters or more; shorter ones are checked row by row).
SearchPlan searchPlanPostgres(const QString &search)
{
    SearchPlan plan;
    const QString name = ContactNormalizer::name(search);
    const QString pinyin = pinyinOf(name);
    const QString digits = digitsOf(search);
    const bool phone = digits.size() >= 3 && looksLikePhone(search);
    const auto containing = [](const QString &text) { return QString(u'%' + likeLiteral(text) + u'%'); };
    const QString like = QStringLiteral(" LIKE ? ESCAPE '\\'");
    const QString ilike = QStringLiteral(" ILIKE ? ESCAPE '\\'");
    if (search.size() >= 2 && looksLikeCode(search)) {
        plan.where(u"code" + like, likeLiteral(search) + u'%');
        if (search.toUpper() != search)
            plan.where(u"code" + like, likeLiteral(search.toUpper()) + u'%');
        if (phone)
            plan.where(u"phone_norm" + like, containing(digits));
        return plan;
    }
    bool searchable = false;
    for (const QChar ch : name)
        searchable = searchable || ch.isLetterOrNumber();
    if (!searchable)
        return plan;
    plan.where(u"name_norm" + like, containing(name));
    if (name.toUcs4().size() >= 3) {
        plan.where(u"code" + ilike, containing(search));
        plan.where(u"company" + ilike, containing(search));
        if (phone)
            plan.where(u"phone_norm" + like, containing(digits));
    }
    // Pinyin terms starting with the letters: the trigram index finds the terms containing
    // them, the second pattern keeps those where they begin a term.
    if (!pinyin.isEmpty()) {
        plan.parts << QStringLiteral("SELECT id FROM customers WHERE name_pinyin LIKE ? AND ' ' || name_pinyin LIKE ?");
        plan.values << containing(pinyin) << QString(u"% " + pinyin + u'%');
    }
    return plan;
}

QString sortExpression(CustomerSort sort, const SqlDialect &dialect)
{
    switch (sort) {
    case CustomerSort::Name: return QStringLiteral("c.name_norm");
    case CustomerSort::Code: return QStringLiteral("c.code");
    case CustomerSort::Company: return QStringLiteral("c.company");
    case CustomerSort::Owner: return QStringLiteral("c.owner");
    case CustomerSort::Clv: return dialect.nullAs(QStringLiteral("s.clv"), QStringLiteral("-1"));
    }
    return QStringLiteral("c.name_norm");
}

/// Whether `plan` matches fewer than kSparseMatches customers (~2 ms to count); nullopt on error.
std::optional<bool> isSparse(const QSqlDatabase &connection, const SearchPlan &plan, QString *error)
{
    return selectOne(
        connection, QStringLiteral("SELECT count(*) FROM (%1 LIMIT %2) AS matches").arg(plan.ids()).arg(kSparseMatches),
        plan.values, [](const QSqlQuery &q) { return q.value(0).toInt() < kSparseMatches; }, error);
}

/// The FROM and WHERE of a page query, with the values bound to its placeholders in order.
struct PageConditions
{
    QString from;
    QStringList where{QStringLiteral("c.deleted_at IS NULL")};
    QVariantList values;

    void add(const QString &condition, const QVariant &value)
    {
        where << condition;
        values << value;
    }
};

/// The filter chips: columns equal to a value, a tag, a list of ids.
void addFilter(const CustomerListFilter &f, bool haveSnapshot, const SqlDialect &dialect, PageConditions &c)
{
    const auto equals = [&c](const QString &value, const QString &column) {
        if (!value.isEmpty())
            c.add(column + QStringLiteral(" = ?"), value);
    };
    if (haveSnapshot) {
        equals(f.segment, QStringLiteral("s.rfm_segment"));
        equals(f.abcClass, QStringLiteral("s.abc_class"));
        equals(f.churnFlag, QStringLiteral("s.churn_flag"));
    }
    equals(f.owner, QStringLiteral("c.owner"));
    equals(f.region, QStringLiteral("c.region"));
    equals(f.industry, QStringLiteral("c.industry"));
    if (!f.tag.isEmpty())
        c.add(dialect.listHasItem(QStringLiteral("c.tags"), QStringLiteral("?")), f.tag);
    if (!f.ids.isEmpty())
        c.add(dialect.inIdList(QStringLiteral("c.id")), dialect.idListValue(f.ids));
    if (f.reach)
        c.add(dialect.inTextList(QStringLiteral("c.owner")), SqlDialect::textListValue(*f.reach));
}

/// One row of the page query's result (columns as in CustomerListRepository::page's SELECT).
CustomerListRow readRow(const QSqlQuery &q)
{
    CustomerListRow r;
    r.id = q.value(0).toLongLong();
    r.code = q.value(1).toString();
    r.name = q.value(2).toString();
    r.phone = q.value(3).toString();
    r.company = q.value(4).toString();
    r.owner = q.value(5).toString();
    r.region = q.value(6).toString();
    r.industry = q.value(7).toString();
    r.segment = q.value(8).toString();
    r.abcClass = q.value(9).toString();
    r.clv = optionalMoney(q.value(10));
    r.pAlive = optionalDouble(q.value(11));
    r.churnFlag = q.value(12).toString();
    r.lastPurchase = dateOf(q.value(13));
    r.satisfaction = optionalDouble(q.value(14));
    r.key = CustomerListKey{q.value(15), r.id};
    return r;
}

} // namespace

QList<CustomerListRow> CustomerListRepository::page(const CustomerListQuery &query,
                                                    const std::optional<CustomerListKey> &after, Direction direction,
                                                    int limit, QString *error) const
{
    const bool haveSnapshot = query.snapshotId > 0;
    CustomerSort sort = query.sort;
    if (sort == CustomerSort::Clv && !haveSnapshot)
        sort = CustomerSort::Name;
    const SqlDialect dialect = m_database.dialect();
    const QString key = sortExpression(sort, dialect);
    const bool descending = query.descending != (direction == Direction::Backward);

    // A sparse search (few matches) reads its ids from the FTS index, joins them and sorts
    // them; otherwise the sort's index leads and the ids only filter (the '+' keeps SQLite
    // from looking rows up by id). Counting up to kSparseMatches tells which: ~2 ms.
    const QString search = query.search.trimmed();
    const SearchPlan plan = search.isEmpty()       ? SearchPlan{}
                            : dialect.isPostgres() ? searchPlanPostgres(search)
                                                   : searchPlan(search);
    if (!search.isEmpty() && plan.isEmpty())
        return {};
    bool sparse = false;
    if (!plan.isEmpty()) {
        const std::optional<bool> probed = isSparse(m_database.connection(), plan, error);
        if (!probed)
            return {};
        sparse = *probed;
    }

    PageConditions c;
    // CROSS JOIN fixes the outer loop in SQLite: the table whose index gives the order.
    const QString innerJoin = dialect.orderedJoin();
    if (sort == CustomerSort::Clv && !sparse) {
        c.from = QStringLiteral("snapshot_rows s %1 customers c ON c.id = s.customer_id").arg(innerJoin);
        c.where << QStringLiteral("s.snapshot_id = ?");
    } else if (sort == CustomerSort::Clv || (haveSnapshot && query.filter.usesSnapshot())) {
        c.from = QStringLiteral("customers c %1 snapshot_rows s ON s.snapshot_id = ? AND s.customer_id = c.id")
                     .arg(innerJoin);
    } else {
        c.from = QStringLiteral("customers c LEFT JOIN snapshot_rows s ON s.snapshot_id = ? AND s.customer_id = c.id");
    }
    c.values << query.snapshotId;

    if (!plan.isEmpty()) {
        c.where << QStringLiteral("%1c.id IN (%2)").arg(sparse ? QString() : QStringLiteral("+"), plan.ids());
        c.values << plan.values;
    }
    addFilter(query.filter, haveSnapshot, dialect, c);
    if (query.onlyCustomer > 0)
        c.add(QStringLiteral("c.id = ?"), query.onlyCustomer);
    if (after) {
        c.where
            << QStringLiteral("(%1, c.id) %2 (?, ?)").arg(key, descending ? QStringLiteral("<") : QStringLiteral(">"));
        c.values << after->sortValue << after->id;
    }
    const QString order = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString sql =
        u"SELECT c.id, c.code, c.name, c.phone, c.company, c.owner, c.region, c.industry, s.rfm_segment, s.abc_class, "
        u"s.clv, s.p_alive, s.churn_flag, "
        u"(SELECT max(p.purchased_on) FROM purchases p WHERE p.customer_id = c.id), "
        u"(SELECT avg(v.satisfaction) FROM visits v WHERE v.customer_id = c.id), "
        + key + u" FROM " + c.from + u" WHERE " + c.where.join(QStringLiteral(" AND ")) + u" ORDER BY " + key + order
        + u", c.id" + order + u" LIMIT ?";
    c.values << limit;

    QList<CustomerListRow> rows;
    rows.reserve(limit);
    visitRows(
        m_database.connection(), sql, c.values, [&rows](const QSqlQuery &q) { rows.append(readRow(q)); }, error);
    return rows;
}

QList<OwnedCustomer> CustomerListRepository::matching(const CustomerListQuery &query, QString *error) const
{
    const SqlDialect dialect = m_database.dialect();
    const QString search = query.search.trimmed();
    const SearchPlan plan = search.isEmpty()       ? SearchPlan{}
                            : dialect.isPostgres() ? searchPlanPostgres(search)
                                                   : searchPlan(search);
    if (!search.isEmpty() && plan.isEmpty())
        return {};
    const bool haveSnapshot = query.snapshotId > 0;
    if (query.filter.usesSnapshot() && !haveSnapshot) {
        // A page shows scores only where there are some; here a dropped condition would match
        // (and move) every customer.
        if (error)
            *error = QStringLiteral("segment, ABC class and churn conditions need a classification");
        return {};
    }
    PageConditions c;
    c.from = haveSnapshot && query.filter.usesSnapshot()
                 ? QStringLiteral("customers c JOIN snapshot_rows s ON s.snapshot_id = ? AND s.customer_id = c.id")
                 : QStringLiteral("customers c");
    if (haveSnapshot && query.filter.usesSnapshot())
        c.values << query.snapshotId;
    if (!plan.isEmpty()) {
        c.where << QStringLiteral("c.id IN (%1)").arg(plan.ids());
        c.values << plan.values;
    }
    addFilter(query.filter, haveSnapshot && query.filter.usesSnapshot(), dialect, c);
    QList<OwnedCustomer> rows;
    const bool read = visitRows(
        m_database.connection(),
        u"SELECT c.id, c.owner FROM " + c.from + u" WHERE " + c.where.join(QStringLiteral(" AND ")) + u" ORDER BY c.id",
        c.values,
        [&rows](const QSqlQuery &q) {
            rows.append({q.value(0).toLongLong(), q.value(1).toString()});
        },
        error);
    return read ? rows : QList<OwnedCustomer>{};
}

QStringList CustomerListRepository::distinctValues(const QString &column) const
{
    static const QStringList allowed{QStringLiteral("owner"), QStringLiteral("region"), QStringLiteral("industry")};
    if (!allowed.contains(column))
        return {};
    // A loose index scan: one seek per distinct value instead of reading all 1M index entries
    // as SELECT DISTINCT does (3 x 70 ms at every open before).
    return selectRows(m_database.connection(),
                      QStringLiteral("WITH RECURSIVE v(x) AS (SELECT min(%1) FROM customers WHERE %1 > '' "
                                     "UNION ALL SELECT (SELECT min(%1) FROM customers WHERE %1 > v.x) FROM v "
                                     "WHERE v.x IS NOT NULL) SELECT x FROM v WHERE x IS NOT NULL")
                          .arg(column),
                      {}, [](const QSqlQuery &q) { return q.value(0).toString(); });
}

qint64 CustomerListRepository::currentSnapshotId() const
{
    return selectOne(m_database.connection(), QStringLiteral("SELECT id FROM current_snapshot"), {},
                     [](const QSqlQuery &q) { return q.value(0).toLongLong(); })
        .value_or(0);
}

} // namespace kehu
