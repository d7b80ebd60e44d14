#include "commands/editcustomercommand.h"

#include "customerrepository.h"
#include "workspace.h"

#include "../support/printers.h"
#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

#include <functional>
#include <utility>
#include <vector>

#include <QSignalSpy>
#include <QUndoStack>

using namespace kehu;

namespace {

struct Fixture
{
    test::TempDatabase temp;
    std::unique_ptr<Workspace> workspace;
    CustomerId id = 0;

    Fixture()
    {
        Customer c;
        c.code = QStringLiteral("C1");
        c.name = QStringLiteral("李娜");
        id = CustomerRepository(temp.db()).insert(c);
        temp.close();
        workspace = std::make_unique<Workspace>(std::move(Database::open(temp.path()).database));
    }
    Customer load() { return *CustomerRepository(workspace->database()).findById(id); }
};

} // namespace

TEST(EditCustomerCommand, RedoUndoRedoWritesThroughTheRepository)
{
    Fixture f;
    QSignalSpy changed(f.workspace.get(), &Workspace::customerChanged);
    const Customer before = f.load();
    Customer after = before;
    after.explicitNeeds = QStringLiteral("需要发票");
    f.workspace->undoStack()->push(new EditCustomerCommand(*f.workspace, before, after,
                                                           QStringLiteral("explicit_needs"), QStringLiteral("needs")));
    EXPECT_EQ(f.load().explicitNeeds, QStringLiteral("需要发票"));
    EXPECT_EQ(f.load().version, before.version + 1);
    f.workspace->undoStack()->undo();
    EXPECT_EQ(f.load().explicitNeeds, QString());
    f.workspace->undoStack()->redo();
    EXPECT_EQ(f.load().explicitNeeds, QStringLiteral("需要发票"));
    EXPECT_EQ(changed.count(), 3);
}

TEST(EditCustomerCommand, EditsOfOneFieldMergeIntoOneStep)
{
    Fixture f;
    Customer c = f.load();
    for (const QString &name : {QStringLiteral("李"), QStringLiteral("李娜娜")}) {
        Customer next = c;
        next.name = name;
        f.workspace->undoStack()->push(
            new EditCustomerCommand(*f.workspace, c, next, QStringLiteral("name"), QStringLiteral("name")));
        c = f.load();
    }
    EXPECT_EQ(f.workspace->undoStack()->count(), 1);
    f.workspace->undoStack()->undo();
    EXPECT_EQ(f.load().name, QStringLiteral("李娜"));
}

TEST(EditCustomerCommand, AStaleVersionIsAConflictAndLeavesNoStep)
{
    Fixture f;
    const Customer stale = f.load();
    Customer other = stale;
    other.phone = QStringLiteral("13800138000");
    ASSERT_EQ(CustomerRepository(f.workspace->database()).update(other), SaveResult::Saved);
    QSignalSpy conflicts(f.workspace.get(), &Workspace::saveConflict);
    Customer mine = stale;
    mine.name = QStringLiteral("王伟");
    f.workspace->undoStack()->push(
        new EditCustomerCommand(*f.workspace, stale, mine, QStringLiteral("name"), QStringLiteral("name")));
    ASSERT_EQ(conflicts.count(), 1);
    EXPECT_EQ(f.workspace->undoStack()->count(), 0);
    EXPECT_EQ(f.load().name, QStringLiteral("李娜"));
    EXPECT_EQ(f.load().phone, QStringLiteral("13800138000"));

    // The message shows both: the value this desk wanted, the one the book keeps, and what
    // the other desk changed.
    const auto conflict = conflicts.first().first().value<SaveConflict>();
    EXPECT_EQ(conflict.theirChanges(), QStringList{QStringLiteral("phone")});
    const QString message = conflict.message();
    EXPECT_TRUE(message.contains(QStringLiteral("\u201c王伟\u201d"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("in the book now: \u201c李娜\u201d"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("Phone: \u201c13800138000\u201d"))) << message.toStdString();
}

TEST(EditCustomerCommand, ASaveOverAMergedAwayCustomerSaysSo)
{
    Fixture f;
    const Customer stale = f.load();
    QSignalSpy conflicts(f.workspace.get(), &Workspace::saveConflict);
    ASSERT_TRUE(f.workspace->database().execute(
        QStringLiteral("UPDATE customers SET deleted_at = '2026-01-01T00:00:00Z', version = version + 1")));
    Customer mine = stale;
    mine.phone = QStringLiteral("13900000000");
    f.workspace->undoStack()->push(
        new EditCustomerCommand(*f.workspace, stale, mine, QStringLiteral("phone"), QStringLiteral("phone")));
    ASSERT_EQ(conflicts.count(), 1);
    const auto conflict = conflicts.first().first().value<SaveConflict>();
    EXPECT_FALSE(conflict.theirs);
    EXPECT_TRUE(conflict.message().contains(QStringLiteral("13900000000"))) << conflict.message().toStdString();
}

// The undo history ends at a write that is not an undo command: after it, neither Undo nor
// Redo is offered (Redo would re-apply an edit over it, Undo reach past it). The commands'
// own change notices do not end it.
TEST(EditCustomerCommand, AWriteOutsideTheStackEndsTheUndoHistory)
{
    Fixture f;
    QUndoStack *stack = f.workspace->undoStack();
    const Customer before = f.load();
    Customer after = before;
    after.notes = QStringLiteral("prefers mornings");
    stack->push(new EditCustomerCommand(*f.workspace, before, after, QStringLiteral("notes"), QStringLiteral("notes")));
    ASSERT_EQ(stack->count(), 1);
    stack->undo();
    stack->redo();
    EXPECT_EQ(stack->count(), 1); // its own writes keep it
    stack->undo();
    ASSERT_TRUE(stack->canRedo());

    using Notify = std::function<void(Workspace &)>;
    const std::vector<std::pair<const char *, Notify>> writes = {
        {"customer", [&f](Workspace &w) { w.notifyCustomerChanged(f.id); }},
        {"book", [](Workspace &w) { w.notifyBookChanged(); }},
        {"snapshots", [](Workspace &w) { w.notifySnapshotsChanged(); }},
        {"targets", [](Workspace &w) { w.notifyTargetsChanged(); }},
        {"follow-ups", [](Workspace &w) { w.notifyFollowUpsChanged(); }},
    };
    for (const auto &[name, write] : writes) {
        SCOPED_TRACE(name);
        stack->push(
            new EditCustomerCommand(*f.workspace, f.load(), after, QStringLiteral("notes"), QStringLiteral("notes")));
        stack->undo();
        ASSERT_TRUE(stack->canRedo());
        write(*f.workspace);
        EXPECT_FALSE(stack->canRedo());
        EXPECT_FALSE(stack->canUndo());
        EXPECT_EQ(stack->count(), 0);
    }
    // An undo command's notice is not such a write.
    stack->push(
        new EditCustomerCommand(*f.workspace, f.load(), after, QStringLiteral("notes"), QStringLiteral("notes")));
    f.workspace->notifyCustomerChanged(f.id, Workspace::ChangeOrigin::UndoCommand);
    EXPECT_TRUE(stack->canUndo());
}
