#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace kehu {

/// The one place where Kehu's SQL differs between SQLite and PostgreSQL. Everything else in
/// storage is written in the SQL both understand: dates as ISO-8601 text (which sorts and
/// compares as dates in both), upserts with ON CONFLICT, new ids with RETURNING, coalesce.
class SqlDialect
{
public:
    enum class Backend { Sqlite, Postgres };

    explicit SqlDialect(Backend backend) : m_backend(backend) {}
    /// The dialect of an open connection (by its Qt driver).
    static SqlDialect of(const QSqlDatabase &db);

    Backend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == Backend::Postgres; }

    /// `value`, or `fallback` when it is NULL. SQLite's ifnull, because its expression
    /// indexes (snapshot_rows_clv) only serve queries that spell the expression the same way.
    QString nullAs(const QString &value, const QString &fallback) const;

    /// The ISO date `days` (an integer expression) after the ISO date `date`, as ISO text.
    QString addDays(const QString &date, const QString &days) const;

    /// True when `list`, items joined by the unit separator U+001F (as tags are stored),
    /// holds `item` as a whole item.
    QString listHasItem(const QString &list, const QString &item) const;

    /// True when text expression `value` is one of the texts of one bound parameter that holds
    /// them as a JSON array (textListValue()): one statement for any number of names.
    QString inTextList(const QString &value) const;
    /// The parameter inTextList() reads.
    static QString textListValue(const QStringList &texts);
    /// "`value` is one of a list of ids" with one placeholder, bound to idListValue(): one
    /// statement for any number of ids (100,000 in a handover).
    QString inIdList(const QString &value) const;
    /// The parameter inIdList() reads.
    QString idListValue(const QList<qint64> &ids) const;

    /// An inner join that, in SQLite, keeps the left table as the outer loop (CROSS JOIN);
    /// PostgreSQL's planner chooses the order itself and knows no CROSS JOIN ... ON.
    QString orderedJoin() const;

    /// A query of `table`'s columns in their order: name, and whether the database generates
    /// the column's values itself (true) rather than storing what is written.
    QString columnsQuery(const QString &table) const;

    /// A query of the book's tables by name, each once: on PostgreSQL a partitioned table
    /// stands for its partitions (snapshot_rows, not snapshot_rows_<id>).
    QString tablesQuery() const;

private:
    Backend m_backend;
};

} // namespace kehu
