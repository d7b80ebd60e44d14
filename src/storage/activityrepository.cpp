#include "activityrepository.h"

#include "database.h"
#include "enumkeys.h"

#include <QSqlQuery>
#include <QVariant>

namespace kehu {

namespace {

Purchase readPurchase(const QSqlQuery &q, int first)
{
    Purchase p;
    p.id = q.value(first).toLongLong();
    p.customerId = q.value(first + 1).toLongLong();
    p.date = QDate::fromString(q.value(first + 2).toString(), Qt::ISODate);
    p.amount = q.value(first + 3).toLongLong();
    if (!q.value(first + 4).isNull())
        p.profit = q.value(first + 4).toLongLong();
    p.quantity = q.value(first + 5).toInt();
    p.channel = q.value(first + 6).toString();
    p.sourceRef = q.value(first + 7).toString();
    return p;
}

constexpr QLatin1StringView
    kPurchaseColumns("p.id, p.customer_id, p.purchased_on, p.amount, p.profit, p.quantity, p.channel, p.source_ref");

} // namespace

QList<Purchase> ActivityRepository::purchasesOf(CustomerId customer) const
{
    QList<Purchase> purchases;
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT " + kPurchaseColumns
              + u" FROM purchases p WHERE p.customer_id = ? ORDER BY p.purchased_on, p.id");
    q.addBindValue(customer);
    if (q.exec()) {
        while (q.next())
            purchases.append(readPurchase(q, 0));
    }
    return purchases;
}

QList<Visit> ActivityRepository::visitsOf(CustomerId customer) const
{
    QList<Visit> visits;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id, visited_at, kind, staff, amount, satisfaction, note, next_followup "
                             "FROM visits WHERE customer_id = ? ORDER BY visited_at, id"));
    q.addBindValue(customer);
    if (!q.exec())
        return visits;
    while (q.next()) {
        Visit v;
        v.id = q.value(0).toLongLong();
        v.customerId = customer;
        v.time = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
        v.kind = visitKindFromKey(q.value(2).toString()).value_or(VisitKind::Store);
        v.staff = q.value(3).toString();
        if (!q.value(4).isNull())
            v.amount = q.value(4).toLongLong();
        if (!q.value(5).isNull())
            v.satisfaction = q.value(5).toInt();
        v.note = q.value(6).toString();
        if (!q.value(7).isNull())
            v.nextFollowUp = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        visits.append(v);
    }
    return visits;
}

QList<SurveyResponse> ActivityRepository::surveysOf(CustomerId customer) const
{
    QList<SurveyResponse> surveys;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id, surveyed_on, nps, csat, comment FROM surveys WHERE customer_id = ? "
                             "ORDER BY surveyed_on, id"));
    q.addBindValue(customer);
    if (!q.exec())
        return surveys;
    while (q.next()) {
        SurveyResponse s;
        s.id = q.value(0).toLongLong();
        s.customerId = customer;
        s.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        if (!q.value(2).isNull())
            s.nps = q.value(2).toInt();
        if (!q.value(3).isNull())
            s.csat = q.value(3).toInt();
        s.comment = q.value(4).toString();
        surveys.append(s);
    }
    return surveys;
}

bool ActivityRepository::forEachPurchase(const std::function<bool(const QString &, const Purchase &)> &visit) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT c.code, " + kPurchaseColumns
                + u" FROM purchases p JOIN customers c ON c.id = p.customer_id WHERE c.deleted_at IS NULL "
                  u"ORDER BY c.code, p.purchased_on, p.id"))
        return false;
    while (q.next()) {
        if (!visit(q.value(0).toString(), readPurchase(q, 1)))
            break;
    }
    return true;
}

} // namespace kehu
