#pragma once

#include "access.h"
#include "passwordhasher.h"
#include "useraccount.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace kehu {

class Workspace;

/// The people who work on the book: adding them, their role and team, passwords, and signing
/// in. A book without users is a one-person book and opens without sign-in; the first user
/// added is its owner (the person at the desk), and from then on everyone signs in.
///
/// Guessing is slowed down: after the third wrong password in a row the account waits 1 s
/// before the next try, and each further failure doubles the wait, up to 15 minutes. A try
/// during the wait is refused without looking at the password. Every sign-in, good or bad,
/// is in the audit log.
class UserDirectory
{
public:
    explicit UserDirectory(Workspace &workspace, PasswordHasher::Cost cost = PasswordHasher::Cost::Interactive)
        : m_workspace(workspace), m_hasher(cost)
    {}

    /// Whether the book has users (and so asks everyone to sign in).
    bool hasUsers() const;
    /// Everyone, by name (owners only).
    QList<UserAccount> list(QString *error = nullptr);

    /// Adds a user. In a book without users the first one must be an owner: the person at the
    /// desk, who is signed in as them from then on. Otherwise only owners add users.
    bool add(const QString &name, Role role, const QString &team, const QString &password, QString *error = nullptr);
    /// Changes a user's role and team (owners only; the last active owner stays an owner).
    bool setRole(const QString &name, Role role, const QString &team, QString *error = nullptr);
    /// Sets a new password for someone else (owners: a reset, e.g. a forgotten password).
    bool setPassword(const QString &name, const QString &password, QString *error = nullptr);
    /// The signed-in person's new password, given their current one (whoever finds a desk left
    /// signed in must not be able to take the account over).
    bool changeOwnPassword(const QString &current, const QString &password, QString *error = nullptr);
    /// Disables or enables a user (owners only; not the last active owner). A disabled user
    /// cannot sign in; their customers keep them as owner until handed over.
    bool setDisabled(const QString &name, bool disabled, QString *error = nullptr);

    /// Checks `name` and `password` at `now` (UTC): the person's Actor, or nullopt with
    /// `error` set. Does not change who works on the workspace (Workspace::signIn does).
    std::optional<Actor> authenticate(const QString &name, const QString &password, const QDateTime &now,
                                      QString *error = nullptr);

    /// The Actor `user` works as: their role, and whose customers they reach.
    Actor actorFor(const UserAccount &user) const;

    /// Why `password` is not acceptable as a new password; empty when it is.
    static QString passwordProblem(const QString &password);
    /// Why `name` is not acceptable as a user name; empty when it is.
    static QString nameProblem(const QString &name);

    /// Wrong passwords in a row before the waiting starts, and its longest wait.
    static constexpr int kFreeFailures = 3;
    static constexpr int kLongestWaitSeconds = 15 * 60;

private:
    bool write(const UserAccount &user, const QString &action, const QString &before, QString *error,
               const QString &after = {});
    bool writePassword(const QString &name, const QString &password, QString *error);
    bool keepsAnOwner(const UserAccount &user, Role role, bool disabled, QString *error) const;

    Workspace &m_workspace;
    PasswordHasher m_hasher;
};

} // namespace kehu
