// Desks sharing one server book hear each other's changes (LISTEN/NOTIFY): a save on one desk
// refreshes the others; a save over another desk's newer change is refused and loses nothing.
// PostgreSQL only (OtherDesks.*): an SQLite file has one desk.

#include "commands/editcustomercommand.h"
#include "customerbook.h"
#include "database.h"
#include "workspace.h"

#include "../support/printers.h"
#include "../support/serverdatabase.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QSqlQuery>
#include <QUndoStack>

using namespace kehu;

namespace {

struct TwoDesks
{
    test::ServerDatabase server;
    std::unique_ptr<Workspace> counter;
    std::unique_ptr<Workspace> office;
    CustomerId id = 0;

    TwoDesks()
    {
        counter = Workspace::open(server.uri()).workspace;
        office = Workspace::open(server.uri()).workspace;
        EXPECT_TRUE(counter && office);
        Customer c;
        c.code = QStringLiteral("C1");
        c.name = QStringLiteral("李娜");
        id = counter->customers().insert(c);
        EXPECT_GT(id, 0);
    }
};

} // namespace

TEST(OtherDesks, HearWhatOneDeskChanged)
{
    TwoDesks desks;
    ASSERT_TRUE(desks.counter && desks.office);
    QSignalSpy officeHears(desks.office.get(), &Workspace::customerChanged);
    QSignalSpy counterHears(desks.counter.get(), &Workspace::customerChanged);
    QSignalSpy officeBook(desks.office.get(), &Workspace::bookChanged);

    desks.counter->notifyCustomerChanged(desks.id);
    ASSERT_TRUE(officeHears.wait(5000)) << "the other desk heard nothing";
    EXPECT_EQ(officeHears.first().first().value<CustomerId>(), desks.id);
    EXPECT_EQ(counterHears.count(), 1) << "a desk hears its own change once, not again from the server";

    desks.office->notifyBookChanged();
    QSignalSpy counterBook(desks.counter.get(), &Workspace::bookChanged);
    ASSERT_TRUE(counterBook.wait(5000));
    EXPECT_EQ(officeBook.count(), 1);
}

TEST(OtherDesks, ASaveOverAnotherDesksNewerChangeIsRefusedAndLosesNothing)
{
    TwoDesks desks;
    ASSERT_TRUE(desks.counter && desks.office);
    const Customer seenAtCounter = *desks.counter->customers().get(desks.id);
    const Customer seenInOffice = *desks.office->customers().get(desks.id);

    Customer office = seenInOffice;
    office.phone = QStringLiteral("13800138000");
    desks.office->undoStack()->push(
        new EditCustomerCommand(*desks.office, seenInOffice, office, QStringLiteral("phone"), QStringLiteral("phone")));
    ASSERT_EQ(desks.office->undoStack()->count(), 1);

    QSignalSpy conflicts(desks.counter.get(), &Workspace::saveConflict);
    Customer counter = seenAtCounter;
    counter.phone = QStringLiteral("13900139000");
    desks.counter->undoStack()->push(new EditCustomerCommand(*desks.counter, seenAtCounter, counter,
                                                             QStringLiteral("phone"), QStringLiteral("phone")));
    ASSERT_EQ(conflicts.count(), 1);
    const QString message = conflicts.first().first().value<SaveConflict>().message();
    EXPECT_TRUE(message.contains(QStringLiteral("13900139000"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("13800138000"))) << message.toStdString();
    EXPECT_EQ(desks.office->customers().get(desks.id)->phone, QStringLiteral("13800138000"));
    EXPECT_EQ(desks.counter->customers().get(desks.id)->phone, QStringLiteral("13800138000"));
}

TEST(OtherDesks, ALostConnectionIsReportedAndAReconnectGoesOnWithNothingLost)
{
    TwoDesks desks;
    ASSERT_TRUE(desks.counter && desks.office);
    Workspace &counter = *desks.counter;
    // A statement the desk prepared before (the customer book's insert) must not outlive the
    // connection it was made on.
    Customer before;
    before.code = QStringLiteral("C2");
    ASSERT_GT(counter.customers().insert(before), 0);
    QSignalSpy lost(&counter, &Workspace::connectionLost);
    QSignalSpy restored(&counter, &Workspace::connectionRestored);
    EXPECT_TRUE(counter.checkConnection());

    QString ended;
    ASSERT_TRUE(test::endSession(counter.database().connection(), &ended)) << ended.toStdString();
    const std::optional<Customer> c = desks.office->customers().get(desks.id);
    ASSERT_TRUE(c);
    QString error;
    // The write fails cleanly (no crash, nothing half-written) and the loss is reported once.
    Customer edited = *c;
    edited.notes = QStringLiteral("half-written?");
    EXPECT_EQ(counter.customers().save(edited, &error), SaveResult::Failed);
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(counter.checkConnection());
    EXPECT_FALSE(counter.checkConnection());
    EXPECT_EQ(lost.count(), 1);

    QSignalSpy reload(&counter, &Workspace::bookChanged);
    ASSERT_TRUE(counter.reconnect(&error)) << error.toStdString();
    EXPECT_EQ(restored.count(), 1);
    EXPECT_EQ(reload.count(), 1);
    EXPECT_TRUE(counter.checkConnection());
    const std::optional<Customer> stored = counter.customers().get(desks.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->notes, QString()) << "the failed save wrote nothing";
    Customer after;
    after.code = QStringLiteral("C3");
    EXPECT_GT(counter.customers().insert(after, &error), 0) << error.toStdString();
    // The other desks hear this desk again.
    QSignalSpy officeHears(desks.office.get(), &Workspace::customerChanged);
    Customer saved = *stored;
    saved.notes = QStringLiteral("after the reconnect");
    ASSERT_EQ(counter.customers().save(saved, &error), SaveResult::Saved) << error.toStdString();
    counter.notifyCustomerChanged(desks.id);
    EXPECT_TRUE(officeHears.wait(5000));
}

TEST(OtherDesks, AReconnectThatFailsSaysWhyAndTheNextOneWorks)
{
    TwoDesks desks;
    ASSERT_TRUE(desks.counter && desks.office);
    Workspace &counter = *desks.counter;
    QString ended;
    ASSERT_TRUE(test::endSession(counter.database().connection(), &ended)) << ended.toStdString();
    EXPECT_FALSE(counter.customers().get(desks.id));
    EXPECT_FALSE(counter.checkConnection());

    // The server refuses new sessions for a while (as during a restart).
    QString error;
    ASSERT_TRUE(desks.server.acceptConnections(false, &error)) << error.toStdString();
    EXPECT_FALSE(counter.reconnect(&error));
    EXPECT_TRUE(error.contains(QStringLiteral("not currently accepting connections"))) << error.toStdString();
    EXPECT_FALSE(counter.checkConnection());
    // Nothing is announced on a connection that is not there, and nothing crashes.
    counter.notifyCustomerChanged(desks.id);

    ASSERT_TRUE(desks.server.acceptConnections(true, &error)) << error.toStdString();
    ASSERT_TRUE(counter.reconnect(&error)) << error.toStdString();
    EXPECT_TRUE(counter.checkConnection());
    EXPECT_TRUE(counter.customers().get(desks.id));
}
