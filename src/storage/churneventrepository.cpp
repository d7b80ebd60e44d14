#include "churneventrepository.h"

#include "database.h"
#include "daynumber.h"
#include "enumkeys.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace kehu {

qint64 ChurnEventRepository::add(const ChurnEvent &event, QString *error)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO churn_events (customer_id, flagged_on, reason, note, outcome, outcome_on) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(event.customerId);
    q.addBindValue(isoDate(event.flaggedOn));
    q.addBindValue(QString(toKey(event.reason)));
    q.addBindValue(event.note.isNull() ? QStringLiteral("") : event.note);
    q.addBindValue(QString(toKey(event.outcome)));
    q.addBindValue(event.outcomeOn ? QVariant(isoDate(*event.outcomeOn)) : QVariant(QMetaType::fromType<QString>()));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool ChurnEventRepository::setOutcome(qint64 eventId, ChurnOutcome outcome, QDate on, QString *error)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE churn_events SET outcome = ?, outcome_on = ? WHERE id = ?"));
    q.addBindValue(QString(toKey(outcome)));
    q.addBindValue(outcome == ChurnOutcome::Open ? QVariant(QMetaType::fromType<QString>()) : QVariant(isoDate(on)));
    q.addBindValue(eventId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return q.numRowsAffected() == 1;
}

QList<ChurnEvent> ChurnEventRepository::forCustomer(CustomerId customer) const
{
    QList<ChurnEvent> events;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id, flagged_on, reason, note, outcome, outcome_on FROM churn_events "
                             "WHERE customer_id = ? ORDER BY flagged_on DESC, id DESC"));
    q.addBindValue(customer);
    if (!q.exec())
        return events;
    while (q.next()) {
        ChurnEvent e;
        e.id = q.value(0).toLongLong();
        e.customerId = customer;
        e.flaggedOn = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        e.reason = churnReasonFromKey(q.value(2).toString()).value_or(ChurnReason::Other);
        e.note = q.value(3).toString();
        e.outcome = churnOutcomeFromKey(q.value(4).toString()).value_or(ChurnOutcome::Open);
        if (!q.value(5).isNull())
            e.outcomeOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        events.append(e);
    }
    return events;
}

} // namespace kehu
