#pragma once

#include <QString>

namespace kehu {

/// Where a book lives: an SQLite file (a path) or a database on a PostgreSQL server, written
/// as a libpq connection URI: `postgresql://user@host:5432/shop?sslmode=require`. A Unix
/// socket folder goes in the host parameter: `postgresql://kehu@/shop?host=/run/postgresql`.
/// The password is never part of what is shown or stored (toString() leaves it out); it comes
/// from the keychain, the PGPASSWORD environment variable or ~/.pgpass.
class BookAddress
{
public:
    enum class Kind { File, Server };

    struct Server
    {
        QString host; ///< a host name, or a socket folder (starts with '/'); empty: libpq's default
        int port = 5432;
        QString database;
        QString user;
        QString password;
        QString sslMode; ///< libpq's sslmode (disable, prefer, require, verify-full); empty: prefer
    };

    /// A file path, or a server URI when `text` starts with postgresql:// or postgres://.
    /// An unreadable URI gives a Server address with error() set.
    static BookAddress parse(const QString &text);
    static BookAddress file(const QString &path);
    static BookAddress server(const Server &server);

    static bool looksLikeServer(const QString &text);

    Kind kind() const { return m_kind; }
    bool isServer() const { return m_kind == Kind::Server; }
    const QString &filePath() const { return m_filePath; }
    const Server &serverPart() const { return m_server; }
    /// Why parse() could not read the URI; empty when it could.
    const QString &error() const { return m_error; }

    /// The path, or the URI without the password.
    QString toString() const;
    /// The path, or the URI with the password: only for handing to Database::open, never to
    /// show or store.
    QString connectionString() const;
    /// A short name for titles and lists: the file name, or "shop on host".
    QString displayName() const;

private:
    QString uri(bool withPassword) const;

    Kind m_kind = Kind::File;
    QString m_filePath;
    Server m_server;
    QString m_error;
};

} // namespace kehu
