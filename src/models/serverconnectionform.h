#pragma once

#include "bookaddress.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace kehu {

/// What File → Connect to Server works on, without widgets: the fields of a server address
/// (host, port, database, user, TLS mode), checked, turned into a BookAddress, and filled
/// back from one (a recent book, a failed attempt).
class ServerConnectionForm
{
    Q_DECLARE_TR_FUNCTIONS(kehu::ServerConnectionForm)

public:
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;
    /// libpq's sslmode: "prefer" (default), "require", "verify-full", "disable".
    QString sslMode = QStringLiteral("prefer");

    /// The TLS modes offered, in order, with what they mean to a person.
    static QStringList sslModes();
    static QString sslModeLabel(const QString &mode);

    /// Fields from an address (the password too, when it holds one).
    static ServerConnectionForm from(const BookAddress &address);
    /// The address, or nullopt with `problem` saying which field is missing or wrong.
    std::optional<BookAddress> address(QString *problem) const;
};

} // namespace kehu
