#include "bookaddress.h"

#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace kehu {

namespace {

constexpr int kDefaultPort = 5432;

bool isKnownSslMode(const QString &mode)
{
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes.contains(mode);
}

/// Reads the query parameters libpq users write most; an unknown one is an error rather
/// than silently dropped, so a typo in sslmode cannot turn TLS off.
QString readQuery(const QUrlQuery &query, BookAddress::Server &server)
{
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"host") {
            server.host = value;
        } else if (key == u"port") {
            bool ok = false;
            server.port = value.toInt(&ok);
            if (!ok || server.port <= 0 || server.port > 65535)
                return QStringLiteral("port must be a number from 1 to 65535, not \"%1\"").arg(value);
        } else if (key == u"user") {
            server.user = value;
        } else if (key == u"dbname") {
            server.database = value;
        } else if (key == u"sslmode") {
            if (!isKnownSslMode(value))
                return QStringLiteral("sslmode must be disable, allow, prefer, require, verify-ca or verify-full, "
                                      "not \"%1\"")
                    .arg(value);
            server.sslMode = value;
        } else {
            return QStringLiteral("unknown parameter \"%1\" (known: host, port, user, dbname, sslmode)").arg(key);
        }
    }
    return {};
}

} // namespace

bool BookAddress::looksLikeServer(const QString &text)
{
    return text.startsWith(u"postgresql://", Qt::CaseInsensitive)
           || text.startsWith(u"postgres://", Qt::CaseInsensitive);
}

BookAddress BookAddress::file(const QString &path)
{
    BookAddress address;
    address.m_filePath = path;
    return address;
}

BookAddress BookAddress::server(const Server &server)
{
    BookAddress address;
    address.m_kind = Kind::Server;
    address.m_server = server;
    if (address.m_server.database.isEmpty())
        address.m_error = QStringLiteral("the server address names no database");
    return address;
}

BookAddress BookAddress::parse(const QString &text)
{
    if (!looksLikeServer(text))
        return file(text);
    BookAddress address;
    address.m_kind = Kind::Server;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        address.m_error = QStringLiteral("not a valid server address: %1").arg(url.errorString());
        return address;
    }
    Server &server = address.m_server;
    server.host = url.host(QUrl::FullyDecoded);
    server.port = url.port(kDefaultPort);
    server.user = url.userName(QUrl::FullyDecoded);
    server.password = url.password(QUrl::FullyDecoded);
    server.database = url.path(QUrl::FullyDecoded).mid(1);
    address.m_error = readQuery(QUrlQuery(url), server);
    if (address.m_error.isEmpty() && server.database.isEmpty())
        address.m_error = QStringLiteral("the server address names no database (postgresql://user@host/database)");
    return address;
}

QString BookAddress::toString() const
{
    return uri(false);
}

QString BookAddress::connectionString() const
{
    return uri(true);
}

QString BookAddress::uri(bool withPassword) const
{
    if (m_kind == Kind::File)
        return m_filePath;
    const auto encoded = [](const QString &part) { return QString::fromLatin1(QUrl::toPercentEncoding(part)); };
    const bool socket = m_server.host.startsWith(u'/');
    QString text = QStringLiteral("postgresql://");
    if (!m_server.user.isEmpty()) {
        text += encoded(m_server.user);
        if (withPassword && !m_server.password.isEmpty())
            text += u':' + encoded(m_server.password);
        text += u'@';
    }
    if (!socket)
        text += m_server.host.contains(u':') ? u'[' + m_server.host + u']' : m_server.host;
    if (m_server.port != kDefaultPort)
        text += u':' + QString::number(m_server.port);
    text += u'/' + encoded(m_server.database);
    QStringList query;
    if (socket)
        query << u"host=" + encoded(m_server.host);
    if (!m_server.sslMode.isEmpty())
        query << u"sslmode=" + m_server.sslMode;
    if (!query.isEmpty())
        text += u'?' + query.join(u'&');
    return text;
}

QString BookAddress::displayName() const
{
    if (m_kind == Kind::File)
        return QFileInfo(m_filePath).fileName();
    const QString host = m_server.host.isEmpty() || m_server.host.startsWith(u'/') ? QStringLiteral("localhost")
                                                                                   : m_server.host;
    return QStringLiteral("%1 @ %2").arg(m_server.database, host);
}

} // namespace kehu
