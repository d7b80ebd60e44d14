#include "commands/mergecustomerscommand.h"

#include "activityrepository.h"
#include "activitywriter.h"
#include "churneventrepository.h"
#include "churntracker.h"
#include "commands/editcustomercommand.h"
#include "customerbook.h"
#include "followuprepository.h"

#include "../support/printers.h"
#include "commandfixture.h"

#include <gtest/gtest.h>

#include <QSqlQuery>
#include <QUndoStack>

using namespace kehu;

namespace {

/// Two customers with a history each; the duplicate's purchase collides with one of the kept
/// customer's (same day and import key), so the merge rewrites its key.
struct MergeFixture : test::WorkspaceFixture
{
    CustomerId keep = 0;
    CustomerId dup = 0;

    MergeFixture()
    {
        CustomerRepository customers(db());
        Customer a;
        a.code = QStringLiteral("A");
        a.name = QStringLiteral("李娜");
        a.tags = {QStringLiteral("vip")};
        a.notes = QStringLiteral("kept");
        Customer b;
        b.code = QStringLiteral("B");
        b.name = QStringLiteral("李 娜");
        b.phone = QStringLiteral("13800138000");
        b.email = QStringLiteral("li.na@example.com");
        b.tags = {QStringLiteral("团购")};
        b.notes = QStringLiteral("entered twice");
        b.budget = 50000;
        keep = customers.insert(a);
        dup = customers.insert(b);
        ActivityWriter writer(db());
        for (const CustomerId id : {keep, dup}) {
            Purchase p;
            p.customerId = id;
            p.date = QDate(2025, 3, 1);
            p.amount = 100;
            EXPECT_EQ(writer.addPurchase(p, 7), ActivityWriter::Result::Inserted);
            Visit v;
            v.customerId = id;
            v.time = QDateTime(QDate(2025, 3, 2), QTime(10, 0));
            EXPECT_EQ(writer.addVisit(v), ActivityWriter::Result::Inserted);
        }
        SurveyResponse s;
        s.customerId = dup;
        s.date = QDate(2025, 3, 3);
        s.nps = 8;
        EXPECT_EQ(writer.addSurvey(s), ActivityWriter::Result::Inserted);
        FollowUp followUp;
        followUp.customerId = dup;
        followUp.dueOn = QDate(2025, 4, 1);
        followUp.assignee = QStringLiteral("王芳");
        EXPECT_GT(FollowUpRepository(db()).add(followUp), 0);
        ChurnEvent event;
        event.customerId = dup;
        event.flaggedOn = QDate(2025, 4, 1);
        EXPECT_GT(ChurnEventRepository(db()).add(event), 0);
    }
    Customer load(CustomerId id) { return workspace->customers().get(id).value_or(Customer{}); }
    QStringList auditActions()
    {
        QSqlQuery q(db().connection());
        q.exec(QStringLiteral("SELECT action FROM audit_log ORDER BY id"));
        QStringList actions;
        while (q.next())
            actions << q.value(0).toString();
        return actions;
    }
};

} // namespace

TEST(MergeCustomersCommand, UndoRestoresBothRecordsAndTheirWholeHistory)
{
    MergeFixture f;
    // What a merge changes and its undo keeps: everything but the versions, which move on
    // (whoever read the merged profile must not save over the restored one).
    const QString before = test::dumpBook(f.db(), {QStringLiteral("version")});
    const int keptVersion = f.load(f.keep).version;
    QUndoStack *stack = f.workspace->undoStack();

    QString error;
    stack->push(new MergeCustomersCommand(*f.workspace, f.load(f.keep), f.load(f.dup), &error));
    ASSERT_EQ(stack->count(), 1) << error.toStdString();
    EXPECT_TRUE(stack->text(0).contains(QStringLiteral("李 娜")));
    const ActivityRepository activity(f.db());
    EXPECT_EQ(activity.purchasesOf(f.keep).size(), 2);
    EXPECT_EQ(activity.visitsOf(f.keep).size(), 2);
    EXPECT_EQ(activity.surveysOf(f.keep).size(), 1);
    EXPECT_EQ(f.workspace->churn().eventsOf(f.keep).size(), 1);
    EXPECT_FALSE(f.workspace->customers().get(f.dup));
    EXPECT_EQ(f.load(f.keep).phone, QStringLiteral("13800138000"));
    EXPECT_EQ(f.load(f.keep).tags, (QStringList{QStringLiteral("vip"), QStringLiteral("团购")}));
    // Timestamps of the merge (updated_at, deleted_at) differ from one run to the next.
    const QStringList stamps{QStringLiteral("version"), QStringLiteral("updated_at"), QStringLiteral("deleted_at")};
    const QString merged = test::dumpBook(f.db(), stamps);

    stack->undo();
    EXPECT_EQ(test::dumpBook(f.db(), {QStringLiteral("version")}), before);
    ASSERT_TRUE(f.workspace->customers().get(f.dup)) << "the duplicate is back in the book";
    EXPECT_EQ(f.load(f.dup).tags, QStringList{QStringLiteral("团购")});
    EXPECT_EQ(activity.purchasesOf(f.dup).size(), 1);
    EXPECT_EQ(activity.purchasesOf(f.keep).size(), 1);
    EXPECT_GT(f.load(f.keep).version, keptVersion + 1) << "the restored profile has a newer version";
    EXPECT_EQ(f.auditActions(), (QStringList{QStringLiteral("merge"), QStringLiteral("unmerge")}));

    stack->redo();
    EXPECT_EQ(test::dumpBook(f.db(), stamps), merged);
    EXPECT_FALSE(f.workspace->customers().get(f.dup));
    stack->undo();
    EXPECT_EQ(test::dumpBook(f.db(), {QStringLiteral("version")}), before);
}

TEST(MergeCustomersCommand, EditsBeforeAndAfterAMergeUndoInTurn)
{
    MergeFixture f;
    QUndoStack *stack = f.workspace->undoStack();
    Customer edited = f.load(f.keep);
    edited.region = QStringLiteral("华东");
    stack->push(new EditCustomerCommand(*f.workspace, f.load(f.keep), edited, QStringLiteral("region"),
                                        QStringLiteral("region")));
    stack->push(new MergeCustomersCommand(*f.workspace, f.load(f.keep), f.load(f.dup)));
    ASSERT_EQ(stack->count(), 2);
    stack->undo(); // the merge
    ASSERT_TRUE(f.workspace->customers().get(f.dup));
    EXPECT_EQ(f.load(f.keep).region, QStringLiteral("华东"));
    stack->undo(); // the edit, over the restored profile
    EXPECT_EQ(f.load(f.keep).region, QString());
    EXPECT_EQ(stack->count(), 2) << "no conflict dropped a step";
    stack->redo();
    stack->redo();
    EXPECT_EQ(f.load(f.keep).region, QStringLiteral("华东"));
    EXPECT_FALSE(f.workspace->customers().get(f.dup));
}

TEST(MergeCustomersCommand, AMissingCustomerLeavesNoStepAndSaysWhy)
{
    MergeFixture f;
    Customer ghost;
    ghost.id = 9999;
    QString error;
    f.workspace->undoStack()->push(new MergeCustomersCommand(*f.workspace, f.load(f.keep), ghost, &error));
    EXPECT_EQ(f.workspace->undoStack()->count(), 0);
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(f.auditActions().isEmpty());
}
