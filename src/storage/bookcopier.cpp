#include "bookcopier.h"

#include "bulkinserter.h"
#include "database.h"
#include "snapshotrowstable.h"
#include "sqlrows.h"
#include "transaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace kehu {

namespace {

/// Tables a book has besides its data: the schema's version (PostgreSQL) and SQLite's
/// full-text search indexes, which the target builds from its own customers.
bool isDerivedTable(const QString &name)
{
    static const QStringList prefixes{QStringLiteral("sqlite_"), QStringLiteral("customer_search"),
                                      QStringLiteral("customer_grams"), QStringLiteral("kehu_schema")};
    for (const QString &prefix : prefixes) {
        if (name.startsWith(prefix))
            return true;
    }
    return false;
}

std::optional<QStringList> tableNames(Database &db, QString *error)
{
    QStringList names;
    if (!visitRows(
            db.connection(), db.dialect().tablesQuery(), {},
            [&names](const QSqlQuery &q) { names << q.value(0).toString(); }, error))
        return std::nullopt;
    return names;
}

/// Rows, integer sum and checksum of what a table holds, accumulated row by row. The checksum
/// adds a hash of each row, so it does not depend on the order rows are read in; values are
/// hashed by kind (integer, real, text) so that both backends' drivers give the same.
struct TableCheck
{
    qint64 rows = 0;
    quint64 sum = 0; // unsigned: wraps instead of overflowing
    quint64 digest = 0;
    QByteArray row;

    void add(const QSqlQuery &q, int columns)
    {
        row.clear();
        for (int i = 0; i < columns; ++i) {
            const QVariant value = q.value(i);
            if (value.isNull()) {
                row += '\x01';
            } else {
                switch (value.typeId()) {
                case QMetaType::Int:
                case QMetaType::LongLong:
                case QMetaType::UInt:
                case QMetaType::ULongLong:
                case QMetaType::Bool: {
                    const qint64 n = value.toLongLong();
                    sum += quint64(n);
                    row += 'I' + QByteArray::number(n);
                    break;
                }
                case QMetaType::Double:
                case QMetaType::Float: row += 'D' + QByteArray::number(value.toDouble(), 'g', 17); break;
                default: row += 'T' + value.toString().toUtf8();
                }
            }
            row += '\x1f';
        }
        digest += quint64(qHash(row, 0));
        ++rows;
    }
};

QString selectAll(const QString &table, const QStringList &columns)
{
    return u"SELECT " + columns.join(QStringLiteral(", ")) + u" FROM " + table;
}

bool checkTable(Database &db, const QString &table, const QStringList &columns, TableCheck *check, QString *error)
{
    const int count = int(columns.size());
    return visitRows(
        db.connection(), selectAll(table, columns), {}, [check, count](const QSqlQuery &q) { check->add(q, count); },
        error);
}

/// Copies `table`'s rows, checking the source as it reads it.
bool copyRows(Database &from, Database &to, const QString &table, const QStringList &columns, TableCheck *source,
              QString *error)
{
    BulkInserter insert(to, table, columns);
    if (!insert.isValid()) {
        if (error)
            *error = insert.errorText();
        return false;
    }
    const int count = int(columns.size());
    bool written = true;
    QString writeError;
    const bool read = visitRows(
        from.connection(), selectAll(table, columns), {},
        [&](const QSqlQuery &q) {
            if (!written)
                return;
            source->add(q, count);
            for (int i = 0; i < count; ++i) {
                const QVariant value = q.value(i);
                if (value.isNull())
                    insert.bindNull(i);
                else if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float)
                    insert.bindDouble(i, value.toDouble());
                else if (value.typeId() == QMetaType::QString)
                    insert.bindText(i, value.toString());
                else
                    insert.bindInt(i, value.toLongLong());
            }
            if (insert.step() != BulkInserter::Step::Inserted) {
                written = false;
                writeError = QStringLiteral("row %1: %2").arg(source->rows).arg(insert.errorText());
            }
        },
        error);
    if (read && written && !insert.finish()) {
        written = false;
        writeError = insert.errorText();
    }
    if (read && !written && error)
        *error = writeError;
    return read && written;
}

/// After rows were written with their ids, PostgreSQL's identity sequences still start at 1:
/// move each past the largest id, so the next new row does not collide.
bool advanceIdentities(Database &to, const QString &table, const QStringList &columns, QString *error)
{
    if (!to.dialect().isPostgres() || !columns.contains(u"id"))
        return true;
    QSqlQuery q(to.connection());
    return execQuery(q,
                     QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                    "(SELECT coalesce(max(id), 0) + 1 FROM %1), false)")
                         .arg(table),
                     {}, error);
}

void fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

QStringList BookCopier::tables()
{
    return {QStringLiteral("customers"),     QStringLiteral("purchases"),     QStringLiteral("visits"),
            QStringLiteral("surveys"),       QStringLiteral("followups"),     QStringLiteral("churn_events"),
            QStringLiteral("snapshots"),     QStringLiteral("snapshot_rows"), QStringLiteral("snapshot_aggregates"),
            QStringLiteral("owner_targets"), QStringLiteral("users"),         QStringLiteral("audit_log"),
            QStringLiteral("settings")};
}

std::optional<QList<QStringList>> BookCopier::columnsToCopy(QString *error) const
{
    if (m_from.schemaVersion() != m_to.schemaVersion()) {
        fail(error, QStringLiteral("the two books have different schema versions (%1 and %2): open both with this "
                                   "Kehu first, which upgrades them")
                        .arg(m_from.schemaVersion())
                        .arg(m_to.schemaVersion()));
        return std::nullopt;
    }
    const std::optional<QStringList> sourceTables = tableNames(m_from, error);
    if (!sourceTables)
        return std::nullopt;
    for (const QString &table : *sourceTables) {
        if (!isDerivedTable(table) && !tables().contains(table)) {
            fail(error,
                 QStringLiteral("the book holds a table this Kehu does not know (%1); nothing was copied").arg(table));
            return std::nullopt;
        }
    }
    QList<QStringList> columnsOf;
    for (const QString &table : tables()) {
        const std::optional<QStringList> source = m_from.storedColumns(table, error);
        const std::optional<QStringList> target = m_to.storedColumns(table, error);
        if (!source || !target)
            return std::nullopt;
        for (const QString &column : *source) {
            if (!target->contains(column)) {
                fail(error,
                     QStringLiteral("%1.%2 has no place in the target book; nothing was copied").arg(table, column));
                return std::nullopt;
            }
        }
        const std::optional<qint64> rows = selectOne(
            m_to.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table), {},
            [](const QSqlQuery &q) { return q.value(0).toLongLong(); }, error);
        if (!rows)
            return std::nullopt;
        if (*rows > 0) {
            fail(error, QStringLiteral("the target book is not empty (%1 holds %2 rows): copy into a new, empty book")
                            .arg(table)
                            .arg(*rows));
            return std::nullopt;
        }
        columnsOf << *source;
    }
    return columnsOf;
}

std::optional<QList<BookCopier::TableReport>> BookCopier::copy(QString *error, const Progress &progress)
{
    const std::optional<QList<QStringList>> columnsOf = columnsToCopy(error);
    if (!columnsOf)
        return std::nullopt;
    Transaction transaction(m_to.connection());
    if (!transaction.isActive()) {
        fail(error, QStringLiteral("cannot start a transaction on the target book"));
        return std::nullopt;
    }
    QList<TableReport> reports;
    for (qsizetype i = 0; i < tables().size(); ++i) {
        const QString table = tables().at(i);
        const QStringList &columns = columnsOf->at(i);
        TableCheck source;
        TableCheck target;
        QString why;
        if ((table == u"snapshot_rows" && !SnapshotRowsTable::makeForEverySnapshot(m_to, &why))
            || !copyRows(m_from, m_to, table, columns, &source, &why) || !advanceIdentities(m_to, table, columns, &why)
            || !checkTable(m_to, table, columns, &target, &why)) {
            fail(error, QStringLiteral("%1: %2; nothing was copied").arg(table, why));
            return std::nullopt;
        }
        reports << TableReport{table,         source.rows,  target.rows, qint64(source.sum), qint64(target.sum),
                               source.digest, target.digest};
        if (!reports.last().matches()) {
            fail(error, QStringLiteral("%1 differs after the copy (%2 rows read, %3 in the target); nothing was copied")
                            .arg(table)
                            .arg(source.rows)
                            .arg(target.rows));
            return std::nullopt;
        }
        if (progress)
            progress(table, source.rows);
    }
    if (!transaction.commit()) {
        fail(error, QStringLiteral("the target book did not take the copy: %1; nothing was copied")
                        .arg(m_to.connection().lastError().text()));
        return std::nullopt;
    }
    return reports;
}

} // namespace kehu
