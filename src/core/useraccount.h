#pragma once

#include "access.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace kehu {

/// A person who signs in to a book (users). `passwordHash` is libsodium's Argon2id string,
/// never the password. A manager's `team` limits them to the customers of that team's
/// members (empty: the whole book); staff name their team so that its manager reaches them.
/// `failedSignIns` counts the wrong passwords since the last good one; until `lockedUntil`
/// (UTC) no password is even tried.
struct UserAccount
{
    qint64 id = 0;
    QString name;
    Role role = Role::Staff;
    QString team;
    QString passwordHash;
    bool disabled = false;
    int failedSignIns = 0;
    std::optional<QDateTime> lockedUntil;
    QDateTime createdAt;
};

} // namespace kehu
