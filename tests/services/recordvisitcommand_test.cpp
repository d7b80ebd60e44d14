#include "commands/recordvisitcommand.h"

#include "activityrepository.h"
#include "commands/editcustomercommand.h"
#include "customerbook.h"
#include "followuprepository.h"

#include "../support/printers.h"
#include "commandfixture.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QUndoStack>

using namespace kehu;

namespace {

VisitDraft fullDraft(CustomerId customer)
{
    VisitDraft draft;
    draft.customerId = customer;
    draft.kind = VisitKind::Call;
    draft.amount = 128050;
    draft.satisfaction = 4;
    draft.nps = 9;
    draft.npsReason = QStringLiteral("快");
    draft.note = QStringLiteral("asked for the spring catalogue");
    draft.nextFollowUp = QDate(2031, 3, 1);
    draft.staff = QStringLiteral("王芳");
    return draft;
}

} // namespace

TEST(RecordVisitCommand, RedoUndoRedoWritesAndRemovesTheVisitItsFollowUpAndSurvey)
{
    test::WorkspaceFixture f;
    const CustomerId id = f.addCustomer(QStringLiteral("C1"), QStringLiteral("李娜"));
    const QString empty = test::dumpBook(f.db());
    QSignalSpy followUps(f.workspace.get(), &Workspace::followUpsChanged);
    QUndoStack *stack = f.workspace->undoStack();

    RecordedVisit recorded;
    QString error;
    ServiceCommand::push(*f.workspace, new RecordVisitCommand(*f.workspace, fullDraft(id), &recorded), &error);
    ASSERT_EQ(recorded.customerId, id) << error.toStdString();
    EXPECT_FALSE(recorded.createdCustomer);
    ASSERT_EQ(stack->count(), 1);
    EXPECT_TRUE(stack->text(0).contains(QStringLiteral("李娜")));
    const QList<Visit> visits = ActivityRepository(f.db()).visitsOf(id);
    ASSERT_EQ(visits.size(), 1);
    EXPECT_EQ(visits.at(0).id, recorded.visitId);
    EXPECT_EQ(visits.at(0).amount, 128050);
    EXPECT_EQ(visits.at(0).staff, QStringLiteral("王芳"));
    const auto followUp = FollowUpRepository(f.db()).find(recorded.followUpId);
    ASSERT_TRUE(followUp);
    EXPECT_EQ(followUp->dueOn, QDate(2031, 3, 1));
    EXPECT_EQ(followUp->assignee, QStringLiteral("王芳"));
    const QList<SurveyResponse> surveys = ActivityRepository(f.db()).surveysOf(id);
    ASSERT_EQ(surveys.size(), 1);
    EXPECT_EQ(surveys.at(0).id, recorded.surveyId);
    EXPECT_EQ(surveys.at(0).nps, 9);
    const QString done = test::dumpBook(f.db());
    EXPECT_EQ(followUps.count(), 1);

    stack->undo();
    EXPECT_EQ(test::dumpBook(f.db()), empty);
    EXPECT_EQ(followUps.count(), 2);

    stack->redo();
    EXPECT_EQ(test::dumpBook(f.db()), done) << "the same rows, with the same ids";
    stack->undo();
    EXPECT_EQ(test::dumpBook(f.db()), empty);
}

TEST(RecordVisitCommand, UndoTakesACustomerCreatedAtTheCounterOutOfTheBookAgain)
{
    test::WorkspaceFixture f;
    QSignalSpy book(f.workspace.get(), &Workspace::bookChanged);
    VisitDraft draft;
    draft.newName = QStringLiteral("张伟");
    draft.newPhone = QStringLiteral("13800138000");
    draft.amount = 5000;
    RecordedVisit recorded;
    f.workspace->undoStack()->push(new RecordVisitCommand(*f.workspace, draft, &recorded));
    ASSERT_GT(recorded.customerId, 0);
    EXPECT_TRUE(recorded.createdCustomer);
    CustomerBook &customers = f.workspace->customers();
    ASSERT_TRUE(customers.get(recorded.customerId));
    EXPECT_EQ(customers.get(recorded.customerId)->name, QStringLiteral("张伟"));
    const QString done = test::dumpBook(f.db());
    EXPECT_EQ(book.count(), 1);

    f.workspace->undoStack()->undo();
    EXPECT_FALSE(customers.get(recorded.customerId)) << "tombstoned";
    EXPECT_EQ(test::countRows(f.db(), QStringLiteral("visits")), 0);
    EXPECT_EQ(book.count(), 2);

    f.workspace->undoStack()->redo();
    EXPECT_EQ(test::dumpBook(f.db()), done) << "the same customer and visit are back";
}

TEST(RecordVisitCommand, AFailedWriteLeavesNoStepAndSaysWhy)
{
    test::WorkspaceFixture f;
    VisitDraft draft = fullDraft(987654); // no such customer: the foreign key refuses the visit
    RecordedVisit recorded;
    QString error;
    EXPECT_FALSE(ServiceCommand::push(*f.workspace, new RecordVisitCommand(*f.workspace, draft, &recorded), &error));
    EXPECT_EQ(recorded.customerId, 0);
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(f.workspace->undoStack()->count(), 0);
    EXPECT_EQ(test::countRows(f.db(), QStringLiteral("visits")), 0);
    EXPECT_EQ(test::countRows(f.db(), QStringLiteral("followups")), 0);
}

// A visit is now an undo command: it no longer ends the undo history, and an edit made
// before it is undone after it.
TEST(RecordVisitCommand, KeepsTheUndoHistory)
{
    test::WorkspaceFixture f;
    const CustomerId id = f.addCustomer(QStringLiteral("C1"), QStringLiteral("李娜"));
    QUndoStack *stack = f.workspace->undoStack();
    const Customer before = *f.workspace->customers().get(id);
    Customer after = before;
    after.notes = QStringLiteral("prefers mornings");
    stack->push(new EditCustomerCommand(*f.workspace, before, after, QStringLiteral("notes"), QStringLiteral("notes")));
    stack->push(new RecordVisitCommand(*f.workspace, fullDraft(id)));
    ASSERT_EQ(stack->count(), 2);
    stack->undo();
    stack->undo();
    EXPECT_EQ(ActivityRepository(f.db()).visitsOf(id).size(), 0);
    EXPECT_EQ(f.workspace->customers().get(id)->notes, QString());
    stack->redo();
    stack->redo();
    EXPECT_EQ(ActivityRepository(f.db()).visitsOf(id).size(), 1);
    EXPECT_EQ(f.workspace->customers().get(id)->notes, QStringLiteral("prefers mornings"));
}
