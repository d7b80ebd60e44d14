#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace kehu::test {

/// The PostgreSQL server the suite runs against, as an administrator's URI
/// (postgresql://kehu@/postgres?host=…), from the KEHU_TEST_POSTGRES environment variable
/// that ctest sets for the suites' PostgreSQL runs. Empty: the tests run on SQLite files.
QString testServerUri();

/// An empty database of its own on the test server, dropped when this is destroyed (with any
/// connection still on it). Fails the test run (qFatal) when the server cannot make one.
class ServerDatabase
{
public:
    ServerDatabase();
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    /// The book address of the new database (a postgresql:// URI).
    QString uri() const { return m_uri; }
    /// Makes the server refuse (or take again) new sessions to this database, as while it
    /// restarts. Sessions already open stay.
    bool acceptConnections(bool accept, QString *error);

private:
    QString m_name;
    QString m_uri;
};

/// Ends the server session behind `desk` as an administrator or a server restart would; the
/// desk's connection is left to find out. False with `error` set when it could not.
bool endSession(const QSqlDatabase &desk, QString *error);

/// A book address for kehu-cli: a file in a temporary folder on SQLite runs, an empty
/// database of its own on the test server in the PostgreSQL run.
class CliBook
{
public:
    explicit CliBook(const QString &fileName = QStringLiteral("shop.kehu"));

    QString address() const;

private:
    QTemporaryDir m_dir;
    QString m_fileName;
    std::unique_ptr<ServerDatabase> m_server;
};

} // namespace kehu::test
