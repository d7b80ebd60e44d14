#include "customersearchindex.h"

#include "database.h"
#include "sqldialect.h"
#include "sqlrows.h"
#include "transaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace kehu {

CustomerSearchIndex::CustomerSearchIndex(Database &database) : m_connection(database.connection()) {}

bool CustomerSearchIndex::execute(const QString &sql, QString *error)
{
    QSqlQuery q(m_connection);
    return execQuery(q, sql, {}, error);
}

bool CustomerSearchIndex::suspend(QString *error)
{
    m_dropped.clear();
    m_postgres = SqlDialect::of(m_connection).isPostgres();
    // SQLite: the triggers that feed the FTS tables. PostgreSQL: every index on customers
    // that holds no key, the trigram ones and the filters' B-trees (an index is built in one
    // pass far faster than it grows row by row); the unique ones still catch repeated codes.
    const QString sql = m_postgres
                            ? QStringLiteral("SELECT c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i "
                                             "JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = "
                                             "'customers'::regclass AND NOT i.indisunique ORDER BY c.relname")
                            : QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND "
                                             "tbl_name = 'customers' AND sql LIKE '%customer_search%' ORDER BY name");
    if (!visitRows(
            m_connection, sql, {},
            [this](const QSqlQuery &q) {
                m_dropped.append({q.value(0).toString(), q.value(1).toString()});
            },
            error))
        return false;
    // In a savepoint: when a drop fails, rolling back to it puts back what was dropped and
    // keeps the caller's transaction going (on a server the failure aborted it).
    Savepoint savepoint(m_connection, QStringLiteral("kehu_suspend_search"));
    const QString drop = m_postgres ? QStringLiteral("DROP INDEX ") : QStringLiteral("DROP TRIGGER ");
    for (const auto &[name, sql] : std::as_const(m_dropped)) {
        if (!savepoint.isActive() || !execute(drop + name, error)) {
            m_dropped.clear();
            return false;
        }
    }
    return savepoint.release() && !m_dropped.isEmpty();
}

bool CustomerSearchIndex::rebuildAndResume(QString *error)
{
    if (!m_postgres
        && (!execute(QStringLiteral("INSERT INTO customer_search(customer_search) VALUES ('rebuild')"), error)
            || !execute(QStringLiteral("INSERT INTO customer_grams(customer_grams) VALUES ('rebuild')"), error)))
        return false;
    return resume(error);
}

bool CustomerSearchIndex::rebuildWordsAndResume(QString *error)
{
    if (!m_postgres && !execute(QStringLiteral("INSERT INTO customer_grams(customer_grams) VALUES ('rebuild')"), error))
        return false;
    return resume(error);
}

bool CustomerSearchIndex::resume(QString *error)
{
    for (const auto &[name, sql] : std::as_const(m_dropped)) {
        if (!execute(sql, error))
            return false;
    }
    m_dropped.clear();
    return true;
}

} // namespace kehu
