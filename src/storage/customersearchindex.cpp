#include "storage/customersearchindex.h"

#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace kehu {

namespace {

bool run(Database &db, const QString &sql, QString *error)
{
    QSqlQuery q(db.connection());
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace

bool CustomerSearchIndex::suspend(QString *error)
{
    m_triggers.clear();
    {
        QSqlQuery q(m_database.connection());
        if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'customers' "
                                   "AND sql LIKE '%customer_search%' ORDER BY name"))) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        while (q.next())
            m_triggers.append({q.value(0).toString(), q.value(1).toString()});
    }
    for (qsizetype i = 0; i < m_triggers.size(); ++i) {
        if (!run(m_database, u"DROP TRIGGER " + m_triggers[i].first, error)) {
            // Put back what was already dropped, so the caller can go on without suspending.
            for (qsizetype k = 0; k < i; ++k)
                run(m_database, m_triggers[k].second, nullptr);
            m_triggers.clear();
            return false;
        }
    }
    return !m_triggers.isEmpty();
}

bool CustomerSearchIndex::rebuildAndResume(QString *error)
{
    if (!run(m_database, QStringLiteral("INSERT INTO customer_search(customer_search) VALUES ('rebuild')"), error)
        || !run(m_database, QStringLiteral("INSERT INTO customer_grams(customer_grams) VALUES ('rebuild')"), error))
        return false;
    for (const auto &[name, sql] : std::as_const(m_triggers)) {
        if (!run(m_database, sql, error))
            return false;
    }
    m_triggers.clear();
    return true;
}

} // namespace kehu
