#include "salesteamrepository.h"

#include "database.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <limits>
#include <numeric>

namespace kehu {

namespace {

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

/// The distributors (not deleted), by id, with `index` from id to position; CSAT not known yet.
QList<SalesTeamRepository::DistributorLine> readDistributors(const QSqlDatabase &db,
                                                             QHash<CustomerId, qsizetype> &index)
{
    QList<SalesTeamRepository::DistributorLine> lines;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, code, name, owner, region FROM customers "
                               "WHERE customer_type = 'distributor' AND deleted_at IS NULL ORDER BY id")))
        return lines;
    while (q.next()) {
        SalesTeamRepository::DistributorLine line;
        line.id = q.value(0).toLongLong();
        line.code = q.value(1).toString();
        line.name = q.value(2).toString();
        line.owner = q.value(3).toString();
        line.region = q.value(4).toString();
        line.input.csatAverage = std::numeric_limits<double>::quiet_NaN();
        index.insert(line.id, lines.size());
        lines.append(line);
    }
    return lines;
}

/// Runs the prepared `query`, whose first column is a customer id, and calls apply(position)
/// for each row of a known distributor (the query stays on that row). Nothing if it fails.
template<typename Apply>
void forEachDistributorRow(QSqlQuery &query, const QHash<CustomerId, qsizetype> &index, Apply apply)
{
    if (!query.exec())
        return;
    while (query.next()) {
        const auto it = index.constFind(query.value(0).toLongLong());
        if (it != index.cend())
            apply(*it);
    }
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

    QSqlQuery p(db);
    p.setForwardOnly(true);
    p.prepare(
        QStringLiteral("SELECT p.customer_id, "
                       "SUM(CASE WHEN p.purchased_on BETWEEN :from AND :to THEN p.amount ELSE 0 END), "
                       "SUM(CASE WHEN p.purchased_on BETWEEN :pfrom AND :pto THEN p.amount ELSE 0 END) "
                       "FROM purchases p JOIN customers c ON c.id = p.customer_id "
                       "WHERE c.customer_type = 'distributor' AND c.deleted_at IS NULL "
                       "AND ((p.purchased_on BETWEEN :from2 AND :to2) OR (p.purchased_on BETWEEN :pfrom2 AND :pto2)) "
                       "GROUP BY p.customer_id"));
    p.bindValue(QStringLiteral(":from"), iso(from));
    p.bindValue(QStringLiteral(":to"), iso(to));
    p.bindValue(QStringLiteral(":pfrom"), iso(previousFrom));
    p.bindValue(QStringLiteral(":pto"), iso(previousTo));
    p.bindValue(QStringLiteral(":from2"), iso(from));
    p.bindValue(QStringLiteral(":to2"), iso(to));
    p.bindValue(QStringLiteral(":pfrom2"), iso(previousFrom));
    p.bindValue(QStringLiteral(":pto2"), iso(previousTo));
    forEachDistributorRow(p, index, [&](qsizetype i) {
        lines[i].input.sales = p.value(1).toLongLong();
        lines[i].input.previousSales = p.value(2).toLongLong();
    });

    QSqlQuery s(db);
    s.setForwardOnly(true);
    s.prepare(QStringLiteral("SELECT s.customer_id, AVG(s.csat), COUNT(s.csat) FROM surveys s "
                             "JOIN customers c ON c.id = s.customer_id "
                             "WHERE c.customer_type = 'distributor' AND c.deleted_at IS NULL "
                             "AND s.csat IS NOT NULL AND s.surveyed_on BETWEEN ? AND ? GROUP BY s.customer_id"));
    s.addBindValue(iso(from));
    s.addBindValue(iso(to));
    forEachDistributorRow(s, index, [&](qsizetype i) {
        lines[i].input.csatAverage = s.value(1).toDouble();
        lines[i].csatAnswers = s.value(2).toLongLong();
    });

    QSqlQuery f(db);
    f.setForwardOnly(true);
    f.prepare(QStringLiteral("SELECT f.customer_id, COUNT(*), "
                             "SUM(CASE WHEN f.done_on IS NOT NULL AND f.done_on <= f.due_on THEN 1 ELSE 0 END) "
                             "FROM followups f JOIN customers c ON c.id = f.customer_id "
                             "WHERE c.customer_type = 'distributor' AND c.deleted_at IS NULL "
                             "AND f.due_on BETWEEN ? AND ? GROUP BY f.customer_id"));
    f.addBindValue(iso(from));
    f.addBindValue(iso(to));
    forEachDistributorRow(f, index, [&](qsizetype i) {
        lines[i].input.followUpsDue = f.value(1).toLongLong();
        lines[i].input.followUpsOnTime = f.value(2).toLongLong();
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
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    // Per live customer: revenue in the period and the first purchase day ever, then per owner.
    q.prepare(
        QStringLiteral("SELECT c.owner, SUM(x.revenue), SUM(CASE WHEN x.first_on BETWEEN ? AND ? THEN 1 ELSE 0 END) "
                       "FROM (SELECT customer_id, "
                       "             SUM(CASE WHEN purchased_on BETWEEN ? AND ? THEN amount ELSE 0 END) AS revenue, "
                       "             MIN(purchased_on) AS first_on "
                       "      FROM purchases WHERE purchased_on <= ? GROUP BY customer_id) x "
                       "JOIN customers c ON c.id = x.customer_id WHERE c.deleted_at IS NULL "
                       "GROUP BY c.owner ORDER BY c.owner"));
    q.addBindValue(iso(from));
    q.addBindValue(iso(to));
    q.addBindValue(iso(from));
    q.addBindValue(iso(to));
    q.addBindValue(iso(to));
    if (q.exec()) {
        while (q.next()) {
            OwnerActuals a{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()};
            if (a.revenue != 0 || a.newCustomers != 0)
                result.append(a);
        }
    }
    return result;
}

QStringList SalesTeamRepository::owners() const
{
    QStringList result;
    QSqlQuery q(m_database.connection());
    if (q.exec(QStringLiteral(
            "SELECT DISTINCT owner FROM customers WHERE deleted_at IS NULL AND owner <> '' ORDER BY owner"))) {
        while (q.next())
            result << q.value(0).toString();
    }
    return result;
}

} // namespace kehu
