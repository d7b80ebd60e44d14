#pragma once

#include "access.h"
#include "customerrepository.h"
#include "database.h"
#include "passwordhasher.h"
#include "userdirectory.h"
#include "workspace.h"

#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

#include <QSqlQuery>

namespace kehu::test {

/// A book a team shares: one user of each role, all with kPassword. The owner (老板) added
/// them, so the workspace starts signed in as the owner; signInAs() changes who works.
/// Customers made with customerOf() are written straight to storage: setting up leaves no
/// audit record.
struct TeamBook
{
    static constexpr auto kPassword = "correct horse battery";
    static QString nameOf(Role role)
    {
        switch (role) {
        case Role::Owner: return QStringLiteral("老板");
        case Role::Manager: return QStringLiteral("经理");
        case Role::Staff: return QStringLiteral("小王");
        case Role::Viewer: return QStringLiteral("审计");
        }
        return {};
    }

    TeamBook()
    {
        // Minimal cost: these tests make users, they do not measure Argon2id.
        UserDirectory users(workspace(), PasswordHasher::Cost::Minimal);
        for (Role role : {Role::Owner, Role::Manager, Role::Staff, Role::Viewer}) {
            QString error;
            EXPECT_TRUE(users.add(nameOf(role), role, QStringLiteral("门店"), QString::fromUtf8(kPassword), &error))
                << error.toStdString();
        }
    }

    Workspace &workspace() { return temp.workspace(); }
    Database &db() { return temp.db(); }

    bool signInAs(Role role)
    {
        QString error;
        const bool signedIn = workspace().signIn(nameOf(role), QString::fromUtf8(kPassword), &error);
        EXPECT_TRUE(signedIn) << error.toStdString();
        return signedIn;
    }

    /// A new customer owned by `owner`.
    CustomerId customerOf(const QString &owner)
    {
        Customer c;
        c.code = QStringLiteral("T%1").arg(++m_made);
        c.name = QStringLiteral("客户%1").arg(m_made);
        c.owner = owner;
        const CustomerId id = CustomerRepository(db()).insert(c);
        EXPECT_GT(id, 0);
        return id;
    }

    /// How many audit records say `action` was refused.
    qint64 refusals(const QString &action)
    {
        QSqlQuery q(db().connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE outcome = 'refused' AND action = ?"));
        q.addBindValue(action);
        EXPECT_TRUE(q.exec() && q.next());
        return q.value(0).toLongLong();
    }

    TempDatabase temp;

private:
    int m_made = 0;
};

} // namespace kehu::test
