#include "churneventrepository.h"

#include "database.h"
#include "daynumber.h"
#include "enumkeys.h"
#include "sqlrows.h"

#include <QSqlQuery>
#include <QVariant>

namespace kehu {

qint64 ChurnEventRepository::add(const ChurnEvent &event, QString *error)
{
    QSqlQuery q(m_database.connection());
    if (!execQuery(q,
                   QStringLiteral("INSERT INTO churn_events (customer_id, flagged_on, reason, note, outcome, "
                                  "outcome_on) VALUES (?, ?, ?, ?, ?, ?)"),
                   {event.customerId, isoDate(event.flaggedOn), QString(toKey(event.reason)), notNullText(event.note),
                    QString(toKey(event.outcome)), optionalDateValue(event.outcomeOn)},
                   error))
        return 0;
    return q.lastInsertId().toLongLong();
}

bool ChurnEventRepository::setOutcome(qint64 eventId, ChurnOutcome outcome, QDate on, QString *error)
{
    QSqlQuery q(m_database.connection());
    if (!execQuery(q, QStringLiteral("UPDATE churn_events SET outcome = ?, outcome_on = ? WHERE id = ?"),
                   {QString(toKey(outcome)),
                    optionalDateValue(outcome == ChurnOutcome::Open ? std::nullopt : std::optional<QDate>(on)),
                    eventId},
                   error))
        return false;
    return q.numRowsAffected() == 1;
}

QList<ChurnEvent> ChurnEventRepository::forCustomer(CustomerId customer) const
{
    return selectRows(m_database.connection(),
                      QStringLiteral("SELECT id, flagged_on, reason, note, outcome, outcome_on FROM churn_events "
                                     "WHERE customer_id = ? ORDER BY flagged_on DESC, id DESC"),
                      {customer}, [customer](const QSqlQuery &q) {
                          ChurnEvent e;
                          e.id = q.value(0).toLongLong();
                          e.customerId = customer;
                          e.flaggedOn = dateOf(q.value(1));
                          e.reason = churnReasonFromKey(q.value(2).toString()).value_or(ChurnReason::Other);
                          e.note = q.value(3).toString();
                          e.outcome = churnOutcomeFromKey(q.value(4).toString()).value_or(ChurnOutcome::Open);
                          e.outcomeOn = optionalDate(q.value(5));
                          return e;
                      });
}

std::optional<CustomerId> ChurnEventRepository::customerOf(qint64 eventId) const
{
    return selectOne(m_database.connection(), QStringLiteral("SELECT customer_id FROM churn_events WHERE id = ?"),
                     {eventId}, [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
}

} // namespace kehu
