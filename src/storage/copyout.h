#pragma once

#include <QByteArrayView>
#include <QString>

#include <functional>

struct pg_conn;

namespace kehu {

class Database;

/// Reads the rows of a query on a book on a PostgreSQL server with `COPY (query) TO STDOUT`
/// (text format): one line per row, fields separated by tabs, NULL as \N. Millions of rows
/// arrive without a QVariant per value, which is what reading them through QSqlQuery costs.
/// Runs on the book's own connection, inside its transaction if one is open.
class CopyOut
{
public:
    explicit CopyOut(Database &database) : m_database(database) {}

    /// Calls `row` with each row's line (without its newline; valid during the call only)
    /// until it returns false or the rows end. False with errorText() set when the query failed
    /// or the book is not on a server; true when `row` stopped it.
    bool run(const QString &query, const std::function<bool(QByteArrayView line)> &row);

    QString errorText() const { return m_error; }

private:
    Database &m_database;
    QString m_error;
};

} // namespace kehu
