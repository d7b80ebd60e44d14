// Signing in: the first user, passwords at rest, guessing slowed down, hostile names.

#include "audittrail.h"
#include "customerbook.h"
#include "userdirectory.h"
#include "userrepository.h"

#include "teambook.h"

#include "../support/databasedump.h"
#include "../support/printers.h"

#include <gtest/gtest.h>

#include <QSqlQuery>

using namespace kehu;

namespace {

const QString kPassword = QString::fromUtf8(test::TeamBook::kPassword);

qint64 count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(sql) && q.next()) << sql.toStdString();
    return q.value(0).toLongLong();
}

} // namespace

TEST(Users, TheFirstUserIsTheOwnerAtTheDeskAndThenEveryoneSignsIn)
{
    test::TempDatabase temp;
    Workspace &w = temp.workspace();
    ASSERT_TRUE(w.actor());
    EXPECT_TRUE(w.actor()->isAnonymous());
    UserDirectory users(w, PasswordHasher::Cost::Minimal);
    QString error;
    EXPECT_FALSE(users.add(QStringLiteral("小王"), Role::Staff, {}, kPassword, &error));
    EXPECT_FALSE(error.isEmpty());
    ASSERT_TRUE(users.add(QStringLiteral("老板"), Role::Owner, {}, kPassword, &error)) << error.toStdString();
    EXPECT_EQ(w.actor()->name, QStringLiteral("老板"));
    const QList<AuditRecord> added = w.audit().find(AuditQuery{});
    ASSERT_EQ(added.size(), 1);
    EXPECT_EQ(added.first().userName, QStringLiteral("老板"));
    EXPECT_EQ(added.first().entry.action, QStringLiteral("add_user"));
    EXPECT_FALSE(added.first().entry.after.contains(u"argon2")) << "the hash stays out of the log";

    temp.reopen();
    Workspace &again = temp.workspace();
    EXPECT_TRUE(again.needsSignIn());
    EXPECT_FALSE(again.signIn(QStringLiteral("老板"), QStringLiteral("wrong password"), &error));
    EXPECT_TRUE(again.signIn(QStringLiteral("老板"), kPassword, &error)) << error.toStdString();
    EXPECT_EQ(again.actor()->role, Role::Owner);
}

TEST(Users, PasswordsAreKeptOnlyAsArgon2idHashes)
{
    test::TeamBook book;
    QSqlQuery q(book.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT password_hash FROM users")));
    int users = 0;
    while (q.next()) {
        ++users;
        EXPECT_TRUE(q.value(0).toString().startsWith(u"$argon2id$")) << q.value(0).toString().toStdString();
        EXPECT_FALSE(q.value(0).toString().contains(kPassword));
    }
    EXPECT_EQ(users, 4);
}

TEST(Users, WrongPasswordsWaitLongerEachTimeWriteNothingElseAndAreRecorded)
{
    test::TeamBook book;
    book.customerOf(QStringLiteral("小王"));
    UserDirectory users(book.workspace(), PasswordHasher::Cost::Minimal);
    const QString name = QStringLiteral("小王");
    QDateTime now(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    const qint64 signInsBefore = count(book.db(),
                                       QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'sign_in'"));
    QSqlQuery q(book.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM customers")) && q.next());
    const qint64 customers = q.value(0).toLongLong();

    QString error;
    // Three wrong passwords cost nothing but the hash; the third starts a 1 s wait.
    for (int i = 0; i < 3; ++i) {
        EXPECT_FALSE(users.authenticate(name, QStringLiteral("guess %1").arg(i), now, &error));
        EXPECT_EQ(error, QStringLiteral("Wrong user name or password."));
    }
    EXPECT_FALSE(users.authenticate(name, kPassword, now, &error)) << "even the right password waits";
    EXPECT_TRUE(error.contains(u"try again")) << error.toStdString();
    now = now.addSecs(1);
    // Each further wrong password doubles the wait: 2, 4, 8 ... up to 15 minutes.
    int waited = 0;
    for (int i = 3; i < 100; ++i) {
        EXPECT_FALSE(users.authenticate(name, QStringLiteral("guess %1").arg(i), now, &error));
        const UserAccount account = *UserRepository(book.db()).find(name);
        ASSERT_TRUE(account.lockedUntil);
        const qint64 wait = now.secsTo(*account.lockedUntil);
        EXPECT_EQ(wait, std::min<qint64>(qint64(1) << std::min(i + 1 - UserDirectory::kFreeFailures, 10),
                                         UserDirectory::kLongestWaitSeconds));
        now = *account.lockedUntil;
        ++waited;
    }
    EXPECT_EQ(waited, 97);
    ASSERT_TRUE(users.authenticate(name, kPassword, now, &error)) << error.toStdString();
    EXPECT_EQ(UserRepository(book.db()).find(name)->failedSignIns, 0);

    // 102 tries (one of them refused during a wait), each recorded; nothing else written.
    EXPECT_EQ(count(book.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'sign_in'"))
                  - signInsBefore,
              102);
    EXPECT_EQ(count(book.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'sign_in' AND "
                                              "outcome = 'done'")),
              1);
    EXPECT_EQ(count(book.db(), QStringLiteral("SELECT COUNT(*) FROM customers")), customers);
}

TEST(Users, HostileNamesAreRefusedLikeAnyWrongNameAndLoggedShort)
{
    test::TeamBook book;
    UserDirectory users(book.workspace(), PasswordHasher::Cost::Minimal);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString error;
    const QString huge(10 * 1024 * 1024, u'名');
    for (const QString &name : {huge, QStringLiteral("' OR '1'='1"), QStringLiteral("老板'; DROP TABLE users; --")}) {
        EXPECT_FALSE(users.authenticate(name, kPassword, now, &error));
        EXPECT_EQ(error, QStringLiteral("Wrong user name or password."));
    }
    EXPECT_EQ(count(book.db(), QStringLiteral("SELECT COUNT(*) FROM users")), 4);
    EXPECT_EQ(count(book.db(), QStringLiteral("SELECT MAX(LENGTH(user_name)) FROM audit_log")), 64);
    // A 10 MB name is not a name either.
    EXPECT_FALSE(users.add(huge, Role::Staff, {}, kPassword, &error));
    EXPECT_FALSE(UserDirectory::nameProblem(huge).isEmpty());
    EXPECT_FALSE(UserDirectory::passwordProblem(QStringLiteral("short")).isEmpty());
}

TEST(Users, TheLastOwnerStaysAnOwnerAndStaffChangeOnlyTheirOwnPassword)
{
    test::TeamBook book;
    UserDirectory users(book.workspace(), PasswordHasher::Cost::Minimal);
    QString error;
    EXPECT_FALSE(users.setRole(QStringLiteral("老板"), Role::Manager, {}, &error));
    EXPECT_TRUE(error.contains(u"last owner")) << error.toStdString();
    EXPECT_FALSE(users.setDisabled(QStringLiteral("老板"), true, &error));
    ASSERT_TRUE(users.setRole(QStringLiteral("经理"), Role::Owner, {}, &error)) << error.toStdString();
    EXPECT_TRUE(users.setRole(QStringLiteral("老板"), Role::Manager, {}, &error)) << error.toStdString();

    ASSERT_TRUE(book.signInAs(Role::Staff));
    EXPECT_FALSE(
        users.changeOwnPassword(QStringLiteral("not the current one"), QStringLiteral("another long one"), &error));
    EXPECT_TRUE(users.changeOwnPassword(kPassword, QStringLiteral("another long one"), &error)) << error.toStdString();
    EXPECT_FALSE(users.setPassword(QStringLiteral("小王"), QStringLiteral("a third long one"), &error));
    EXPECT_FALSE(users.setPassword(QStringLiteral("审计"), QStringLiteral("another long one"), &error));
    EXPECT_FALSE(users.setDisabled(QStringLiteral("审计"), true, &error));
    book.workspace().signOut();
    EXPECT_FALSE(book.workspace().signIn(QStringLiteral("小王"), kPassword, &error));
    EXPECT_TRUE(book.workspace().signIn(QStringLiteral("小王"), QStringLiteral("another long one"), &error));
}

TEST(Users, ADisabledUserCannotSignIn)
{
    test::TeamBook book;
    UserDirectory users(book.workspace(), PasswordHasher::Cost::Minimal);
    QString error;
    ASSERT_TRUE(users.setDisabled(QStringLiteral("审计"), true, &error)) << error.toStdString();
    EXPECT_FALSE(users.authenticate(QStringLiteral("审计"), kPassword, QDateTime::currentDateTimeUtc(), &error));
    EXPECT_TRUE(error.contains(u"disabled")) << error.toStdString();
}
