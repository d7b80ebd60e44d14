#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace kehu {

class Database;

/// Copies a whole customer book from one database to another (an SQLite file to a PostgreSQL
/// server or back), table by table in foreign-key order, ids kept, inside one transaction on
/// the target: all or nothing. Before committing it reads the target back and compares every
/// table with the source (rows, a sum of the integer columns, a checksum of all values), so
/// a copy that would differ is never kept.
class BookCopier
{
public:
    /// One table of the book, as copied and as checked.
    struct TableReport
    {
        QString table;
        qint64 sourceRows = 0;
        qint64 targetRows = 0;
        /// The sum of every integer value in the table (ids, amounts in minor units, counts).
        qint64 sourceSum = 0;
        qint64 targetSum = 0;
        /// Order-independent checksum of every value of every row.
        quint64 sourceDigest = 0;
        quint64 targetDigest = 0;

        bool matches() const
        {
            return sourceRows == targetRows && sourceSum == targetSum && sourceDigest == targetDigest;
        }
    };

    BookCopier(Database &from, Database &to) : m_from(from), m_to(to) {}

    /// The book's tables in the order they are copied (parents before children).
    static QStringList tables();

    /// Called after each table: its name and the rows written.
    using Progress = std::function<void(const QString &table, qint64 rows)>;

    /// Copies every table. Refuses (nothing written) when the two books are at different
    /// schema versions, when the target already holds rows, or when the source has a column
    /// the target lacks. Returns the per-table check; nullopt with `error` set when it refused
    /// or failed, or when the check found a difference (then the target was rolled back).
    std::optional<QList<TableReport>> copy(QString *error, const Progress &progress = {});

private:
    /// The columns each table copies, in tables() order; nullopt with `error` when the copy
    /// must be refused (see copy()).
    std::optional<QList<QStringList>> columnsToCopy(QString *error) const;

    Database &m_from;
    Database &m_to;
};

} // namespace kehu
