#include "sqldialect.h"

namespace kehu {

SqlDialect SqlDialect::of(const QSqlDatabase &db)
{
    return SqlDialect(db.driverName() == u"QPSQL" ? Backend::Postgres : Backend::Sqlite);
}

QString SqlDialect::nullAs(const QString &value, const QString &fallback) const
{
    return QStringLiteral("%1(%2, %3)").arg(isPostgres() ? u"coalesce" : u"ifnull", value, fallback);
}

QString SqlDialect::addDays(const QString &date, const QString &days) const
{
    if (isPostgres())
        return QStringLiteral("to_char(CAST(%1 AS date) + CAST(%2 AS integer), 'YYYY-MM-DD')").arg(date, days);
    return QStringLiteral("date(%1, (%2) || ' days')").arg(date, days);
}

QString SqlDialect::listHasItem(const QString &list, const QString &item) const
{
    const QString separator = isPostgres() ? QStringLiteral("chr(31)") : QStringLiteral("char(31)");
    return QStringLiteral("%1(%2 || %3 || %2, %2 || %4 || %2) > 0")
        .arg(isPostgres() ? u"strpos" : u"instr", separator, list, item);
}

QString SqlDialect::orderedJoin() const
{
    return isPostgres() ? QStringLiteral("JOIN") : QStringLiteral("CROSS JOIN");
}

QString SqlDialect::columnsQuery(const QString &table) const
{
    if (isPostgres())
        return QStringLiteral("SELECT column_name, is_generated = 'ALWAYS' FROM information_schema.columns "
                              "WHERE table_schema = current_schema() AND table_name = '%1' ORDER BY ordinal_position")
            .arg(table);
    // table_xinfo marks generated columns as hidden (2, 3).
    return QStringLiteral("SELECT name, hidden <> 0 FROM pragma_table_xinfo('%1') ORDER BY cid").arg(table);
}

} // namespace kehu
