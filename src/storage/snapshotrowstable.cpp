#include "snapshotrowstable.h"

#include "database.h"
#include "migrations.h"
#include "sqlrows.h"

#include <QSqlQuery>

namespace kehu {

namespace {

const QString kParent = QStringLiteral("snapshot_rows");

QString partitionName(qint64 snapshotId)
{
    return kParent + u'_' + QString::number(snapshotId);
}

} // namespace

SnapshotRowsTable::SnapshotRowsTable(Database &database, qint64 snapshotId, QString name)
    : m_database(&database), m_snapshotId(snapshotId), m_name(std::move(name))
{}

bool SnapshotRowsTable::takeTurn(Database &database, QString *error)
{
    if (!database.dialect().isPostgres())
        return true;
    // A key of its own beside the migrations' lock (pg_advisory_xact_lock(kApplicationId)):
    // the two-part keys are a separate space.
    QSqlQuery q(database.connection());
    return execQuery(q, QStringLiteral("SELECT pg_advisory_xact_lock(%1, 1)").arg(Migrations::kApplicationId), {},
                     error);
}

std::optional<SnapshotRowsTable> SnapshotRowsTable::begin(Database &database, qint64 snapshotId, QString *error)
{
    if (!database.dialect().isPostgres())
        return SnapshotRowsTable(database, snapshotId, kParent);
    const QString name = partitionName(snapshotId);
    // The new table takes snapshot_rows' checks (ATTACH wants them all). The rows' ids come
    // from snapshot_rows' own sequence, as if inserted through it, so they stay unique across
    // snapshots (a copy to a file keeps them as rowids). The CHECK of the snapshot's id spares
    // ATTACH a scan to prove every row belongs there.
    const std::optional<QString> sequence = selectOne(
        database.connection(), QStringLiteral("SELECT pg_get_serial_sequence('%1', 'id')").arg(kParent), {},
        [](const QSqlQuery &q) { return q.value(0).toString(); }, error);
    if (!sequence)
        return std::nullopt;
    QSqlQuery q(database.connection());
    if (!execQuery(q,
                   QStringLiteral(
                       "CREATE TABLE %1 (LIKE %2 INCLUDING DEFAULTS INCLUDING CONSTRAINTS, CHECK (snapshot_id = %3))")
                       .arg(name, kParent)
                       .arg(snapshotId),
                   {}, error)
        || !execQuery(
            q,
            QStringLiteral("ALTER TABLE %1 ALTER COLUMN id SET DEFAULT nextval('%2'::regclass)").arg(name, *sequence),
            {}, error))
        return std::nullopt;
    return SnapshotRowsTable(database, snapshotId, name);
}

bool SnapshotRowsTable::attach(QString *error)
{
    if (!indexedAfterLoad())
        return true;
    // ATTACH builds the parent's indexes on the new table; the snapshot's sorted runs fit in
    // memory with more than the default 64 MB. ANALYZE gives the planner the new rows' figures
    // before autovacuum would, for the dashboards that read them right after.
    QSqlQuery q(m_database->connection());
    return execQuery(q, QStringLiteral("SET LOCAL maintenance_work_mem = '256MB'"), {}, error)
           && execQuery(q,
                        QStringLiteral("ALTER TABLE %1 ATTACH PARTITION %2 FOR VALUES IN (%3)")
                            .arg(kParent, m_name)
                            .arg(m_snapshotId),
                        {}, error)
           && execQuery(q, QStringLiteral("ANALYZE %1").arg(m_name), {}, error);
}

bool SnapshotRowsTable::drop(Database &database, qint64 snapshotId, QString *error)
{
    if (!database.dialect().isPostgres())
        return true;
    QSqlQuery q(database.connection());
    return execQuery(q, QStringLiteral("DROP TABLE IF EXISTS %1").arg(partitionName(snapshotId)), {}, error);
}

bool SnapshotRowsTable::makeForEverySnapshot(Database &database, QString *error)
{
    if (!database.dialect().isPostgres())
        return true;
    QList<qint64> ids;
    if (!visitRows(
            database.connection(),
            QStringLiteral("SELECT id FROM snapshots s WHERE to_regclass('%1_' || s.id) IS NULL ORDER BY id")
                .arg(kParent),
            {}, [&ids](const QSqlQuery &q) { ids << q.value(0).toLongLong(); }, error))
        return false;
    QSqlQuery q(database.connection());
    for (const qint64 id : std::as_const(ids)) {
        if (!execQuery(q,
                       QStringLiteral("CREATE TABLE %1 PARTITION OF %2 FOR VALUES IN (%3)")
                           .arg(partitionName(id), kParent)
                           .arg(id),
                       {}, error))
            return false;
    }
    return true;
}

} // namespace kehu
