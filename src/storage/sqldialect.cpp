#include "sqldialect.h"

#include <QJsonArray>
#include <QJsonDocument>

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

QString SqlDialect::inTextList(const QString &value) const
{
    if (isPostgres())
        return value + u" IN (SELECT json_array_elements_text(CAST(? AS json)))";
    return value + u" IN (SELECT value FROM json_each(?))";
}

QString SqlDialect::textListValue(const QStringList &texts)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(texts)).toJson(QJsonDocument::Compact));
}

QString SqlDialect::inIdList(const QString &value) const
{
    if (isPostgres())
        return value + u" = ANY(CAST(? AS bigint[]))";
    return value + u" IN (SELECT value FROM json_each(?))";
}

QString SqlDialect::idListValue(const QList<qint64> &ids) const
{
    QString list;
    list.reserve(ids.size() * 8 + 2);
    list += isPostgres() ? u'{' : u'[';
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            list += u',';
        list += QString::number(ids.at(i));
    }
    list += isPostgres() ? u'}' : u']';
    return list;
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

QString SqlDialect::tablesQuery() const
{
    if (isPostgres())
        return QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                              "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') "
                              "AND NOT c.relispartition ORDER BY c.relname");
    return QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
}

} // namespace kehu
