#include "followuprepository.h"

#include "activitywriter.h"
#include "bulkinserter.h"
#include "database.h"
#include "daynumber.h"
#include "sqlrows.h"
#include "transaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace kehu {

namespace {

constexpr QLatin1StringView kColumns("f.id, f.customer_id, f.due_on, f.done_on, f.assignee, f.reason");

FollowUp readFollowUp(const QSqlQuery &q)
{
    FollowUp f;
    f.id = q.value(0).toLongLong();
    f.customerId = q.value(1).toLongLong();
    f.dueOn = dateOf(q.value(2));
    f.doneOn = optionalDate(q.value(3));
    f.assignee = q.value(4).toString();
    f.reason = q.value(5).toString();
    return f;
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

/// Commits `transaction`; false with `error` set when that failed.
bool commit(Transaction &transaction, QString *error)
{
    if (transaction.commit())
        return true;
    setError(error, QStringLiteral("follow-ups: commit failed"));
    return false;
}

const QString kInsert = QStringLiteral(
    "INSERT INTO followups (customer_id, due_on, done_on, assignee, reason) VALUES (?, ?, ?, ?, ?)");

void bindFollowUp(BulkInserter &ins, const FollowUp &f)
{
    ins.bindInt(0, f.customerId);
    ins.bindText(1, isoDate(f.dueOn));
    ins.bindDate(2, f.doneOn);
    ins.bindText(3, f.assignee);
    ins.bindText(4, f.reason);
}

} // namespace

qint64 FollowUpRepository::add(const FollowUp &followUp, QString *error)
{
    BulkInserter ins(m_database, kInsert);
    if (!ins.isValid()) {
        setError(error, ins.errorText());
        return 0;
    }
    bindFollowUp(ins, followUp);
    if (ins.step() != BulkInserter::Step::Inserted) {
        setError(error, ins.errorText());
        return 0;
    }
    return ins.lastInsertId();
}

qint64 FollowUpRepository::addAll(const QList<FollowUp> &followUps, QString *error)
{
    Transaction transaction(m_database.connection());
    BulkInserter ins(m_database, kInsert);
    if (!ins.isValid()) {
        setError(error, ins.errorText());
        return -1;
    }
    for (const FollowUp &f : followUps) {
        bindFollowUp(ins, f);
        if (ins.step() != BulkInserter::Step::Inserted) {
            setError(error, ins.errorText());
            return -1;
        }
    }
    if (!commit(transaction, error))
        return -1;
    return followUps.size();
}

bool FollowUpRepository::insertAll(const QList<FollowUp> &followUps, QList<qint64> *ids, QString *error)
{
    Transaction transaction(m_database.connection());
    QList<qint64> written;
    for (const FollowUp &f : followUps) {
        // A follow-up written again (redo) keeps its id; a new one gets the next. An explicit
        // NULL id is not "the next" on PostgreSQL, so the column is left out instead.
        QSqlQuery q(m_database.connection());
        QVariantList values{f.customerId, isoDate(f.dueOn), optionalDateValue(f.doneOn), notNullText(f.assignee),
                            notNullText(f.reason)};
        QString columns = QStringLiteral("customer_id, due_on, done_on, assignee, reason");
        if (f.id > 0) {
            columns.prepend(u"id, ");
            values.prepend(f.id);
        }
        const QString placeholders = QStringLiteral("?, ").repeated(values.size() - 1) + u'?';
        if (!execQuery(q, QStringLiteral("INSERT INTO followups (%1) VALUES (%2)").arg(columns, placeholders), values,
                       error))
            return false;
        written << (f.id > 0 ? f.id : q.lastInsertId().toLongLong());
    }
    if (!commit(transaction, error))
        return false;
    if (ids)
        *ids = written;
    return true;
}

bool FollowUpRepository::removeAll(const QList<qint64> &ids, QString *error)
{
    Transaction transaction(m_database.connection());
    for (const qint64 id : ids) {
        QSqlQuery q(m_database.connection());
        if (!execQuery(q, QStringLiteral("DELETE FROM followups WHERE id = ?"), {id}, error))
            return false;
    }
    return commit(transaction, error);
}

std::optional<QList<std::pair<qint64, QString>>>
FollowUpRepository::openAssigned(const QList<CustomerId> &customers, const QStringList &assignees, QString *error) const
{
    QList<std::pair<qint64, QString>> rows;
    if (customers.isEmpty() || assignees.isEmpty())
        return rows;
    const SqlDialect dialect = m_database.dialect();
    const bool read = visitRows(
        m_database.connection(),
        u"SELECT id, assignee FROM followups WHERE done_on IS NULL AND "
            + dialect.inTextList(QStringLiteral("assignee")) + u" AND "
            + dialect.inIdList(QStringLiteral("customer_id")) + u" ORDER BY id",
        {SqlDialect::textListValue(assignees), dialect.idListValue(customers)},
        [&rows](const QSqlQuery &q) {
            rows.append({q.value(0).toLongLong(), q.value(1).toString()});
        },
        error);
    if (!read)
        return std::nullopt;
    return rows;
}

bool FollowUpRepository::assign(const QList<qint64> &ids, const QString &assignee, QString *error)
{
    if (ids.isEmpty())
        return true;
    const SqlDialect dialect = m_database.dialect();
    QSqlQuery q(m_database.connection());
    return execQuery(q, u"UPDATE followups SET assignee = ? WHERE " + dialect.inIdList(QStringLiteral("id")),
                     {assignee, dialect.idListValue(ids)}, error);
}

bool FollowUpRepository::reschedule(qint64 id, QDate dueOn, QString *error)
{
    QSqlQuery q(m_database.connection());
    if (!execQuery(q, QStringLiteral("UPDATE followups SET due_on = ? WHERE id = ? AND done_on IS NULL"),
                   {isoDate(dueOn), id}, error))
        return false;
    if (q.numRowsAffected() != 1) {
        setError(error, QStringLiteral("no open follow-up %1").arg(id));
        return false;
    }
    return true;
}

bool FollowUpRepository::reopen(qint64 id, qint64 visitId, QString *error)
{
    Transaction transaction(m_database.connection());
    QSqlQuery q(m_database.connection());
    if (!execQuery(q, QStringLiteral("UPDATE followups SET done_on = NULL WHERE id = ?"), {id})
        || q.numRowsAffected() != 1) {
        setError(error, QStringLiteral("no follow-up %1").arg(id));
        return false;
    }
    if (visitId > 0) {
        QSqlQuery v(m_database.connection());
        if (!execQuery(v, QStringLiteral("DELETE FROM visits WHERE id = ?"), {visitId}, error))
            return false;
    }
    return commit(transaction, error);
}

std::optional<FollowUp> FollowUpRepository::find(qint64 id) const
{
    return selectOne(m_database.connection(), u"SELECT " + kColumns + u" FROM followups f WHERE f.id = ?", {id},
                     readFollowUp);
}

QList<FollowUpRepository::Row> FollowUpRepository::open(const Query &query, QString *error) const
{
    const QDate today = query.today.isValid() ? query.today : QDate::currentDate();
    // Who does it: the assignee, or else the customer's owner (spelled out again in WHERE,
    // where PostgreSQL does not see the SELECT's names).
    const QString who = QStringLiteral("CASE WHEN f.assignee <> '' THEN f.assignee ELSE c.owner END");
    QString sql = u"SELECT " + kColumns + u", c.code, c.name, " + who
                  + u" FROM followups f JOIN customers c ON c.id = f.customer_id "
                    u"WHERE f.done_on IS NULL AND c.deleted_at IS NULL";
    QVariantList binds;
    if (query.onlyOverdue) {
        sql += u" AND f.due_on < ?";
        binds << isoDate(today);
    }
    if (query.dueBy) {
        sql += u" AND f.due_on <= ?";
        binds << isoDate(*query.dueBy);
    }
    if (!query.owner.isEmpty()) {
        sql += u" AND " + who + u" = ?";
        binds << query.owner;
    }
    if (query.reach) {
        const SqlDialect dialect = m_database.dialect();
        sql += u" AND " + dialect.inTextList(QStringLiteral("c.owner"));
        binds << SqlDialect::textListValue(*query.reach);
    }
    sql += u" ORDER BY f.due_on, f.id LIMIT ?";
    binds << query.limit;
    return selectRows(
        m_database.connection(), sql, binds,
        [today](const QSqlQuery &q) {
            Row row;
            row.followUp = readFollowUp(q);
            row.code = q.value(6).toString();
            row.name = q.value(7).toString();
            row.owner = q.value(8).toString();
            row.daysOverdue = std::max<qint64>(0, row.followUp.dueOn.daysTo(today));
            return row;
        },
        error);
}

QList<FollowUpRepository::OwnerCounts> FollowUpRepository::countsByOwner(QDate today) const
{
    const QString day = isoDate(today.isValid() ? today : QDate::currentDate());
    return selectRows(m_database.connection(),
                      QStringLiteral("SELECT CASE WHEN f.assignee <> '' THEN f.assignee ELSE c.owner END AS who, "
                                     "count(*) FILTER (WHERE f.due_on < ?), count(*) FILTER (WHERE f.due_on = ?), "
                                     "count(*) FILTER (WHERE f.due_on > ?) "
                                     "FROM followups f JOIN customers c ON c.id = f.customer_id "
                                     "WHERE f.done_on IS NULL AND c.deleted_at IS NULL GROUP BY who ORDER BY who"),
                      {day, day, day}, [](const QSqlQuery &q) {
                          return OwnerCounts{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                                             q.value(3).toLongLong()};
                      });
}

bool FollowUpRepository::planningRows(QList<PlanningRow> *rows, QString *error) const
{
    // The current snapshot's id as a value, not a subquery: on a server the planner then reads
    // that snapshot's partition of snapshot_rows alone instead of planning for all of them.
    QString failure;
    const std::optional<qint64> current = selectOne(
        m_database.connection(), QStringLiteral("SELECT id FROM current_snapshot"), {},
        [](const QSqlQuery &q) { return q.value(0).toLongLong(); }, &failure);
    if (!current) {
        if (error)
            *error = failure;
        return failure.isEmpty(); // no snapshot yet: no rows
    }
    return visitRows(
        m_database.connection(),
        QStringLiteral("SELECT s.customer_id, coalesce(s.rfm_segment, ''), c.owner, "
                       "(SELECT max(substr(v.visited_at, 1, 10)) FROM visits v WHERE v.customer_id = s.customer_id), "
                       "(SELECT max(f.done_on) FROM followups f WHERE f.customer_id = s.customer_id), "
                       "EXISTS (SELECT 1 FROM followups f WHERE f.customer_id = s.customer_id AND f.done_on IS NULL), "
                       "coalesce(s.clv, s.revenue) "
                       "FROM snapshot_rows s JOIN customers c ON c.id = s.customer_id "
                       "WHERE s.snapshot_id = ? AND c.deleted_at IS NULL ORDER BY s.customer_id"),
        {*current},
        [rows](const QSqlQuery &q) {
            PlanningRow row;
            row.customerId = q.value(0).toLongLong();
            row.segment = q.value(1).toString();
            row.owner = q.value(2).toString();
            for (int column : {3, 4}) {
                const QDate day = dateOf(q.value(column));
                if (day.isValid() && (!row.lastContact.isValid() || day > row.lastContact))
                    row.lastContact = day;
            }
            row.hasOpen = q.value(5).toBool();
            row.value = q.value(6).toLongLong();
            rows->append(row);
        },
        error);
}

QSet<CustomerId> FollowUpRepository::customersWithOpen() const
{
    QSet<CustomerId> ids;
    visitRows(m_database.connection(),
              QStringLiteral("SELECT DISTINCT customer_id FROM followups WHERE done_on IS NULL"), {},
              [&ids](const QSqlQuery &q) { ids.insert(q.value(0).toLongLong()); });
    return ids;
}

bool FollowUpRepository::openLoadFrom(QDate from, QList<DayLoad> *load, QString *error) const
{
    return visitRows(
        m_database.connection(),
        QStringLiteral("SELECT CASE WHEN f.assignee <> '' THEN f.assignee ELSE c.owner END AS who, f.due_on, count(*) "
                       "FROM followups f JOIN customers c ON c.id = f.customer_id "
                       "WHERE f.done_on IS NULL AND c.deleted_at IS NULL AND f.due_on >= ? GROUP BY who, f.due_on"),
        {isoDate(from)},
        [load](const QSqlQuery &q) {
            const QDate day = dateOf(q.value(1));
            if (day.isValid())
                load->append({q.value(0).toString(), day, q.value(2).toInt()});
        },
        error);
}

QList<FollowUp> FollowUpRepository::dueBetween(QDate from, QDate to) const
{
    // The effective assignee replaces an empty one, so callers can group by owner directly.
    return selectRows(m_database.connection(),
                      QStringLiteral("SELECT f.id, f.customer_id, f.due_on, f.done_on, "
                                     "CASE WHEN f.assignee <> '' THEN f.assignee ELSE c.owner END, f.reason "
                                     "FROM followups f JOIN customers c ON c.id = f.customer_id "
                                     "WHERE f.due_on BETWEEN ? AND ? ORDER BY f.due_on, f.id"),
                      {isoDate(from), isoDate(to)}, readFollowUp);
}

bool FollowUpRepository::markDone(qint64 id, Visit visit, QString *error, qint64 *visitId)
{
    Transaction transaction(m_database.connection());
    const auto followUp = find(id);
    if (!followUp) {
        setError(error, QStringLiteral("no follow-up %1").arg(id));
        return false;
    }
    if (followUp->doneOn) {
        setError(error, QStringLiteral("follow-up %1 is already done").arg(id));
        return false;
    }
    if (!visit.time.isValid())
        visit.time = QDateTime::currentDateTime();
    visit.customerId = followUp->customerId;
    if (visit.note.isEmpty())
        visit.note = followUp->reason;
    QSqlQuery q(m_database.connection());
    if (!execQuery(q, QStringLiteral("UPDATE followups SET done_on = ? WHERE id = ? AND done_on IS NULL"),
                   {isoDate(visit.time.date()), id}, error))
        return false;
    if (q.numRowsAffected() != 1) {
        setError(error, QStringLiteral("follow-up %1 is already done").arg(id));
        return false;
    }
    ActivityWriter writer(m_database);
    if (writer.addVisit(visit) != ActivityWriter::Result::Inserted) {
        setError(error, writer.errorText());
        return false;
    }
    if (visitId)
        *visitId = writer.lastInsertId();
    return commit(transaction, error);
}

} // namespace kehu
