#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace kehu {

/// Moving a whole book between an SQLite file and a PostgreSQL server (either way, or file to
/// file): the target is created (a file) or must be an empty database (a server), everything is
/// copied in one transaction and checked table by table before it is kept.
class BookMove
{
public:
    /// One table as copied: rows, the sum of its integer values, and whether the target holds
    /// exactly what the source does (rows, sum and a checksum of every value).
    struct Table
    {
        QString name;
        qint64 rows = 0;
        qint64 sum = 0;
        bool identical = false;
    };

    using Progress = std::function<void(const QString &table, qint64 rows)>;

    /// Copies the book at `from` into `to` (addresses as Database::open takes them). Nothing
    /// is kept in the target unless every table came out identical; nullopt with `error`
    /// saying why otherwise.
    static std::optional<QList<Table>> copy(const QString &from, const QString &to, QString *error,
                                            const Progress &progress = {});
};

} // namespace kehu
