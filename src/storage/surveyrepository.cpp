#include "surveyrepository.h"

#include "database.h"
#include "daynumber.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace kehu {

namespace {

// Surveys and visits are joined with CROSS JOIN, which in SQLite fixes the join order: the
// dated table drives (through its date index) and customers are looked up by primary key.
// Left to itself the planner walks the owner index of customers and probes surveys per
// customer, 240 ms on a million customers even with no survey at all.

/// WHERE conditions of a filter over customers `c` and the dated column `dayColumn`.
QString conditions(const DashboardFilter &filter, const QString &dayColumn, QVariantList &binds)
{
    QStringList parts{QStringLiteral("c.deleted_at IS NULL")};
    if (filter.from.isValid()) {
        parts << dayColumn + u" >= ?";
        binds << isoDate(filter.from);
    }
    if (filter.to.isValid()) {
        // Visit times carry a time of day: compare below the next day.
        parts << dayColumn + u" < ?";
        binds << isoDate(filter.to.addDays(1));
    }
    const std::pair<const char16_t *, QString> columns[] = {
        {u"c.owner", filter.owner}, {u"c.region", filter.region}, {u"c.channel", filter.channel}};
    for (const auto &[column, value] : columns) {
        if (!value.isEmpty()) {
            parts << QString::fromUtf16(column) + u" = ?";
            binds << value;
        }
    }
    return parts.join(QStringLiteral(" AND "));
}

} // namespace

QList<SurveyResponse> SurveyRepository::responses(const DashboardFilter &filter, int limit) const
{
    QList<SurveyResponse> result;
    QVariantList binds;
    const QString where = conditions(filter, QStringLiteral("s.surveyed_on"), binds);
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT s.id, s.customer_id, s.surveyed_on, s.nps, s.csat, s.comment FROM surveys s "
              u"CROSS JOIN customers c ON c.id = s.customer_id WHERE "
              + where + u" ORDER BY s.surveyed_on DESC, s.id DESC LIMIT ?");
    for (const QVariant &v : binds)
        q.addBindValue(v);
    q.addBindValue(limit);
    if (!q.exec())
        return result;
    while (q.next()) {
        SurveyResponse r;
        r.id = q.value(0).toLongLong();
        r.customerId = q.value(1).toLongLong();
        r.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        if (!q.value(3).isNull())
            r.nps = q.value(3).toInt();
        if (!q.value(4).isNull())
            r.csat = q.value(4).toInt();
        r.comment = q.value(5).toString();
        result.append(r);
    }
    return result;
}

void SurveyRepository::columns(const DashboardFilter &filter, bool visits, std::vector<int32_t> &day,
                               std::vector<int8_t> &nps, std::vector<int8_t> &csat) const
{
    QVariantList binds;
    const QString dayColumn = visits ? QStringLiteral("v.visited_at") : QStringLiteral("s.surveyed_on");
    const QString where = conditions(filter, dayColumn, binds);
    const QString sql = visits ? QString(
                            u"SELECT substr(v.visited_at, 1, 10), -1, v.satisfaction FROM visits v "
                            u"CROSS JOIN customers c ON c.id = v.customer_id WHERE v.satisfaction IS NOT NULL AND "
                            + where)
                               : QString(u"SELECT s.surveyed_on, ifnull(s.nps, -1), ifnull(s.csat, -1) FROM surveys s "
                                         u"CROSS JOIN customers c ON c.id = s.customer_id WHERE "
                                         + where);
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return;
    while (q.next()) {
        const QByteArray text = q.value(0).toString().toLatin1();
        DayNumber d = 0;
        if (!parseIsoDay(text.constData(), text.size(), &d))
            continue;
        day.push_back(d);
        nps.push_back(int8_t(q.value(1).toInt()));
        csat.push_back(int8_t(q.value(2).toInt()));
    }
}

analytics::SatisfactionTotals SurveyRepository::totals(const DashboardFilter &filter) const
{
    std::vector<int32_t> day;
    std::vector<int8_t> nps, csat;
    columns(filter, false, day, nps, csat);
    return analytics::satisfactionTotals(nps, csat);
}

analytics::SatisfactionSeries SurveyRepository::byPeriod(const DashboardFilter &filter,
                                                         analytics::CalendarPeriod period) const
{
    std::vector<int32_t> day;
    std::vector<int8_t> nps, csat;
    columns(filter, false, day, nps, csat);
    return analytics::satisfactionByPeriod(day, nps, csat, period);
}

analytics::SatisfactionSeries SurveyRepository::visitSatisfaction(const DashboardFilter &filter,
                                                                  analytics::CalendarPeriod period) const
{
    std::vector<int32_t> day;
    std::vector<int8_t> nps, csat;
    columns(filter, true, day, nps, csat);
    return analytics::satisfactionByPeriod(day, nps, csat, period);
}

} // namespace kehu
