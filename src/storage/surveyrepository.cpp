#include "surveyrepository.h"

#include "activityrows.h"
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
    QVariantList binds;
    const QString where = conditions(filter, QStringLiteral("s.surveyed_on"), binds);
    binds << limit;
    return selectRows(m_database.connection(),
                      u"SELECT " + kSurveyColumns + u" FROM surveys s " + m_database.dialect().orderedJoin()
                          + u" customers c ON c.id = s.customer_id WHERE " + where
                          + u" ORDER BY s.surveyed_on DESC, s.id DESC LIMIT ?",
                      binds, readSurveyResponse);
}

SurveyRepository::Columns SurveyRepository::columns(const DashboardFilter &filter, bool visits) const
{
    QVariantList binds;
    const QString dayColumn = visits ? QStringLiteral("v.visited_at") : QStringLiteral("s.surveyed_on");
    const QString where = conditions(filter, dayColumn, binds);
    const QString join = m_database.dialect().orderedJoin();
    const QString sql = visits
                            ? QString(u"SELECT substr(v.visited_at, 1, 10), -1, v.satisfaction FROM visits v " + join
                                      + u" customers c ON c.id = v.customer_id WHERE v.satisfaction IS NOT NULL AND "
                                      + where)
                            : QString(u"SELECT s.surveyed_on, coalesce(s.nps, -1), coalesce(s.csat, -1) FROM surveys s "
                                      + join + u" customers c ON c.id = s.customer_id WHERE " + where);
    Columns answers;
    visitRows(m_database.connection(), sql, binds, [&answers](const QSqlQuery &q) {
        const QByteArray text = q.value(0).toString().toLatin1();
        DayNumber d = 0;
        if (!parseIsoDay(text.constData(), text.size(), &d))
            return;
        answers.day.push_back(d);
        answers.nps.push_back(int8_t(q.value(1).toInt()));
        answers.csat.push_back(int8_t(q.value(2).toInt()));
    });
    return answers;
}

analytics::SatisfactionTotals SurveyRepository::totals(const DashboardFilter &filter) const
{
    const Columns answers = columns(filter, false);
    return analytics::satisfactionTotals(answers.nps, answers.csat);
}

analytics::SatisfactionSeries SurveyRepository::byPeriod(const DashboardFilter &filter,
                                                         analytics::CalendarPeriod period) const
{
    const Columns answers = columns(filter, false);
    return analytics::satisfactionByPeriod(answers.day, answers.nps, answers.csat, period);
}

analytics::SatisfactionSeries SurveyRepository::visitSatisfaction(const DashboardFilter &filter,
                                                                  analytics::CalendarPeriod period) const
{
    const Columns answers = columns(filter, true);
    return analytics::satisfactionByPeriod(answers.day, answers.nps, answers.csat, period);
}

} // namespace kehu
