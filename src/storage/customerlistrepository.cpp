#include "storage/customerlistrepository.h"

#include "core/contactnormalizer.h"
#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kehu {

namespace {

/// LIKE pattern matching `text` anywhere; '\' escapes the wildcards typed by the user.
QString containsPattern(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 4);
    for (const QChar ch : text) {
        if (ch == u'%' || ch == u'_' || ch == u'\\')
            escaped += u'\\';
        escaped += ch;
    }
    return u'%' + escaped + u'%';
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

QString sortExpression(CustomerSort sort)
{
    switch (sort) {
    case CustomerSort::Name: return QStringLiteral("c.name_norm");
    case CustomerSort::Code: return QStringLiteral("c.code");
    case CustomerSort::Company: return QStringLiteral("c.company");
    case CustomerSort::Owner: return QStringLiteral("c.owner");
    case CustomerSort::Clv: return QStringLiteral("ifnull(s.clv, -1)");
    }
    return QStringLiteral("c.name_norm");
}

} // namespace

QList<CustomerListRow> CustomerListRepository::page(const CustomerListQuery &query,
                                                    const std::optional<CustomerListKey> &after,
                                                    Direction direction, int limit, QString *error) const
{
    const bool haveSnapshot = query.snapshotId > 0;
    CustomerSort sort = query.sort;
    if (sort == CustomerSort::Clv && !haveSnapshot)
        sort = CustomerSort::Name;
    const QString key = sortExpression(sort);
    const bool descending = query.descending != (direction == Direction::Backward);

    QVariantList values;
    QString from;
    QStringList where{QStringLiteral("c.deleted_at IS NULL")};
    // CROSS JOIN fixes the outer loop in SQLite: the table whose index gives the order.
    if (sort == CustomerSort::Clv) {
        from = QStringLiteral("snapshot_rows s CROSS JOIN customers c ON c.id = s.customer_id");
        where << QStringLiteral("s.snapshot_id = ?");
    } else if (haveSnapshot && query.filter.usesSnapshot()) {
        from = QStringLiteral("customers c CROSS JOIN snapshot_rows s ON s.snapshot_id = ? AND s.customer_id = c.id");
    } else {
        from = QStringLiteral("customers c LEFT JOIN snapshot_rows s ON s.snapshot_id = ? AND s.customer_id = c.id");
    }
    values << query.snapshotId;

    const QString search = query.search.trimmed();
    if (!search.isEmpty()) {
        QStringList any{QStringLiteral("c.name_norm LIKE ? ESCAPE '\\'"), QStringLiteral("c.code LIKE ? ESCAPE '\\'"),
                        QStringLiteral("c.company LIKE ? ESCAPE '\\'")};
        values << containsPattern(ContactNormalizer::name(search)) << containsPattern(search)
               << containsPattern(search);
        const QString digits = digitsOf(search);
        if (digits.size() >= 3 && looksLikePhone(search)) {
            any << QStringLiteral("c.phone_norm LIKE ?");
            values << containsPattern(digits);
        }
        where << u'(' + any.join(QStringLiteral(" OR ")) + u')';
    }
    const CustomerListFilter &f = query.filter;
    const auto equals = [&](const QString &value, const QString &column) {
        if (value.isEmpty())
            return;
        where << column + QStringLiteral(" = ?");
        values << value;
    };
    if (haveSnapshot) {
        equals(f.segment, QStringLiteral("s.rfm_segment"));
        equals(f.abcClass, QStringLiteral("s.abc_class"));
        equals(f.churnFlag, QStringLiteral("s.churn_flag"));
    }
    equals(f.owner, QStringLiteral("c.owner"));
    equals(f.region, QStringLiteral("c.region"));
    equals(f.industry, QStringLiteral("c.industry"));
    if (!f.tag.isEmpty()) {
        where << QStringLiteral("instr(char(31) || c.tags || char(31), char(31) || ? || char(31)) > 0");
        values << f.tag;
    }
    if (query.onlyCustomer > 0) {
        where << QStringLiteral("c.id = ?");
        values << query.onlyCustomer;
    }
    if (after) {
        where << QStringLiteral("(%1, c.id) %2 (?, ?)").arg(key, descending ? QStringLiteral("<") : QStringLiteral(">"));
        values << after->sortValue << after->id;
    }
    const QString order = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString sql =
        u"SELECT c.id, c.code, c.name, c.phone, c.company, c.owner, c.region, c.industry, s.rfm_segment, s.abc_class, "
        u"s.clv, s.p_alive, s.churn_flag, "
        u"(SELECT max(p.purchased_on) FROM purchases p WHERE p.customer_id = c.id), "
        u"(SELECT avg(v.satisfaction) FROM visits v WHERE v.customer_id = c.id), "
        + key + u" FROM " + from + u" WHERE " + where.join(QStringLiteral(" AND ")) + u" ORDER BY " + key + order
        + u", c.id" + order + u" LIMIT ?";
    values << limit;

    QList<CustomerListRow> rows;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        if (error)
            *error = q.lastError().text();
        return rows;
    }
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return rows;
    }
    rows.reserve(limit);
    while (q.next()) {
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
        if (!q.value(10).isNull())
            r.clv = q.value(10).toLongLong();
        if (!q.value(11).isNull())
            r.pAlive = q.value(11).toDouble();
        r.churnFlag = q.value(12).toString();
        r.lastPurchase = QDate::fromString(q.value(13).toString(), Qt::ISODate);
        if (!q.value(14).isNull())
            r.satisfaction = q.value(14).toDouble();
        r.key = CustomerListKey{q.value(15), r.id};
        rows.append(std::move(r));
    }
    return rows;
}

QStringList CustomerListRepository::distinctValues(const QString &column) const
{
    QStringList values;
    static const QStringList allowed{QStringLiteral("owner"), QStringLiteral("region"), QStringLiteral("industry")};
    if (!allowed.contains(column))
        return values;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT DISTINCT %1 FROM customers WHERE %1 <> '' ORDER BY %1").arg(column))) {
        while (q.next())
            values << q.value(0).toString();
    }
    return values;
}

qint64 CustomerListRepository::latestSnapshotId() const
{
    QSqlQuery q(m_database.connection());
    if (q.exec(QStringLiteral("SELECT id FROM snapshots ORDER BY id DESC LIMIT 1")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace kehu
