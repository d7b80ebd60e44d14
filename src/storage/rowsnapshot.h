#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace kehu {

class Database;

/// Whole rows of some tables (every stored column, by their `id` primary key), copied so that
/// an undo command can later make the database hold exactly these rows again: restore()
/// writes each copied row back with the same id and values and deletes the rows that were
/// absent when copied (a row the command inserted). Generated columns are left to SQLite.
/// Runs inside the caller's transaction (see Transaction); copying reads only.
class RowSnapshot
{
public:
    /// Copies the rows of `table` whose id is in `ids`; an id without a row is remembered
    /// as absent. False with `error` set when the read failed.
    bool capture(Database &database, const QString &table, const QList<qint64> &ids, QString *error = nullptr);
    /// Copies the rows of `table` whose `column` equals `value` (e.g. a customer's visits).
    bool captureWhere(Database &database, const QString &table, const QString &column, const QVariant &value,
                      QString *error = nullptr);
    /// Remembers rows that do not exist yet: restore() deletes them (the undo of an insert).
    void markAbsent(const QString &table, const QList<qint64> &ids);
    /// When `column` of `table` is given, a row that still exists gets the stored value plus
    /// one in that column instead of the copied value (an optimistic-lock version: whoever read
    /// the row in between must not be able to save over the restored one).
    void setVersionColumn(const QString &table, const QString &column);

    /// Writes every copied row back and deletes the absent ones. False with `error` set when
    /// a write failed (the caller's transaction then rolls back).
    bool restore(Database &database, QString *error = nullptr) const;

    bool isEmpty() const { return m_tables.isEmpty(); }
    /// The copied rows as compact JSON for the audit log: {"table": [{"column": value, ...}]}.
    /// Columns the database derives for search (*_norm, search_grams, name_pinyin) are left
    /// out; an empty object when nothing was copied.
    QString toJson() const;
    /// How many rows of `table` were copied (absent ones not counted).
    qsizetype rowCount(const QString &table) const;

private:
    struct Table
    {
        QString name;
        QStringList columns; ///< stored columns, "id" first
        QList<QVariantList> rows;
        QList<qint64> absent;
        QString versionColumn;
    };
    Table &table(Database &database, const QString &name, QString *error);
    bool read(Database &database, Table &table, const QString &where, const QVariantList &values, QString *error);

    QList<Table> m_tables;
};

} // namespace kehu
