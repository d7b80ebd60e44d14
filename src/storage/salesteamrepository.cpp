#include "salesteamrepository.h"

#include "database.h"
#include "daynumber.h"
#include "sqlrows.h"

#include <QHash>
#include <QVariant>

#include <algorithm>
#include <limits>
#include <numeric>

namespace kehu {

namespace {

/// The distributors (not deleted), by id, with `index` from id to position; CSAT not known yet.
QList<SalesTeamRepository::DistributorLine> readDistributors(const QSqlDatabase &db,
                                                             QHash<CustomerId, qsizetype> &index)
{
    QList<SalesTeamRepository::DistributorLine> lines;
    visitRows(db,
              QStringLiteral("SELECT id, code, name, owner, region FROM customers "
                             "WHERE customer_type = 'distributor' AND deleted_at IS NULL ORDER BY id"),
              {}, [&](const QSqlQuery &q) {
                  SalesTeamRepository::DistributorLine line;
                  line.id = q.value(0).toLongLong();
                  line.code = q.value(1).toString();
                  line.name = q.value(2).toString();
                  line.owner = q.value(3).toString();
                  line.region = q.value(4).toString();
                  line.input.csatAverage = std::numeric_limits<double>::quiet_NaN();
                  index.insert(line.id, lines.size());
                  lines.append(line);
              });
    return lines;
}

/// Runs `sql` with `binds`, whose first column is a customer id, and calls apply(position, query)
/// for each row of a known distributor. Nothing if it fails.
template<typename Apply>
void forEachDistributorRow(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                           const QHash<CustomerId, qsizetype> &index, Apply apply)
{
    visitRows(db, sql, binds, [&](const QSqlQuery &q) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it != index.cend())
            apply(*it, q);
    });
}

} // namespace

QList<SalesTeamRepository::DistributorLine>
SalesTeamRepository::distributorScorecard(const QDate &from, const QDate &to, const QDate &previousFrom,
                                          const QDate &previousTo, const analytics::ScorecardWeights &weights) const
{
    QHash<CustomerId, qsizetype> index;
    const QSqlDatabase db = m_database.connection();
    QList<DistributorLine> lines = readDistributors(db, index);
    if (lines.isEmpty())
        return lines;

    const QVariantList period{isoDate(from), isoDate(to)};
    const QVariantList bothPeriods{isoDate(from), isoDate(to), isoDate(previousFrom), isoDate(previousTo)};
    forEachDistributorRow(db,
                          QStringLiteral("SELECT p.customer_id, "
                                         "SUM(CASE WHEN p.purchased_on BETWEEN ? AND ? THEN p.amount ELSE 0 END), "
                                         "SUM(CASE WHEN p.purchased_on BETWEEN ? AND ? THEN p.amount ELSE 0 END) "
                                         "FROM purchases p JOIN customers c ON c.id = p.customer_id "
                                         "WHERE c.customer_type = 'distributor' AND c.deleted_at IS NULL "
                                         "AND ((p.purchased_on BETWEEN ? AND ?) OR (p.purchased_on BETWEEN ? AND ?)) "
                                         "GROUP BY p.customer_id"),
                          bothPeriods + bothPeriods, index, [&](qsizetype i, const QSqlQuery &q) {
                              lines[i].input.sales = q.value(1).toLongLong();
                              lines[i].input.previousSales = q.value(2).toLongLong();
                          });
    forEachDistributorRow(
        db,
        QStringLiteral("SELECT s.customer_id, AVG(s.csat), COUNT(s.csat) FROM surveys s "
                       "JOIN customers c ON c.id = s.customer_id "
                       "WHERE c.customer_type = 'distributor' AND c.deleted_at IS NULL "
                       "AND s.csat IS NOT NULL AND s.surveyed_on BETWEEN ? AND ? GROUP BY s.customer_id"),
        period, index, [&](qsizetype i, const QSqlQuery &q) {
            lines[i].input.csatAverage = q.value(1).toDouble();
            lines[i].csatAnswers = q.value(2).toLongLong();
        });
    forEachDistributorRow(
        db,
        QStringLiteral("SELECT f.customer_id, COUNT(*), "
                       "SUM(CASE WHEN f.done_on IS NOT NULL AND f.done_on <= f.due_on THEN 1 ELSE 0 END) "
                       "FROM followups f JOIN customers c ON c.id = f.customer_id "
                       "WHERE c.customer_type = 'distributor' AND c.deleted_at IS NULL "
                       "AND f.due_on BETWEEN ? AND ? GROUP BY f.customer_id"),
        period, index, [&](qsizetype i, const QSqlQuery &q) {
            lines[i].input.followUpsDue = q.value(1).toLongLong();
            lines[i].input.followUpsOnTime = q.value(2).toLongLong();
        });

    std::vector<analytics::DistributorInput> input;
    input.reserve(size_t(lines.size()));
    for (const DistributorLine &line : std::as_const(lines))
        input.push_back(line.input);
    const std::vector<analytics::DistributorScore> scores = analytics::scoreDistributors(input, weights);
    for (qsizetype i = 0; i < lines.size(); ++i)
        lines[i].score = scores[size_t(i)];
    std::stable_sort(lines.begin(), lines.end(),
                     [](const DistributorLine &a, const DistributorLine &b) { return a.score.rank < b.score.rank; });
    return lines;
}

QList<SalesTeamRepository::OwnerActuals> SalesTeamRepository::ownerActuals(const QDate &from, const QDate &to) const
{
    QList<OwnerActuals> result;
    // Per live customer: revenue in the period and the first purchase day ever, then per owner.
    visitRows(
        m_database.connection(),
        QStringLiteral("SELECT c.owner, SUM(x.revenue), SUM(CASE WHEN x.first_on BETWEEN ? AND ? THEN 1 ELSE 0 END) "
                       "FROM (SELECT customer_id, "
                       "             SUM(CASE WHEN purchased_on BETWEEN ? AND ? THEN amount ELSE 0 END) AS revenue, "
                       "             MIN(purchased_on) AS first_on "
                       "      FROM purchases WHERE purchased_on <= ? GROUP BY customer_id) x "
                       "JOIN customers c ON c.id = x.customer_id WHERE c.deleted_at IS NULL "
                       "GROUP BY c.owner ORDER BY c.owner"),
        {isoDate(from), isoDate(to), isoDate(from), isoDate(to), isoDate(to)}, [&result](const QSqlQuery &q) {
            OwnerActuals a{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()};
            if (a.revenue != 0 || a.newCustomers != 0)
                result.append(a);
        });
    return result;
}

QStringList SalesTeamRepository::owners() const
{
    return selectRows(m_database.connection(),
                      QStringLiteral("SELECT DISTINCT owner FROM customers WHERE deleted_at IS NULL AND owner <> '' "
                                     "ORDER BY owner"),
                      {}, [](const QSqlQuery &q) { return q.value(0).toString(); });
}

} // namespace kehu
