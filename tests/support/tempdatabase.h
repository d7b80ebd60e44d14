#pragma once

#include "customer.h"
#include "database.h"
#include "serverdatabase.h"

#include <QTemporaryDir>

#include <memory>

namespace kehu {
class Workspace;
}

namespace kehu::test {

/// A fresh Kehu database, migrated to the current schema, removed afterwards: an SQLite file in
/// a temporary directory, or, when the suite runs on PostgreSQL (testServerUri()), a database
/// of its own on the test server. Fails the test (no skip) when it cannot be created.
class TempDatabase
{
public:
    TempDatabase();
    ~TempDatabase();
    TempDatabase(const TempDatabase &) = delete;
    TempDatabase &operator=(const TempDatabase &) = delete;

    Database &db();
    /// The book as the services see it (a one-person book: its anonymous owner works on it).
    Workspace &workspace() { return *m_workspace; }
    /// The book's address: the file's path, or the server database's URI.
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    /// Closes the connection (e.g. to reopen the book or inspect it from outside).
    void close();
    /// Opens the same book again.
    void reopen();
    /// Adds a customer with these fields (the others empty); fails the test and returns 0
    /// when it cannot.
    CustomerId addCustomer(const QString &code, const QString &name, const QString &phone = {},
                           const QString &owner = {});

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerDatabase> m_server;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace; ///< owns the connection
};

/// Makes every later INSERT into `table` fail with `message` (a trigger, on either backend),
/// or only those whose row meets `when` (an SQL condition on NEW, e.g. "NEW.amount = 4242"):
/// stands in for a write that fails half-way. False when the trigger could not be made.
bool refuseInserts(Database &db, const QString &table, const QString &message, const QString &when = {});

/// Path of a file under tests/data.
QString testDataPath(const QString &relative);

} // namespace kehu::test
