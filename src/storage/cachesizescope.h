#pragma once

#include "sqldialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace kehu {

/// Raises SQLite's page cache for one large write and restores it afterwards. Writing a
/// million snapshot rows updates indexes in value order (CLV, churn flag), i.e. at random
/// places; with the default 2 MB cache every insert spills pages, with a cache that holds the
/// indexes it does not. Reads keep the default (FIELD-NOTES: more cache slowed a big GROUP BY).
/// Does nothing on a server: PostgreSQL has no such pragma, and a failed statement would abort
/// the transaction the write runs in.
class CacheSizeScope
{
public:
    CacheSizeScope(const QSqlDatabase &db, int mebibytes) : m_db(db), m_active(!SqlDialect::of(db).isPostgres())
    {
        if (!m_active)
            return;
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
            m_previous = q.value(0).toInt();
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(-mebibytes * 1024));
    }
    ~CacheSizeScope()
    {
        if (m_active)
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
    }
    CacheSizeScope(const CacheSizeScope &) = delete;
    CacheSizeScope &operator=(const CacheSizeScope &) = delete;

private:
    QSqlDatabase m_db;
    bool m_active;
    int m_previous = -2000;
};

} // namespace kehu
