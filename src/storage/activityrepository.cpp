#include "activityrepository.h"

#include "activityrows.h"
#include "database.h"
#include "enumkeys.h"
#include "sqlrows.h"

#include <QSqlQuery>
#include <QVariant>

namespace kehu {

namespace {

Purchase readPurchase(const QSqlQuery &q, int first)
{
    Purchase p;
    p.id = q.value(first).toLongLong();
    p.customerId = q.value(first + 1).toLongLong();
    p.date = dateOf(q.value(first + 2));
    p.amount = q.value(first + 3).toLongLong();
    p.profit = optionalMoney(q.value(first + 4));
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
    return selectRows(m_database.connection(),
                      u"SELECT " + kPurchaseColumns
                          + u" FROM purchases p WHERE p.customer_id = ? ORDER BY p.purchased_on, p.id",
                      {customer}, [](const QSqlQuery &q) { return readPurchase(q, 0); });
}

QList<Visit> ActivityRepository::visitsOf(CustomerId customer) const
{
    return selectRows(m_database.connection(),
                      QStringLiteral("SELECT id, visited_at, kind, staff, amount, satisfaction, note, next_followup "
                                     "FROM visits WHERE customer_id = ? ORDER BY visited_at, id"),
                      {customer}, [customer](const QSqlQuery &q) {
                          Visit v;
                          v.id = q.value(0).toLongLong();
                          v.customerId = customer;
                          v.time = dateTimeOf(q.value(1));
                          v.kind = visitKindFromKey(q.value(2).toString()).value_or(VisitKind::Store);
                          v.staff = q.value(3).toString();
                          v.amount = optionalMoney(q.value(4));
                          v.satisfaction = optionalInt(q.value(5));
                          v.note = q.value(6).toString();
                          v.nextFollowUp = optionalDate(q.value(7));
                          return v;
                      });
}

QList<SurveyResponse> ActivityRepository::surveysOf(CustomerId customer) const
{
    return selectRows(m_database.connection(),
                      u"SELECT " + kSurveyColumns
                          + u" FROM surveys s WHERE s.customer_id = ? ORDER BY s.surveyed_on, s.id",
                      {customer}, readSurveyResponse);
}

bool ActivityRepository::forEachPurchase(const std::function<bool(const QString &, const Purchase &)> &visit) const
{
    return visitRows(m_database.connection(),
                     u"SELECT c.code, " + kPurchaseColumns
                         + u" FROM purchases p JOIN customers c ON c.id = p.customer_id WHERE c.deleted_at IS NULL "
                           u"ORDER BY c.code, p.purchased_on, p.id",
                     {}, [&visit](const QSqlQuery &q) { return visit(q.value(0).toString(), readPurchase(q, 1)); });
}

bool ActivityRepository::hasHistory(CustomerId customer) const
{
    return selectOne(m_database.connection(),
                     QStringLiteral("SELECT EXISTS (SELECT 1 FROM purchases WHERE customer_id = ?) "
                                    "OR EXISTS (SELECT 1 FROM visits WHERE customer_id = ?) "
                                    "OR EXISTS (SELECT 1 FROM surveys WHERE customer_id = ?)"),
                     {customer, customer, customer}, [](const QSqlQuery &q) { return q.value(0).toBool(); })
        .value_or(true);
}

} // namespace kehu
