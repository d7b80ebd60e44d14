#include "serverdatabase.h"

#include "bookaddress.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

namespace kehu::test {

namespace {

/// Runs one statement as the server's administrator on a short-lived connection of its own;
/// `firstValue`, when given, gets the first value of its first row.
bool administer(const QString &sql, QString *error, QVariant *firstValue = nullptr)
{
    static std::atomic<int> counter{0};
    const QString connectionName = QStringLiteral("kehu-test-admin-%1").arg(counter.fetch_add(1));
    bool ok = false;
    {
        const BookAddress::Server server = BookAddress::parse(testServerUri()).serverPart();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(server.host);
        db.setPort(server.port);
        db.setDatabaseName(server.database);
        db.setUserName(server.user);
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                *error = query.lastError().text();
            else if (firstValue && query.next())
                *firstValue = query.value(0);
        } else {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return ok;
}

} // namespace

bool endSession(const QSqlDatabase &desk, QString *error)
{
    QSqlQuery pid(desk);
    if (!pid.exec(QStringLiteral("SELECT pg_backend_pid()")) || !pid.next()) {
        *error = pid.lastError().text();
        return false;
    }
    QVariant ended;
    if (!administer(QStringLiteral("SELECT pg_terminate_backend(%1, 5000)").arg(pid.value(0).toLongLong()), error,
                    &ended))
        return false;
    if (!ended.toBool())
        *error = QStringLiteral("the server did not end session %1").arg(pid.value(0).toLongLong());
    return ended.toBool();
}

QString testServerUri()
{
    return qEnvironmentVariable("KEHU_TEST_POSTGRES");
}

ServerDatabase::ServerDatabase()
{
    static std::atomic<int> counter{0};
    m_name = QStringLiteral("kehu_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(counter.fetch_add(1));
    QString error;
    if (!administer(QStringLiteral("CREATE DATABASE %1").arg(m_name), &error))
        qFatal("cannot create the test database %s on %s: %s", qPrintable(m_name), qPrintable(testServerUri()),
               qPrintable(error));
    BookAddress::Server server = BookAddress::parse(testServerUri()).serverPart();
    server.database = m_name;
    m_uri = BookAddress::server(server).toString();
}

ServerDatabase::~ServerDatabase()
{
    QString error;
    if (!administer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name), &error))
        qWarning("cannot drop the test database %s: %s", qPrintable(m_name), qPrintable(error));
}

bool ServerDatabase::acceptConnections(bool accept, QString *error)
{
    return administer(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS %2")
                          .arg(m_name, accept ? QStringLiteral("true") : QStringLiteral("false")),
                      error);
}

CliBook::CliBook(const QString &fileName) : m_fileName(fileName)
{
    if (!testServerUri().isEmpty())
        m_server = std::make_unique<ServerDatabase>();
}

QString CliBook::address() const
{
    return m_server ? m_server->uri() : m_dir.filePath(m_fileName);
}

} // namespace kehu::test
