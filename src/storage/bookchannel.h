#pragma once

#include <QMetaObject>
#include <QString>

#include <functional>

namespace kehu {

class Database;

/// What desks sharing one server book tell each other: after a desk writes, it announces what
/// changed ("customer:42", "book", "snapshots", ...), and every other desk on the same book
/// hears it (PostgreSQL's LISTEN/NOTIFY, through Qt's driver). A desk does not hear its own
/// announcements. Announcements are heard on the thread of the book's connection, when its
/// event loop runs. On an SQLite file there is no one else to tell: nothing happens.
class BookChannel
{
public:
    using Listener = std::function<void(const QString &what)>;

    /// Starts listening on `database` (a server book) and calls `listener` for each
    /// announcement of another desk.
    BookChannel(Database &database, Listener listener);
    ~BookChannel();
    BookChannel(const BookChannel &) = delete;
    BookChannel &operator=(const BookChannel &) = delete;

    bool isActive() const { return m_active; }
    /// Tells the other desks. False (and a warning) when the server did not take it.
    bool announce(const QString &what) const;

private:
    Database &m_database;
    QMetaObject::Connection m_connection;
    bool m_active = false;
};

} // namespace kehu
