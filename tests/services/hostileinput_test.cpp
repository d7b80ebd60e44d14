// Hostile input: SQL and search syntax in every text field and search box, a 10 MB name.
// Every value is stored and searched as the text it is, or refused with a reason; nothing is
// written half-way and no statement is ever changed by what was typed.

#include "audittrail.h"
#include "customerbook.h"
#include "fieldlimits.h"
#include "followupbook.h"
#include "importer.h"

#include "teambook.h"

#include "../support/printers.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QSqlQuery>

using namespace kehu;

namespace {

const QStringList kPayloads{
    QStringLiteral("'); DROP TABLE customers; --"),
    QStringLiteral("\" OR 1=1 --"),
    QStringLiteral("x' OR '1'='1"),
    QStringLiteral("王' UNION SELECT password_hash FROM users --"),
    QStringLiteral("NEAR(a b) OR name:* AND -c"),
    QStringLiteral("%_\\ ESCAPE '\\'"),
    QStringLiteral("\"\"\"*^"),
    QStringLiteral("$1; SELECT pg_sleep(10); --"),
};

qint64 count(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && q.next()) << table.toStdString();
    return q.value(0).toLongLong();
}

Customer everyFieldHolding(const QString &text, int n)
{
    Customer c;
    c.code = QStringLiteral("H%1 ").arg(n) + text.left(100);
    c.name = text;
    c.phone = text;
    c.email = text;
    c.company = text;
    c.industry = text;
    c.companySize = text;
    c.region = text;
    c.channel = text;
    c.explicitNeeds = text;
    c.implicitNeeds = text;
    c.preferences = text;
    c.tags = {text};
    c.notes = text;
    return c;
}

} // namespace

TEST(HostileInput, SqlInEveryTextFieldIsKeptAsTextAndSearchedAsText)
{
    test::TempDatabase temp;
    Workspace &workspace = temp.workspace();
    int n = 0;
    for (const QString &payload : kPayloads) {
        SCOPED_TRACE(payload.toStdString());
        QString error;
        const Customer sent = everyFieldHolding(payload, ++n);
        const CustomerId id = workspace.customers().insert(sent, &error);
        ASSERT_GT(id, 0) << error.toStdString();
        const Customer stored = *workspace.customers().get(id);
        EXPECT_EQ(stored.name, sent.name);
        EXPECT_EQ(stored.notes, sent.notes);
        EXPECT_EQ(stored.tags, sent.tags);
        EXPECT_EQ(stored.code, sent.code);

        // Every search box and filter chip takes it as text: no error, no statement changed.
        CustomerListQuery search;
        search.search = payload;
        error.clear();
        workspace.customers().page(search, std::nullopt, PageDirection::Forward, 50, &error);
        EXPECT_TRUE(error.isEmpty()) << error.toStdString();
        CustomerListQuery filtered;
        filtered.filter.owner = payload;
        filtered.filter.region = payload;
        filtered.filter.tag = payload;
        filtered.filter.industry = payload;
        const auto rows = workspace.customers().page(filtered, std::nullopt, PageDirection::Forward, 50, &error);
        EXPECT_TRUE(error.isEmpty()) << error.toStdString();
        EXPECT_EQ(rows.size(), 0) << "the owner filter names nobody: no row matches";
        AuditQuery audit;
        audit.userName = payload;
        audit.action = payload;
        EXPECT_TRUE(workspace.audit().find(audit, &error).isEmpty());
        EXPECT_FALSE(workspace.signIn(payload, payload, &error)) << "no users: nothing to sign in to";
    }
    EXPECT_EQ(count(temp.db(), QStringLiteral("customers")), kPayloads.size()) << "the table is there, whole";
}

TEST(HostileInput, ATenMegabyteNameIsRefusedWithAReasonAndNothingIsWritten)
{
    test::TeamBook book;
    Workspace &workspace = book.workspace();
    const QString huge(10 * 1024 * 1024, u'客');
    const qint64 customersBefore = count(book.db(), QStringLiteral("customers"));
    const qint64 logBefore = count(book.db(), QStringLiteral("audit_log"));

    Customer c;
    c.code = QStringLiteral("BIG");
    c.name = huge;
    QString error;
    EXPECT_EQ(workspace.customers().insert(c, &error), 0);
    EXPECT_TRUE(error.contains(QString::number(FieldLimits::kShortText))) << error.left(200).toStdString();

    const CustomerId small = book.customerOf(test::TeamBook::nameOf(Role::Owner));
    Customer edited = *workspace.customers().get(small);
    edited.notes = huge;
    error.clear();
    EXPECT_EQ(workspace.customers().save(edited, &error), SaveResult::Failed);
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(workspace.customers().get(small)->notes.isEmpty());

    // The same name in a file: refused at its line and column, the file writes nothing.
    const QString path = QDir(book.temp.dir()).filePath(QStringLiteral("big.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("code,name\nOK1,ok\nBIG," + huge.toUtf8() + "\n");
    file.close();
    ImportRequest request;
    request.kind = ImportKind::Customers;
    request.path = path;
    const ImportSummary summary = workspace.importer().run(request);
    EXPECT_EQ(summary.outcome, ImportSummary::Outcome::Rejected);
    ASSERT_FALSE(summary.issues.isEmpty());
    EXPECT_EQ(summary.issues.first().line, 3);
    EXPECT_EQ(summary.issues.first().column, 2);
    EXPECT_LE(summary.issues.first().value.size(), 200) << "the message does not carry the 10 MB";

    // A user name and a password of 10 MB: refused, and cheaply.
    EXPECT_FALSE(workspace.users().add(huge, Role::Staff, {}, QStringLiteral("a long password"), &error));
    EXPECT_FALSE(workspace.signIn(huge, huge, &error));

    EXPECT_EQ(count(book.db(), QStringLiteral("customers")), customersBefore + 1) << "only the small one";
    EXPECT_LE(count(book.db(), QStringLiteral("audit_log")), logBefore + 3)
        << "a failed sign-in and the refused user are recorded; nothing else";
}
