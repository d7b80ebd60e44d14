#include "userrepository.h"

#include "database.h"
#include "sqlrows.h"

#include <QSqlQuery>

namespace kehu {

namespace {

const QString kColumns = QStringLiteral(
    "id, name, role, team, password_hash, disabled, failed_sign_ins, locked_until, created_at");

QVariant optionalTime(const std::optional<QDateTime> &at)
{
    return at ? QVariant(at->toUTC().toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

UserAccount readUser(const QSqlQuery &q)
{
    UserAccount user;
    user.id = q.value(0).toLongLong();
    user.name = q.value(1).toString();
    user.role = roleFromKey(q.value(2).toString()).value_or(Role::Viewer);
    user.team = q.value(3).toString();
    user.passwordHash = q.value(4).toString();
    user.disabled = q.value(5).toInt() != 0;
    user.failedSignIns = q.value(6).toInt();
    if (!q.value(7).isNull())
        user.lockedUntil = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
    user.createdAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
    return user;
}

qint64 scalar(Database &database, const QString &sql)
{
    return selectOne(database.connection(), sql, {}, [](const QSqlQuery &q) { return q.value(0).toLongLong(); })
        .value_or(-1);
}

} // namespace

QList<UserAccount> UserRepository::list() const
{
    return selectRows(m_database.connection(), QStringLiteral("SELECT %1 FROM users ORDER BY name").arg(kColumns), {},
                      readUser);
}

std::optional<UserAccount> UserRepository::find(const QString &name, Lock lock) const
{
    // SQLite locks the whole file for a write transaction: nothing to add there.
    const bool forUpdate = lock == Lock::ForUpdate && m_database.isServer();
    return selectOne(m_database.connection(),
                     QStringLiteral("SELECT %1 FROM users WHERE name = ?%2")
                         .arg(kColumns, forUpdate ? QStringLiteral(" FOR UPDATE") : QString()),
                     {name}, readUser);
}

qint64 UserRepository::count() const
{
    return scalar(m_database, QStringLiteral("SELECT COUNT(*) FROM users"));
}

qint64 UserRepository::activeOwnerCount() const
{
    return scalar(m_database, QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'owner' AND disabled = 0"));
}

QStringList UserRepository::teamMembers(const QString &team) const
{
    if (team.isEmpty())
        return {};
    return selectRows(m_database.connection(), QStringLiteral("SELECT name FROM users WHERE team = ? ORDER BY name"),
                      {team}, [](const QSqlQuery &q) { return q.value(0).toString(); });
}

bool UserRepository::insert(UserAccount &user, QString *error)
{
    user.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_database.connection());
    if (!execQuery(q,
                   QStringLiteral("INSERT INTO users (name, role, team, password_hash, disabled, failed_sign_ins, "
                                  "locked_until, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                   {user.name, QString(roleKey(user.role)), notNullText(user.team), user.passwordHash,
                    int(user.disabled), user.failedSignIns, optionalTime(user.lockedUntil),
                    user.createdAt.toString(Qt::ISODate)},
                   error))
        return false;
    const std::optional<UserAccount> stored = find(user.name);
    if (!stored) {
        if (error)
            *error = QStringLiteral("the new user %1 was not found after it was written").arg(user.name);
        return false;
    }
    user.id = stored->id;
    return true;
}

bool UserRepository::update(const UserAccount &user, QString *error)
{
    QSqlQuery q(m_database.connection());
    if (!execQuery(q,
                   QStringLiteral("UPDATE users SET role = ?, team = ?, password_hash = ?, disabled = ?, "
                                  "failed_sign_ins = ?, locked_until = ? WHERE id = ?"),
                   {QString(roleKey(user.role)), notNullText(user.team), user.passwordHash, int(user.disabled),
                    user.failedSignIns, optionalTime(user.lockedUntil), user.id},
                   error))
        return false;
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = QStringLiteral("user %1 is not in the book").arg(user.name);
        return false;
    }
    return true;
}

} // namespace kehu
