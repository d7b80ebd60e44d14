#pragma once

#include "customer.h"
#include "database.h"

#include <QTemporaryDir>

#include <memory>

namespace kehu::test {

/// A fresh Kehu database, migrated to the current schema, in a temporary directory that is
/// removed afterwards. Fails the test (no skip) when it cannot be created.
class TempDatabase
{
public:
    TempDatabase();

    Database &db() { return *m_database; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    /// Closes the connection (e.g. to reopen the file or inspect it from outside).
    void close() { m_database.reset(); }
    /// Opens the same file again.
    void reopen();
    /// Adds a customer with these fields (the others empty); fails the test and returns 0
    /// when it cannot.
    CustomerId addCustomer(const QString &code, const QString &name, const QString &phone = {},
                           const QString &owner = {});

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_database;
};

/// Path of a file under tests/data.
QString testDataPath(const QString &relative);

} // namespace kehu::test
