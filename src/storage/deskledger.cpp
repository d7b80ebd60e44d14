#include "deskledger.h"

#include "database.h"
#include "sqlrows.h"

#include <QSqlQuery>
#include <QVariant>

namespace kehu {

// substr() rather than LIKE: a prefix is matched as it is, whatever characters it holds.

std::optional<qint64> DeskLedger::versionSum(const QString &prefix) const
{
    return selectOne(m_database.connection(),
                     QStringLiteral("SELECT coalesce(sum(version), 0) FROM customers WHERE substr(code, 1, ?) = ?"),
                     {prefix.size(), prefix}, [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
}

std::optional<DeskLedger::NotedVisits> DeskLedger::visitsNoted(const QString &prefix) const
{
    return selectOne(m_database.connection(),
                     QStringLiteral("SELECT count(*), count(DISTINCT note) FROM visits WHERE substr(note, 1, ?) = ?"),
                     {prefix.size(), prefix}, [](const QSqlQuery &q) {
                         return NotedVisits{q.value(0).toLongLong(), q.value(1).toLongLong()};
                     });
}

} // namespace kehu
