#include "followuprepository.h"

#include "activitywriter.h"
#include "bulkinserter.h"
#include "database.h"
#include "daynumber.h"
#include "transaction.h"

#include <QSqlError>
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
    f.dueOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    if (!q.value(3).isNull())
        f.doneOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    f.assignee = q.value(4).toString();
    f.reason = q.value(5).toString();
    return f;
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

const QString kInsert = QStringLiteral(
    "INSERT INTO followups (customer_id, due_on, done_on, assignee, reason) VALUES (?, ?, ?, ?, ?)");

void bindFollowUp(BulkInserter &ins, const FollowUp &f)
{
    ins.bindInt(0, f.customerId);
    ins.bindText(1, isoDate(f.dueOn));
    if (f.doneOn)
        ins.bindText(2, isoDate(*f.doneOn));
    else
        ins.bindNull(2);
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
    if (!transaction.commit()) {
        setError(error, QStringLiteral("follow-ups: commit failed"));
        return -1;
    }
    return followUps.size();
}

bool FollowUpRepository::insertAll(const QList<FollowUp> &followUps, QList<qint64> *ids, QString *error)
{
    Transaction transaction(m_database.connection());
    QList<qint64> written;
    for (const FollowUp &f : followUps) {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("INSERT INTO followups (id, customer_id, due_on, done_on, assignee, reason) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(f.id > 0 ? QVariant(f.id) : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(f.customerId);
        q.addBindValue(isoDate(f.dueOn));
        q.addBindValue(f.doneOn ? QVariant(isoDate(*f.doneOn)) : QVariant(QMetaType(QMetaType::QString)));
        q.addBindValue(f.assignee);
        q.addBindValue(f.reason);
        if (!q.exec()) {
            setError(error, q.lastError().text());
            return false;
        }
        written << q.lastInsertId().toLongLong();
    }
    if (!transaction.commit()) {
        setError(error, QStringLiteral("follow-ups: commit failed"));
        return false;
    }
    if (ids)
        *ids = written;
    return true;
}

bool FollowUpRepository::removeAll(const QList<qint64> &ids, QString *error)
{
    Transaction transaction(m_database.connection());
    for (const qint64 id : ids) {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("DELETE FROM followups WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec()) {
            setError(error, q.lastError().text());
            return false;
        }
    }
    if (!transaction.commit()) {
        setError(error, QStringLiteral("follow-ups: commit failed"));
        return false;
    }
    return true;
}

bool FollowUpRepository::reschedule(qint64 id, QDate dueOn, QString *error)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE followups SET due_on = ? WHERE id = ? AND done_on IS NULL"));
    q.addBindValue(isoDate(dueOn));
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        setError(error,
                 q.lastError().isValid() ? q.lastError().text() : QStringLiteral("no open follow-up %1").arg(id));
        return false;
    }
    return true;
}

bool FollowUpRepository::reopen(qint64 id, qint64 visitId, QString *error)
{
    Transaction transaction(m_database.connection());
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE followups SET done_on = NULL WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        setError(error, QStringLiteral("no follow-up %1").arg(id));
        return false;
    }
    if (visitId > 0) {
        QSqlQuery v(m_database.connection());
        v.prepare(QStringLiteral("DELETE FROM visits WHERE id = ?"));
        v.addBindValue(visitId);
        if (!v.exec()) {
            setError(error, v.lastError().text());
            return false;
        }
    }
    if (!transaction.commit()) {
        setError(error, QStringLiteral("follow-ups: commit failed"));
        return false;
    }
    return true;
}

std::optional<FollowUp> FollowUpRepository::find(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT " + kColumns + u" FROM followups f WHERE f.id = ?");
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readFollowUp(q);
    return std::nullopt;
}

QList<FollowUpRepository::Row> FollowUpRepository::open(const Query &query, QString *error) const
{
    QList<Row> rows;
    const QDate today = query.today.isValid() ? query.today : QDate::currentDate();
    QString sql = u"SELECT " + kColumns
                  + u", c.code, c.name, CASE WHEN f.assignee <> '' THEN f.assignee ELSE c.owner END AS who "
                    u"FROM followups f JOIN customers c ON c.id = f.customer_id "
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
        sql += u" AND who = ?";
        binds << query.owner;
    }
    sql += u" ORDER BY f.due_on, f.id LIMIT ?";
    binds << query.limit;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        setError(error, q.lastError().text());
        return rows;
    }
    while (q.next()) {
        Row row;
        row.followUp = readFollowUp(q);
        row.code = q.value(6).toString();
        row.name = q.value(7).toString();
        row.owner = q.value(8).toString();
        row.daysOverdue = std::max<qint64>(0, row.followUp.dueOn.daysTo(today));
        rows.append(row);
    }
    return rows;
}

QList<FollowUpRepository::OwnerCounts> FollowUpRepository::countsByOwner(QDate today) const
{
    QList<OwnerCounts> result;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT CASE WHEN f.assignee <> '' THEN f.assignee ELSE c.owner END AS who, "
                             "sum(f.due_on < ?), sum(f.due_on = ?), sum(f.due_on > ?) "
                             "FROM followups f JOIN customers c ON c.id = f.customer_id "
                             "WHERE f.done_on IS NULL AND c.deleted_at IS NULL GROUP BY who ORDER BY who"));
    const QString day = isoDate(today.isValid() ? today : QDate::currentDate());
    for (int i = 0; i < 3; ++i)
        q.addBindValue(day);
    if (q.exec()) {
        while (q.next())
            result.append(
                {q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong()});
    }
    return result;
}

bool FollowUpRepository::planningRows(QList<PlanningRow> *rows, QString *error) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT s.customer_id, ifnull(s.rfm_segment, ''), c.owner, "
                       "(SELECT max(substr(v.visited_at, 1, 10)) FROM visits v WHERE v.customer_id = s.customer_id), "
                       "(SELECT max(f.done_on) FROM followups f WHERE f.customer_id = s.customer_id), "
                       "EXISTS (SELECT 1 FROM followups f WHERE f.customer_id = s.customer_id AND f.done_on IS NULL), "
                       "ifnull(s.clv, s.revenue) "
                       "FROM snapshot_rows s JOIN customers c ON c.id = s.customer_id "
                       "WHERE s.snapshot_id = (SELECT id FROM current_snapshot) "
                       "AND c.deleted_at IS NULL ORDER BY s.customer_id"));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        PlanningRow row;
        row.customerId = q.value(0).toLongLong();
        row.segment = q.value(1).toString();
        row.owner = q.value(2).toString();
        for (int column : {3, 4}) {
            const QDate day = QDate::fromString(q.value(column).toString(), Qt::ISODate);
            if (day.isValid() && (!row.lastContact.isValid() || day > row.lastContact))
                row.lastContact = day;
        }
        row.hasOpen = q.value(5).toBool();
        row.value = q.value(6).toLongLong();
        rows->append(row);
    }
    return true;
}

QSet<CustomerId> FollowUpRepository::customersWithOpen() const
{
    QSet<CustomerId> ids;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT DISTINCT customer_id FROM followups WHERE done_on IS NULL"))) {
        while (q.next())
            ids.insert(q.value(0).toLongLong());
    }
    return ids;
}

bool FollowUpRepository::openLoadFrom(QDate from, QList<DayLoad> *load, QString *error) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT CASE WHEN f.assignee <> '' THEN f.assignee ELSE c.owner END AS who, f.due_on, count(*) "
                       "FROM followups f JOIN customers c ON c.id = f.customer_id "
                       "WHERE f.done_on IS NULL AND c.deleted_at IS NULL AND f.due_on >= ? GROUP BY who, f.due_on"));
    q.addBindValue(isoDate(from));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        const QDate day = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        if (day.isValid())
            load->append({q.value(0).toString(), day, q.value(2).toInt()});
    }
    return true;
}

QList<FollowUp> FollowUpRepository::dueBetween(QDate from, QDate to) const
{
    QList<FollowUp> result;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    // The effective assignee replaces an empty one, so callers can group by owner directly.
    q.prepare(QStringLiteral("SELECT f.id, f.customer_id, f.due_on, f.done_on, "
                             "CASE WHEN f.assignee <> '' THEN f.assignee ELSE c.owner END, f.reason "
                             "FROM followups f JOIN customers c ON c.id = f.customer_id "
                             "WHERE f.due_on BETWEEN ? AND ? ORDER BY f.due_on, f.id"));
    q.addBindValue(isoDate(from));
    q.addBindValue(isoDate(to));
    if (q.exec()) {
        while (q.next())
            result.append(readFollowUp(q));
    }
    return result;
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
    q.prepare(QStringLiteral("UPDATE followups SET done_on = ? WHERE id = ? AND done_on IS NULL"));
    q.addBindValue(isoDate(visit.time.date()));
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        setError(error, q.lastError().text());
        return false;
    }
    ActivityWriter writer(m_database);
    if (writer.addVisit(visit) != ActivityWriter::Result::Inserted) {
        setError(error, writer.errorText());
        return false;
    }
    if (visitId)
        *visitId = writer.lastInsertId();
    if (!transaction.commit()) {
        setError(error, QStringLiteral("follow-up: commit failed"));
        return false;
    }
    return true;
}

} // namespace kehu
