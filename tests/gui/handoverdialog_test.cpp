#include "handoverdialog.h"

#include "customerbook.h"
#include "customerbookview.h"
#include "workspace.h"

#include "../services/teambook.h"
#include "../support/printers.h"
#include "../support/recordingprompter.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoStack>

using namespace kehu;

TEST(HandoverDialog, CountsWhatGoesAndHandsItOverAsOneUndoableStep)
{
    test::TeamBook book;
    const QString leaver = test::TeamBook::nameOf(Role::Staff);
    const CustomerId first = book.customerOf(leaver);
    const CustomerId second = book.customerOf(leaver);
    const CustomerId kept = book.customerOf(test::TeamBook::nameOf(Role::Manager));
    ASSERT_TRUE(book.signInAs(Role::Manager));

    CustomerListQuery listed;
    listed.filter.owner = leaver;
    HandoverDialog dialog(book.workspace(), listed, {leaver, QStringLiteral("老板")});
    auto *receiver = dialog.findChild<QComboBox *>(QStringLiteral("receiverCombo"));
    auto *handOver = dialog.findChild<QPushButton *>(QStringLiteral("handOverButton"));
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("handoverSummary"));
    EXPECT_FALSE(handOver->isEnabled()) << "nobody chosen yet";

    receiver->setCurrentText(QStringLiteral("老板"));
    ASSERT_TRUE(dialog.preview()) << summary->text().toStdString();
    EXPECT_TRUE(handOver->isEnabled());
    EXPECT_TRUE(summary->text().contains(leaver)) << summary->text().toStdString();
    EXPECT_TRUE(summary->text().contains(u'2')) << summary->text().toStdString();

    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.outcome().isEmpty());
    CustomerRepository customers(book.db());
    EXPECT_EQ(customers.ownerOf(first), QStringLiteral("老板"));
    EXPECT_EQ(customers.ownerOf(second), QStringLiteral("老板"));
    EXPECT_EQ(customers.ownerOf(kept), test::TeamBook::nameOf(Role::Manager));
    EXPECT_EQ(book.workspace().undoStack()->count(), 1);
    book.workspace().undoStack()->undo();
    EXPECT_EQ(customers.ownerOf(first), leaver);
}

TEST(HandoverDialog, TheReceiverAlreadyOwningEverythingIsToldNotHandedOver)
{
    test::TeamBook book;
    const QString leaver = test::TeamBook::nameOf(Role::Staff);
    book.customerOf(leaver);
    CustomerListQuery listed;
    listed.filter.owner = leaver;
    HandoverDialog dialog(book.workspace(), listed, {leaver});
    dialog.findChild<QComboBox *>(QStringLiteral("receiverCombo"))->setCurrentText(leaver);
    EXPECT_FALSE(dialog.preview());
    EXPECT_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("handOverButton"))->isEnabled());
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(book.workspace().undoStack()->count(), 0);
}

TEST(HandoverDialog, TheBookOffersHandoverOnlyToThoseWhoMay)
{
    test::TeamBook book;
    test::RecordingPrompter prompter;
    ASSERT_TRUE(book.signInAs(Role::Manager));
    {
        CustomerBookView view(book.workspace(), prompter);
        EXPECT_NE(view.findChild<QPushButton *>(QStringLiteral("handOverButton")), nullptr);
    }
    ASSERT_TRUE(book.signInAs(Role::Staff));
    CustomerBookView view(book.workspace(), prompter);
    EXPECT_EQ(view.findChild<QPushButton *>(QStringLiteral("handOverButton")), nullptr);
}

TEST(CustomerBookPrivacy, AManagerErasesAPersonAfterConfirmingStaffAreNotOffered)
{
    test::TeamBook book;
    const CustomerId person = book.customerOf(test::TeamBook::nameOf(Role::Staff));
    test::RecordingPrompter prompter;
    ASSERT_TRUE(book.signInAs(Role::Manager));
    {
        CustomerBookView view(book.workspace(), prompter);
        EXPECT_NE(view.findChild<QAction *>(QStringLiteral("erasePersonAction")), nullptr);
        prompter.confirmAnswer = false;
        EXPECT_FALSE(view.erasePerson(person));
        EXPECT_FALSE(book.workspace().customers().get(person)->name.isEmpty());
        prompter.confirmAnswer = true;
        ASSERT_TRUE(view.erasePerson(person)) << prompter.warnings.join(u'\n').toStdString();
        EXPECT_TRUE(book.workspace().customers().get(person)->name.isEmpty());
    }
    ASSERT_TRUE(book.signInAs(Role::Staff));
    CustomerBookView view(book.workspace(), prompter);
    EXPECT_EQ(view.findChild<QAction *>(QStringLiteral("erasePersonAction")), nullptr);
    EXPECT_EQ(view.findChild<QAction *>(QStringLiteral("exportPersonAction")), nullptr);
}
