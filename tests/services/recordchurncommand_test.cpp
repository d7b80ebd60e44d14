#include "commands/recordchurncommand.h"

#include "churneventrepository.h"
#include "churntracker.h"

#include "../support/printers.h"
#include "commandfixture.h"

#include <gtest/gtest.h>

#include <QUndoStack>

using namespace kehu;

TEST(RecordChurnReasonCommand, RedoUndoRedo)
{
    test::WorkspaceFixture f;
    const CustomerId id = f.addCustomer(QStringLiteral("C1"), QStringLiteral("李娜"));
    const QString empty = test::dumpBook(f.db());
    ChurnEvent event;
    event.customerId = id;
    event.flaggedOn = QDate(2025, 7, 1);
    event.reason = ChurnReason::Price;
    auto *command = new RecordChurnReasonCommand(*f.workspace, event, QStringLiteral("李娜"));
    f.workspace->undoStack()->push(command);
    ASSERT_EQ(f.workspace->undoStack()->count(), 1);
    const QList<ChurnEvent> events = f.workspace->churn().eventsOf(id);
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events.at(0).id, command->eventId());
    EXPECT_EQ(events.at(0).reason, ChurnReason::Price);
    EXPECT_EQ(events.at(0).outcome, ChurnOutcome::Open);
    const QString done = test::dumpBook(f.db());

    f.workspace->undoStack()->undo();
    EXPECT_EQ(test::dumpBook(f.db()), empty);
    f.workspace->undoStack()->redo();
    EXPECT_EQ(test::dumpBook(f.db()), done);
}

TEST(RecordChurnOutcomeCommand, RedoUndoRedo)
{
    test::WorkspaceFixture f;
    const CustomerId id = f.addCustomer(QStringLiteral("C1"), QStringLiteral("李娜"));
    ChurnEvent event;
    event.customerId = id;
    event.flaggedOn = QDate(2025, 7, 1);
    event.reason = ChurnReason::Competitor;
    event.note = QStringLiteral("went to the shop next door");
    const qint64 eventId = ChurnEventRepository(f.db()).add(event);
    ASSERT_GT(eventId, 0);
    const QString open = test::dumpBook(f.db());

    f.workspace->undoStack()->push(new RecordChurnOutcomeCommand(*f.workspace, id, eventId, ChurnOutcome::WonBack,
                                                                 QDate(2025, 8, 15), QStringLiteral("李娜")));
    ASSERT_EQ(f.workspace->undoStack()->count(), 1);
    ChurnEvent closed = f.workspace->churn().eventsOf(id).value(0);
    EXPECT_EQ(closed.outcome, ChurnOutcome::WonBack);
    EXPECT_EQ(closed.outcomeOn, QDate(2025, 8, 15));
    const QString done = test::dumpBook(f.db());

    f.workspace->undoStack()->undo();
    EXPECT_EQ(test::dumpBook(f.db()), open);
    EXPECT_EQ(f.workspace->churn().eventsOf(id).value(0).outcome, ChurnOutcome::Open);
    f.workspace->undoStack()->redo();
    EXPECT_EQ(test::dumpBook(f.db()), done);
}

TEST(RecordChurnOutcomeCommand, AnEventThatIsNotThereLeavesNoStep)
{
    test::WorkspaceFixture f;
    const CustomerId id = f.addCustomer(QStringLiteral("C1"), QStringLiteral("李娜"));
    QString error;
    EXPECT_FALSE(ServiceCommand::push(*f.workspace,
                                      new RecordChurnOutcomeCommand(*f.workspace, id, 777, ChurnOutcome::Lost,
                                                                    QDate(2025, 8, 15), QStringLiteral("李娜")),
                                      &error));
    EXPECT_FALSE(error.isEmpty()) << "the caller is told why";
    EXPECT_EQ(f.workspace->undoStack()->count(), 0);
}
