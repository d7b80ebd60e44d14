#pragma once

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

namespace kehu {

class Database;

/// The customer book's full-text search indexes (schema v4, v7), seen from a bulk writer. Their
/// triggers cost about 28 us per inserted customer even when they would do nothing, because
/// a statement that may write to an FTS5 table opens it: 2.8 s of a first 100,000-customer
/// import. A bulk writer therefore takes the triggers out, loads, rebuilds both indexes once
/// (about a tenth of the cost per customer) and puts the triggers back exactly as the schema
/// has them (their SQL is read from sqlite_schema, not repeated here). Both calls belong inside
/// the caller's transaction, so a failure or crash leaves everything as it was. On PostgreSQL
/// suspending drops every index on customers that holds no key (the trigram search indexes
/// and the filters' B-trees) and resuming builds each again from its saved definition, which
/// for a large load is several times cheaper than growing them (131,434 new customers: 1.0 s
/// to 0.37 s for the COPY).
class CustomerSearchIndex
{
public:
    explicit CustomerSearchIndex(Database &database);
    /// On a bare connection (a migration step, before a Database exists).
    explicit CustomerSearchIndex(const QSqlDatabase &connection) : m_connection(connection) {}

    /// Worth it when the load adds more customers than the book holds (a rebuild reads all).
    static bool worthSuspending(qint64 existingCustomers, qint64 newCustomers)
    {
        return newCustomers >= 10000 && newCustomers > existingCustomers;
    }

    /// False (and nothing changed) when the triggers or indexes cannot be dropped, e.g. while
    /// another statement on the connection is still reading; the caller then loads with them.
    bool suspend(QString *error);
    /// Rebuilds both indexes from the customers table and restores the triggers.
    bool rebuildAndResume(QString *error);
    /// Rebuilds only the word index customer_grams (name pairs and pinyin, schema v7) and
    /// restores the triggers: enough after a load that changed name_pinyin alone.
    bool rebuildWordsAndResume(QString *error);

private:
    bool execute(const QString &sql, QString *error);
    bool resume(QString *error);

    QSqlDatabase m_connection;
    QList<QPair<QString, QString>> m_dropped; ///< name, CREATE statement (triggers or indexes)
    bool m_postgres = false;
};

} // namespace kehu
