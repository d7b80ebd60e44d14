#include "serverconnectionform.h"

namespace kehu {

QStringList ServerConnectionForm::sslModes()
{
    return {QStringLiteral("prefer"), QStringLiteral("require"), QStringLiteral("verify-full"),
            QStringLiteral("disable")};
}

QString ServerConnectionForm::sslModeLabel(const QString &mode)
{
    if (mode == u"prefer")
        return tr("Encrypted when the server offers it");
    if (mode == u"require")
        return tr("Always encrypted");
    if (mode == u"verify-full")
        return tr("Encrypted, server certificate checked");
    if (mode == u"disable")
        return tr("Not encrypted (local network only)");
    return mode;
}

ServerConnectionForm ServerConnectionForm::from(const BookAddress &address)
{
    ServerConnectionForm form;
    if (!address.isServer())
        return form;
    const BookAddress::Server &server = address.serverPart();
    form.host = server.host;
    form.port = server.port;
    form.database = server.database;
    form.user = server.user;
    form.password = server.password;
    if (!server.sslMode.isEmpty())
        form.sslMode = server.sslMode;
    return form;
}

std::optional<BookAddress> ServerConnectionForm::address(QString *problem) const
{
    const auto fail = [problem](const QString &text) {
        if (problem)
            *problem = text;
        return std::nullopt;
    };
    if (database.trimmed().isEmpty())
        return fail(tr("Enter the name of the book's database on the server."));
    if (user.trimmed().isEmpty())
        return fail(tr("Enter the user name the server knows you by."));
    if (port < 1 || port > 65535)
        return fail(tr("The port is a number from 1 to 65535 (PostgreSQL's is 5432)."));
    if (!sslModes().contains(sslMode))
        return fail(tr("Choose how the connection is encrypted."));
    BookAddress::Server server;
    server.host = host.trimmed().isEmpty() ? QStringLiteral("localhost") : host.trimmed();
    server.port = port;
    server.database = database.trimmed();
    server.user = user.trimmed();
    server.password = password;
    server.sslMode = sslMode == u"prefer" ? QString() : sslMode;
    return BookAddress::server(server);
}

} // namespace kehu
