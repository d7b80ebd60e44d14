#pragma once

#include "useraccount.h"

#include <QList>
#include <QString>

#include <optional>

namespace kehu {

class Database;

/// The people who sign in to the book (users), by name. Writes join the caller's transaction.
class UserRepository
{
public:
    explicit UserRepository(Database &database) : m_database(database) {}

    QList<UserAccount> list() const;
    /// ForUpdate: on a server, the row stays locked until the caller's transaction ends.
    enum class Lock { None, ForUpdate };
    std::optional<UserAccount> find(const QString &name, Lock lock = Lock::None) const;
    /// How many users there are (disabled ones too): none means a one-person book without
    /// sign-in. -1 when the count could not be read.
    qint64 count() const;
    /// How many owners are not disabled (the last one cannot be demoted or disabled).
    qint64 activeOwnerCount() const;
    /// The names of the users of `team` (none for an empty team).
    QStringList teamMembers(const QString &team) const;

    /// Adds `user` (its id and createdAt are set here). False with `error` set when the name
    /// is taken or the write failed.
    bool insert(UserAccount &user, QString *error = nullptr);
    /// Writes role, team, password hash, disabled and the sign-in counters of the user with
    /// `user.id`.
    bool update(const UserAccount &user, QString *error = nullptr);

private:
    Database &m_database;
};

} // namespace kehu
