#include "mainwindow.h"
#include "visitentryform.h"

#include "activityrepository.h"
#include "commands/editcustomercommand.h"
#include "customerrepository.h"
#include "workspace.h"

#include "../support/printers.h"
#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace kehu;

// Edit ▸ Undo and Redo say what they would undo or redo and are enabled only when there is
// something: after an undo, logging a visit (itself an undoable step) drops the redo of the
// undone edit, so Redo is no longer offered and Undo offers the visit; opening another book
// starts with none.
TEST(UndoRedo, ActionsFollowWhatCanReallyBeUndone)
{
    test::TempDatabase temp;
    const CustomerId id = temp.addCustomer(QStringLiteral("C0001"), QStringLiteral("李娜"));
    ASSERT_GT(id, 0);
    temp.close();
    MainWindow window;
    ASSERT_TRUE(window.openPath(temp.path()));
    QAction *undo = window.undoAction();
    QAction *redo = window.redoAction();
    ASSERT_NE(undo, nullptr);
    ASSERT_NE(redo, nullptr);
    EXPECT_FALSE(undo->isEnabled());
    EXPECT_FALSE(redo->isEnabled());

    Workspace &workspace = *window.workspace();
    const auto load = [&] { return *CustomerRepository(workspace.database()).findById(id); };
    Customer after = load();
    after.phone = QStringLiteral("13800138000");
    auto *command = new EditCustomerCommand(workspace, load(), after, QStringLiteral("phone"), QStringLiteral("phone"));
    const QString what = command->text();
    workspace.undoStack()->push(command);
    EXPECT_TRUE(undo->isEnabled());
    EXPECT_TRUE(undo->text().contains(what)) << undo->text().toStdString();
    EXPECT_FALSE(redo->isEnabled());

    undo->trigger();
    EXPECT_EQ(load().phone, QString());
    EXPECT_FALSE(undo->isEnabled());
    EXPECT_TRUE(redo->isEnabled());
    EXPECT_TRUE(redo->text().contains(what)) << redo->text().toStdString();
    redo->trigger();
    EXPECT_EQ(load().phone, QStringLiteral("13800138000"));
    undo->trigger();
    ASSERT_TRUE(redo->isEnabled());

    // An unrelated visit, logged in the Visits form.
    window.showPage(MainWindow::VisitsPage);
    VisitEntryForm *form = window.visitEntry();
    auto *customer = form->findChild<QLineEdit *>(QStringLiteral("customerEdit"));
    ASSERT_NE(customer, nullptr);
    customer->setFocus();
    QTest::keyClicks(customer, QStringLiteral("C0001"));
    QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    ASSERT_EQ(ActivityRepository(workspace.database()).visitsOf(id).size(), 1);
    EXPECT_FALSE(redo->isEnabled());
    redo->trigger(); // does nothing, as it says
    EXPECT_EQ(load().phone, QString());
    ASSERT_TRUE(undo->isEnabled());
    EXPECT_TRUE(undo->text().contains(QStringLiteral("李娜"))) << undo->text().toStdString();
    undo->trigger(); // the visit
    EXPECT_EQ(ActivityRepository(workspace.database()).visitsOf(id).size(), 0);
    EXPECT_FALSE(undo->isEnabled());
    ASSERT_TRUE(redo->isEnabled());
    redo->trigger();
    EXPECT_EQ(ActivityRepository(workspace.database()).visitsOf(id).size(), 1);

    // Another book: nothing to undo there.
    workspace.undoStack()->push(
        new EditCustomerCommand(workspace, load(), after, QStringLiteral("phone"), QStringLiteral("phone")));
    ASSERT_TRUE(undo->isEnabled());
    test::TempDatabase other;
    other.close();
    ASSERT_TRUE(window.openPath(other.path()));
    EXPECT_FALSE(undo->isEnabled());
    EXPECT_FALSE(redo->isEnabled());
}
