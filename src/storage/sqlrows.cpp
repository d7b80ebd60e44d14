#include "sqlrows.h"

#include "daynumber.h"

#include <QDebug>
#include <QSqlError>

namespace kehu {

bool isUniqueViolation(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    if (code == u"23505" || code == u"2067" || code == u"1555")
        return true;
    // Qt's SQLite driver reports the primary result code (19, SQLITE_CONSTRAINT) for every
    // kind of constraint: the message tells a unique key from a CHECK or NOT NULL.
    return code == u"19" && error.databaseText().startsWith(u"UNIQUE constraint failed");
}

bool execQuery(QSqlQuery &query, const QString &sql, const QVariantList &binds, QString *error)
{
    query.setForwardOnly(true);
    bool ok = false;
    if (binds.isEmpty()) {
        // Without values the statement runs as it is: PostgreSQL's driver prepares with SQL's
        // PREPARE, which takes no DDL.
        ok = query.exec(sql);
    } else if (query.prepare(sql)) {
        for (const QVariant &value : binds)
            query.addBindValue(value);
        ok = query.exec();
    }
    if (ok)
        return true;
    const QString text = query.lastError().text();
    if (error)
        *error = text;
    else
        qWarning().noquote() << "storage:" << text << "in" << sql.simplified();
    return false;
}

std::optional<int> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

std::optional<MinorUnits> optionalMoney(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<MinorUnits>(value.toLongLong());
}

std::optional<double> optionalDouble(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

std::optional<QString> optionalText(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<QString>(value.toString());
}

QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

std::optional<QDate> optionalDate(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<QDate>(dateOf(value));
}

QDateTime dateTimeOf(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

QVariant optionalDateValue(const std::optional<QDate> &day)
{
    return day ? QVariant(isoDate(*day)) : QVariant(QMetaType::fromType<QString>());
}

} // namespace kehu
