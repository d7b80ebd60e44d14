#include "customersearchindex.h"

#include "database.h"
#include "sqldialect.h"
#include "sqlrows.h"

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
    m_triggers.clear();
    // On PostgreSQL the search is plain trigram indexes on customers: no triggers to take out.
    if (SqlDialect::of(m_connection).isPostgres())
        return false;
    if (!visitRows(
            m_connection,
            QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'customers' "
                           "AND sql LIKE '%customer_search%' ORDER BY name"),
            {},
            [this](const QSqlQuery &q) {
                m_triggers.append({q.value(0).toString(), q.value(1).toString()});
            },
            error))
        return false;
    for (qsizetype i = 0; i < m_triggers.size(); ++i) {
        if (!execute(u"DROP TRIGGER " + m_triggers[i].first, error)) {
            // Put back what was already dropped, so the caller can go on without suspending.
            for (qsizetype k = 0; k < i; ++k)
                execute(m_triggers[k].second, nullptr);
            m_triggers.clear();
            return false;
        }
    }
    return !m_triggers.isEmpty();
}

bool CustomerSearchIndex::rebuildAndResume(QString *error)
{
    if (!execute(QStringLiteral("INSERT INTO customer_search(customer_search) VALUES ('rebuild')"), error)
        || !execute(QStringLiteral("INSERT INTO customer_grams(customer_grams) VALUES ('rebuild')"), error))
        return false;
    return resume(error);
}

bool CustomerSearchIndex::rebuildWordsAndResume(QString *error)
{
    if (!execute(QStringLiteral("INSERT INTO customer_grams(customer_grams) VALUES ('rebuild')"), error))
        return false;
    return resume(error);
}

bool CustomerSearchIndex::resume(QString *error)
{
    for (const auto &[name, sql] : std::as_const(m_triggers)) {
        if (!execute(sql, error))
            return false;
    }
    m_triggers.clear();
    return true;
}

} // namespace kehu
