#pragma once

#include "money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>
#include <type_traits>
#include <utility>

namespace kehu {

// The one way storage runs a statement and reads its rows: each repository method keeps
// only its SQL, its values and how it reads a row.

/// The value to bind for a NOT NULL text column: Qt binds a null QString (a default-made one)
/// as SQL NULL, which such a column refuses.
inline QString notNullText(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

/// Prepares `sql` on `query` (forward only), binds `binds` in order to its `?` placeholders
/// and executes it. On failure returns false and reports the SQL error: into `*error` when
/// the caller passed one, otherwise as a warning naming the statement, so none passes silently.
bool execQuery(QSqlQuery &query, const QString &sql, const QVariantList &binds = {}, QString *error = nullptr);

/// Whether `error` is a unique key refusing a second row with the same key (SQLite's
/// SQLITE_CONSTRAINT_UNIQUE or _PRIMARYKEY, PostgreSQL's SQLSTATE 23505).
bool isUniqueViolation(const QSqlError &error);

/// Runs `sql` with `binds` (as execQuery) and calls `visit(query)` on each row, in order.
/// `visit` returns nothing, or false to stop early. False when the statement failed.
template<typename Visit>
bool visitRows(const QSqlDatabase &connection, const QString &sql, const QVariantList &binds, Visit &&visit,
               QString *error = nullptr)
{
    QSqlQuery query(connection);
    if (!execQuery(query, sql, binds, error))
        return false;
    while (query.next()) {
        if constexpr (std::is_void_v<std::invoke_result_t<Visit &, const QSqlQuery &>>) {
            visit(std::as_const(query));
        } else if (!visit(std::as_const(query))) {
            break;
        }
    }
    return true;
}

/// The rows of `sql` with `binds`, each read by `readRow(query)`; empty when the statement
/// failed (reported as execQuery does).
template<typename ReadRow, typename Row = std::decay_t<std::invoke_result_t<ReadRow &, const QSqlQuery &>>>
QList<Row> selectRows(const QSqlDatabase &connection, const QString &sql, const QVariantList &binds, ReadRow &&readRow,
                      QString *error = nullptr)
{
    QList<Row> rows;
    visitRows(
        connection, sql, binds, [&](const QSqlQuery &query) { rows.append(readRow(query)); }, error);
    return rows;
}

/// The first row of `sql` with `binds`, read by `readRow(query)`; nullopt when there is none
/// or the statement failed (reported as execQuery does).
template<typename ReadRow, typename Row = std::decay_t<std::invoke_result_t<ReadRow &, const QSqlQuery &>>>
std::optional<Row> selectOne(const QSqlDatabase &connection, const QString &sql, const QVariantList &binds,
                             ReadRow &&readRow, QString *error = nullptr)
{
    QSqlQuery query(connection);
    if (execQuery(query, sql, binds, error) && query.next())
        return readRow(std::as_const(query));
    return std::nullopt;
}

// Readers of one column value. SQL NULL reads as nullopt; dates are stored as ISO 8601 text.

std::optional<int> optionalInt(const QVariant &value);
std::optional<MinorUnits> optionalMoney(const QVariant &value);
std::optional<double> optionalDouble(const QVariant &value);
std::optional<QString> optionalText(const QVariant &value);
/// A day stored as "yyyy-MM-dd"; invalid when NULL or not a day.
QDate dateOf(const QVariant &value);
std::optional<QDate> optionalDate(const QVariant &value);
/// A time stored as ISO 8601 text; invalid when NULL or not a time.
QDateTime dateTimeOf(const QVariant &value);

// Values to bind: SQL NULL where there is none.

/// The day as "yyyy-MM-dd" text, or a NULL text when there is none.
QVariant optionalDateValue(const std::optional<QDate> &day);

} // namespace kehu
