#include "handover.h"

#include "audittrail.h"
#include "customerbook.h"
#include "followuprepository.h"

#include "teambook.h"

#include "../support/printers.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUndoStack>

using namespace kehu;

namespace {

const QString kLeaver = QStringLiteral("小王");
const QString kColleague = QStringLiteral("小李");

/// A rep's book: three customers of the leaver (one with an open follow-up assigned to them,
/// one with an open follow-up of nobody's, one with a colleague's), a done follow-up of the
/// leaver's, and a customer of the manager's.
struct LeaversBook
{
    LeaversBook()
    {
        for (int i = 0; i < 3; ++i)
            leavers << book.customerOf(kLeaver);
        managers = book.customerOf(test::TeamBook::nameOf(Role::Manager));
        leaversFollowUp = addFollowUp(leavers[0], kLeaver, false);
        nobodysFollowUp = addFollowUp(leavers[1], QString(), false);
        colleaguesFollowUp = addFollowUp(leavers[2], QStringLiteral("经理"), false);
        doneFollowUp = addFollowUp(leavers[0], kLeaver, true);
    }

    qint64 addFollowUp(CustomerId customer, const QString &assignee, bool done)
    {
        FollowUp f;
        f.customerId = customer;
        f.dueOn = QDate(2026, 11, 1);
        f.assignee = assignee;
        if (done)
            f.doneOn = QDate(2026, 11, 2);
        const qint64 id = FollowUpRepository(book.db()).add(f);
        EXPECT_GT(id, 0);
        return id;
    }

    QString ownerOf(CustomerId id) { return CustomerRepository(book.db()).ownerOf(id).value_or(QStringLiteral("?")); }
    QString assigneeOf(qint64 followUp) { return FollowUpRepository(book.db()).find(followUp)->assignee; }
    QStringList ownersOfLeavers()
    {
        QStringList owners;
        for (CustomerId id : leavers)
            owners << ownerOf(id);
        return owners;
    }

    std::optional<HandoverPlan> planLeaversBook(QString *error = nullptr)
    {
        CustomerListQuery query;
        query.filter.owner = kLeaver;
        return Handover(book.workspace()).plan(query, kColleague, error);
    }

    QList<AuditRecord> records(const QString &action)
    {
        AuditQuery query;
        query.action = action;
        return book.workspace().audit().find(query);
    }

    test::TeamBook book;
    QList<CustomerId> leavers;
    CustomerId managers = 0;
    qint64 leaversFollowUp = 0;
    qint64 nobodysFollowUp = 0;
    qint64 colleaguesFollowUp = 0;
    qint64 doneFollowUp = 0;
};

} // namespace

TEST(Handover, GivesAnOwnersCustomersAndTheirOpenFollowUpsToAColleague)
{
    LeaversBook leavers;
    QString error;
    const auto plan = leavers.planLeaversBook(&error);
    ASSERT_TRUE(plan) << error.toStdString();
    EXPECT_EQ(plan->customers.size(), 3);
    EXPECT_EQ(plan->countsByOwner().value(kLeaver), 3);

    qint64 followUps = -1;
    ASSERT_TRUE(Handover(leavers.book.workspace()).handOver(*plan, &error, &followUps)) << error.toStdString();
    EXPECT_EQ(leavers.ownersOfLeavers(), QStringList(3, kColleague));
    EXPECT_EQ(leavers.ownerOf(leavers.managers), QStringLiteral("经理")) << "outside the filter";
    EXPECT_EQ(followUps, 1);
    EXPECT_EQ(leavers.assigneeOf(leavers.leaversFollowUp), kColleague);
    EXPECT_EQ(leavers.assigneeOf(leavers.nobodysFollowUp), QString()) << "follows the owner by itself";
    EXPECT_EQ(leavers.assigneeOf(leavers.colleaguesFollowUp), QStringLiteral("经理")) << "a colleague's stays theirs";
    EXPECT_EQ(leavers.assigneeOf(leavers.doneFollowUp), kLeaver) << "history is not rewritten";
}

TEST(Handover, IsOneUndoableStepWithOneAuditRecordEachWay)
{
    LeaversBook leavers;
    Workspace &workspace = leavers.book.workspace();
    const auto plan = leavers.planLeaversBook();
    ASSERT_TRUE(plan);
    ASSERT_TRUE(Handover(workspace).handOver(*plan));
    EXPECT_EQ(workspace.undoStack()->count(), 1);

    const QList<AuditRecord> done = leavers.records(QStringLiteral("hand_over"));
    ASSERT_EQ(done.size(), 1);
    const QJsonObject before = QJsonDocument::fromJson(done[0].entry.before.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(done[0].entry.after.toUtf8()).object();
    EXPECT_EQ(before[QStringLiteral("customers")].toObject()[kLeaver].toArray().size(), 3);
    EXPECT_EQ(after[QStringLiteral("customers")].toObject()[kColleague].toArray().size(), 3);
    EXPECT_EQ(before[QStringLiteral("follow_ups")].toObject()[kLeaver].toArray().size(), 1);
    EXPECT_EQ(done[0].userName, test::TeamBook::nameOf(Role::Owner));

    workspace.undoStack()->undo();
    EXPECT_EQ(leavers.ownersOfLeavers(), QStringList(3, kLeaver));
    EXPECT_EQ(leavers.assigneeOf(leavers.leaversFollowUp), kLeaver);
    EXPECT_EQ(leavers.records(QStringLiteral("undo_hand_over")).size(), 1);

    workspace.undoStack()->redo();
    EXPECT_EQ(leavers.ownersOfLeavers(), QStringList(3, kColleague));
    EXPECT_EQ(leavers.assigneeOf(leavers.leaversFollowUp), kColleague);
    EXPECT_EQ(leavers.records(QStringLiteral("redo_hand_over")).size(), 1);
}

TEST(Handover, MovesNothingWhenACustomerChangedOwnerSinceThePlan)
{
    LeaversBook leavers;
    const auto plan = leavers.planLeaversBook();
    ASSERT_TRUE(plan);
    ASSERT_TRUE(CustomerRepository(leavers.book.db()).setOwner({leavers.leavers[1]}, QStringLiteral("经理")));
    QString error;
    EXPECT_FALSE(Handover(leavers.book.workspace()).handOver(*plan, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(leavers.ownerOf(leavers.leavers[0]), kLeaver);
    EXPECT_EQ(leavers.assigneeOf(leavers.leaversFollowUp), kLeaver);
    EXPECT_TRUE(leavers.records(QStringLiteral("hand_over")).isEmpty());
    EXPECT_EQ(leavers.book.workspace().undoStack()->count(), 0);
}

TEST(Handover, UndoMovesNothingBackWhenSomeoneMovedACustomerMeanwhile)
{
    LeaversBook leavers;
    Workspace &workspace = leavers.book.workspace();
    const auto plan = leavers.planLeaversBook();
    ASSERT_TRUE(plan && Handover(workspace).handOver(*plan));
    ASSERT_TRUE(CustomerRepository(leavers.book.db()).setOwner({leavers.leavers[2]}, QStringLiteral("经理")));
    workspace.undoStack()->undo();
    EXPECT_EQ(leavers.ownerOf(leavers.leavers[0]), kColleague) << "all or nothing";
    EXPECT_EQ(leavers.ownerOf(leavers.leavers[2]), QStringLiteral("经理")) << "the later change is kept";
}

TEST(Handover, AnEditBegunBeforeTheHandoverIsToldSomeoneSavedFirst)
{
    LeaversBook leavers;
    Workspace &workspace = leavers.book.workspace();
    Customer stale = *CustomerRepository(leavers.book.db()).findById(leavers.leavers[0]);
    const auto plan = leavers.planLeaversBook();
    ASSERT_TRUE(plan && Handover(workspace).handOver(*plan));
    stale.notes = QStringLiteral("written on an old copy");
    QString error;
    EXPECT_EQ(workspace.customers().save(stale, &error), SaveResult::Conflict);
    EXPECT_EQ(leavers.ownerOf(leavers.leavers[0]), kColleague);
}

TEST(Handover, AskingForNothingOrNobodyIsExplained)
{
    LeaversBook leavers;
    Handover handover(leavers.book.workspace());
    QString error;
    EXPECT_FALSE(handover.plan(CustomerListQuery{}, QStringLiteral("  "), &error));
    EXPECT_FALSE(error.isEmpty());

    CustomerListQuery bySegment;
    bySegment.filter.segment = QStringLiteral("champions");
    error.clear();
    EXPECT_FALSE(handover.plan(bySegment, kColleague, &error)) << "no classification: a segment matches nothing";
    EXPECT_FALSE(error.isEmpty());

    CustomerListQuery nobody;
    nobody.filter.owner = QStringLiteral("没有这个人");
    const auto empty = handover.plan(nobody, kColleague, &error);
    ASSERT_TRUE(empty);
    EXPECT_TRUE(empty->customers.isEmpty());
    error.clear();
    EXPECT_FALSE(handover.handOver(*empty, &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST(Handover, ATeamsManagerHandsOverWithinTheTeamOnly)
{
    test::TeamBook book;
    UserDirectory users(book.workspace(), PasswordHasher::Cost::Minimal);
    ASSERT_TRUE(
        users.add(QStringLiteral("外人"), Role::Staff, QStringLiteral("总部"), QStringLiteral("a long password")));
    const CustomerId outsiders = book.customerOf(QStringLiteral("外人"));
    const CustomerId teams = book.customerOf(kLeaver);
    ASSERT_TRUE(book.signInAs(Role::Manager));
    Handover handover(book.workspace());
    QString error;
    EXPECT_FALSE(handover.plan(CustomerListQuery{}, QStringLiteral("外人"), &error)) << "gives outside the team";

    const auto plan = handover.plan(CustomerListQuery{}, test::TeamBook::nameOf(Role::Owner), &error);
    ASSERT_TRUE(plan) << error.toStdString();
    QList<CustomerId> ids;
    for (const OwnedCustomer &c : plan->customers)
        ids << c.id;
    EXPECT_TRUE(ids.contains(teams));
    EXPECT_FALSE(ids.contains(outsiders));
}
