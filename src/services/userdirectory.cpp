#include "userdirectory.h"

#include "accessguard.h"
#include "auditedwrite.h"
#include "auditlog.h"
#include "database.h"
#include "transaction.h"
#include "userrepository.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

#include <algorithm>

namespace kehu {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kehu::UserDirectory", text);
}

/// What the audit log keeps of a user: never the password hash.
QString userJson(const UserAccount &user)
{
    const QJsonObject object{{QStringLiteral("name"), user.name},
                             {QStringLiteral("role"), QString(roleKey(user.role))},
                             {QStringLiteral("team"), user.team},
                             {QStringLiteral("disabled"), user.disabled}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

constexpr int kLongestName = 64;
constexpr int kShortestPassword = 8;
constexpr int kLongestPassword = 1024;

} // namespace

QString UserDirectory::nameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("A user needs a name.");
    if (name != name.trimmed())
        return tr("A user name cannot begin or end with a space.");
    if (name.size() > kLongestName)
        return tr("A user name has at most 64 characters.");
    if (std::any_of(name.begin(), name.end(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        return tr("A user name cannot hold control characters.");
    return {};
}

QString UserDirectory::passwordProblem(const QString &password)
{
    if (password.size() < kShortestPassword)
        return tr("A password has at least 8 characters.");
    if (password.size() > kLongestPassword)
        return tr("A password has at most 1024 characters.");
    return {};
}

bool UserDirectory::hasUsers() const
{
    return UserRepository(m_workspace.database()).count() != 0;
}

QList<UserAccount> UserDirectory::list(QString *error)
{
    if (!m_workspace.access().require(Operation::ManageUsers, error))
        return {};
    QList<UserAccount> users = UserRepository(m_workspace.database()).list();
    for (UserAccount &user : users)
        user.passwordHash.clear(); // never above the services
    return users;
}

bool UserDirectory::add(const QString &name, Role role, const QString &team, const QString &password, QString *error)
{
    const bool first = !hasUsers();
    if (first) {
        const std::optional<Actor> &actor = m_workspace.actor();
        if (!actor || !actor->isAnonymous() || role != Role::Owner) {
            if (error)
                *error = tr("The first user of a book is its owner: the person at this desk.");
            return false;
        }
    } else if (!m_workspace.access().require(Operation::ManageUsers, error)) {
        return false;
    }
    QString problem = nameProblem(name);
    if (problem.isEmpty())
        problem = passwordProblem(password);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    UserRepository users(m_workspace.database());
    if (users.find(name)) {
        if (error)
            *error = tr("There is already a user named %1.").arg(name);
        return false;
    }
    UserAccount user;
    user.name = name;
    user.role = role;
    user.team = team.trimmed();
    user.passwordHash = m_hasher.hash(password);
    if (user.passwordHash.isEmpty()) {
        if (error)
            *error = tr("The password could not be hashed (out of memory?).");
        return false;
    }
    AuditedWrite write(m_workspace, {QStringLiteral("add_user"), QStringLiteral("user")});
    if (!write.begun(error))
        return false;
    if (!users.insert(user, error))
        return false;
    write.entry().entityId = user.id;
    write.entry().after = userJson(user);
    if (first)
        m_workspace.signInAs(actorFor(user)); // the record is then theirs
    if (!write.commit(error)) {
        if (first)
            m_workspace.signInAs(Actor::anonymousOwner());
        return false;
    }
    return true;
}

bool UserDirectory::keepsAnOwner(const UserAccount &user, Role role, bool disabled, QString *error) const
{
    const bool losesAnOwner = user.role == Role::Owner && !user.disabled && (role != Role::Owner || disabled);
    if (losesAnOwner && UserRepository(m_workspace.database()).activeOwnerCount() <= 1) {
        if (error)
            *error = tr("%1 is the book's last owner: make someone else an owner first.").arg(user.name);
        return false;
    }
    return true;
}

bool UserDirectory::setRole(const QString &name, Role role, const QString &team, QString *error)
{
    if (!m_workspace.access().require(Operation::ManageUsers, error))
        return false;
    std::optional<UserAccount> user = UserRepository(m_workspace.database()).find(name);
    if (!user) {
        if (error)
            *error = tr("There is no user named %1.").arg(name);
        return false;
    }
    if (!keepsAnOwner(*user, role, user->disabled, error))
        return false;
    const QString before = userJson(*user);
    user->role = role;
    user->team = team.trimmed();
    return write(*user, QStringLiteral("set_user_role"), before, error);
}

bool UserDirectory::setPassword(const QString &name, const QString &password, QString *error)
{
    if (!m_workspace.access().require(Operation::ManageUsers, error))
        return false;
    return writePassword(name, password, error);
}

bool UserDirectory::changeOwnPassword(const QString &current, const QString &password, QString *error)
{
    const std::optional<Actor> &actor = m_workspace.actor();
    const std::optional<UserAccount> user = actor && !actor->isAnonymous()
                                                ? UserRepository(m_workspace.database()).find(actor->name)
                                                : std::nullopt;
    if (!user) {
        if (error)
            *error = tr("Sign in first: this book has users.");
        return false;
    }
    if (!PasswordHasher::verify(user->passwordHash, current.left(kLongestPassword))) {
        if (error)
            *error = tr("Wrong user name or password.");
        return false;
    }
    return writePassword(user->name, password, error);
}

bool UserDirectory::writePassword(const QString &name, const QString &password, QString *error)
{
    const QString problem = passwordProblem(password);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    std::optional<UserAccount> user = UserRepository(m_workspace.database()).find(name);
    if (!user) {
        if (error)
            *error = tr("There is no user named %1.").arg(name);
        return false;
    }
    const QString before = userJson(*user);
    user->passwordHash = m_hasher.hash(password);
    user->failedSignIns = 0;
    user->lockedUntil.reset();
    if (user->passwordHash.isEmpty()) {
        if (error)
            *error = tr("The password could not be hashed (out of memory?).");
        return false;
    }
    // The record says that the password changed, never what it is.
    QJsonObject after = QJsonDocument::fromJson(userJson(*user).toUtf8()).object();
    after.insert(QStringLiteral("password"), QStringLiteral("changed"));
    return write(*user, QStringLiteral("set_password"), before, error,
                 QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact)));
}

bool UserDirectory::setDisabled(const QString &name, bool disabled, QString *error)
{
    if (!m_workspace.access().require(Operation::ManageUsers, error))
        return false;
    std::optional<UserAccount> user = UserRepository(m_workspace.database()).find(name);
    if (!user) {
        if (error)
            *error = tr("There is no user named %1.").arg(name);
        return false;
    }
    if (!keepsAnOwner(*user, user->role, disabled, error))
        return false;
    const QString before = userJson(*user);
    user->disabled = disabled;
    return write(*user, disabled ? QStringLiteral("disable_user") : QStringLiteral("enable_user"), before, error);
}

bool UserDirectory::write(const UserAccount &user, const QString &action, const QString &before, QString *error,
                          const QString &after)
{
    AuditedWrite write(m_workspace, {action, QStringLiteral("user"), user.id});
    write.entry().before = before;
    write.entry().after = after.isEmpty() ? userJson(user) : after;
    return write.begun(error) && UserRepository(m_workspace.database()).update(user, error) && write.commit(error);
}

std::optional<Actor> UserDirectory::authenticate(const QString &name, const QString &password, const QDateTime &now,
                                                 QString *error)
{
    Database &database = m_workspace.database();
    QSqlDatabase db = database.connection();
    // The counter is read and written in one transaction, the row locked on a server: desks
    // guessing at the same time each count.
    Transaction transaction(db);
    UserRepository users(database);
    std::optional<UserAccount> user = users.find(name, UserRepository::Lock::ForUpdate);
    AuditEntry entry(QStringLiteral("sign_in"), QStringLiteral("user"));
    entry.outcome = AuditOutcome::Failed;
    // The name is recorded as typed (cut short): the log shows what was tried, not a user.
    const QString tried = name.left(kLongestName);
    const QString wrong = tr("Wrong user name or password.");
    const auto finish = [&](const QString &refusal) -> std::optional<Actor> {
        QString writeError;
        if ((user && !users.update(*user, &writeError)) || !AuditLog(database).add(tried, entry, &writeError)
            || !transaction.commit()) {
            if (error)
                *error = tr("Signing in failed: %1").arg(writeError.isEmpty() ? db.lastError().text() : writeError);
            return std::nullopt;
        }
        if (entry.outcome == AuditOutcome::Done)
            return actorFor(*user);
        if (error)
            *error = refusal;
        return std::nullopt;
    };
    // Too long a password is wrong, but costs the time of a check like any other.
    const QString checked = password.left(kLongestPassword);
    if (!user) {
        m_hasher.spendVerifyTime(checked);
        entry.detail = QStringLiteral("unknown user name");
        return finish(wrong);
    }
    entry.entityId = user->id;
    if (user->lockedUntil && now < *user->lockedUntil) {
        const int seconds = int(std::max<qint64>(1, now.secsTo(*user->lockedUntil)));
        entry.detail = QStringLiteral("waiting after %1 wrong passwords").arg(user->failedSignIns);
        return finish(QCoreApplication::translate(
            "kehu::UserDirectory", "Too many wrong passwords: try again in %n second(s).", nullptr, seconds));
    }
    const bool matches = PasswordHasher::verify(user->passwordHash, checked) && password.size() <= kLongestPassword;
    if (!matches) {
        ++user->failedSignIns;
        if (user->failedSignIns >= kFreeFailures) {
            const int doublings = std::min(user->failedSignIns - kFreeFailures, 10);
            user->lockedUntil = now.addSecs(std::min(1 << doublings, kLongestWaitSeconds));
        }
        entry.detail = QStringLiteral("wrong password (%1 in a row)").arg(user->failedSignIns);
        return finish(wrong);
    }
    if (user->disabled) {
        entry.detail = QStringLiteral("disabled user");
        return finish(tr("This user is disabled: ask an owner."));
    }
    user->failedSignIns = 0;
    user->lockedUntil.reset();
    entry.outcome = AuditOutcome::Done;
    return finish({});
}

Actor UserDirectory::actorFor(const UserAccount &user) const
{
    Actor actor{user.name, user.role, std::nullopt};
    if (user.role == Role::Staff) {
        actor.owners = QStringList{user.name};
    } else if (user.role == Role::Manager && !user.team.isEmpty()) {
        QStringList members = UserRepository(m_workspace.database()).teamMembers(user.team);
        if (!members.contains(user.name))
            members << user.name;
        actor.owners = members;
    }
    return actor;
}

} // namespace kehu
