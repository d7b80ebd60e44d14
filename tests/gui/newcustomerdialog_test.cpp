#include "customerbookview.h"
#include "customerdetailpane.h"
#include "mainwindow.h"
#include "newcustomerdialog.h"

#include "customerrepository.h"
#include "workspace.h"

#include "../support/printers.h"
#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace kehu;

namespace {

struct Window
{
    test::TempDatabase temp;
    MainWindow window;
    CustomerId zhang = 0;

    Window()
    {
        Customer c;
        c.code = QStringLiteral("C000001");
        c.name = QStringLiteral("张伟");
        c.phone = QStringLiteral("13800138000");
        c.industry = QStringLiteral("零售");
        c.region = QStringLiteral("华东");
        zhang = CustomerRepository(temp.db()).insert(c);
        temp.close();
        EXPECT_TRUE(window.openPath(temp.path()));
    }

    /// Customers ▸ New Customer, as the menu does it.
    NewCustomerDialog *open()
    {
        auto *action = window.findChild<QAction *>(QStringLiteral("newCustomerAction"));
        EXPECT_NE(action, nullptr);
        action->trigger();
        const auto dialogs = window.findChildren<NewCustomerDialog *>();
        return dialogs.isEmpty() ? nullptr : dialogs.constLast();
    }
};

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1StringView(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

/// QTest::keyClicks with Chinese text too: QTest maps only ASCII characters to keys, so the
/// others go in as key events that carry just their text, as an input method delivers them.
void type(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 128) {
            QTest::keyClick(widget, char(ch.unicode()));
        } else {
            QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
        }
    }
}

QPushButton *okButton(QWidget *dialog)
{
    return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
}

} // namespace

// The form opens with a proposed code and OK disabled; a phone number already in the book
// shows the duplicate warning, and "Open that customer" shows that customer instead.
TEST(NewCustomerDialog, WarnsAboutADuplicateAndOpensTheExistingCustomer)
{
    Window w;
    NewCustomerDialog *dialog = w.open();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(child<QLineEdit>(dialog, "codeEdit")->text(), QStringLiteral("C000002"));
    EXPECT_FALSE(okButton(dialog)->isEnabled()); // no name yet
    auto *duplicateFrame = child<QFrame>(dialog, "duplicateFrame");
    EXPECT_TRUE(duplicateFrame->isHidden());

    type(child<QLineEdit>(dialog, "phoneEdit"), QStringLiteral("+86 138-0013-8000"));
    EXPECT_FALSE(duplicateFrame->isHidden());
    EXPECT_TRUE(child<QLabel>(dialog, "duplicateLabel")->text().contains(QStringLiteral("张伟")));

    const QPointer<NewCustomerDialog> guard(dialog); // closed dialogs delete themselves
    QTest::mouseClick(child<QPushButton>(dialog, "openExistingButton"), Qt::LeftButton);
    EXPECT_TRUE(!guard || !guard->isVisible());
    EXPECT_EQ(w.window.customerBook()->detail()->customerId(), w.zhang);
    EXPECT_EQ(CustomerRepository(w.window.workspace()->database()).count(), 1);
    EXPECT_EQ(w.window.workspace()->undoStack()->count(), 0);
}

// Filled in by keyboard only: wrong shapes are pointed out under their field with OK disabled,
// Enter adds the customer with every field, as one step that Undo takes back.
TEST(NewCustomerDialog, KeyboardEntryCreatesTheCustomerWithEveryField)
{
    Window w;
    NewCustomerDialog *dialog = w.open();
    ASSERT_NE(dialog, nullptr);
    auto *name = child<QLineEdit>(dialog, "nameEdit");
    auto *email = child<QLineEdit>(dialog, "emailEdit");
    auto *emailError = child<QLabel>(dialog, "emailError");

    type(name, QStringLiteral("刘洋"));
    type(child<QLineEdit>(dialog, "phoneEdit"), QStringLiteral("139 0000 0001"));
    type(email, QStringLiteral("liu.yang@"));
    EXPECT_FALSE(emailError->isHidden());
    EXPECT_FALSE(okButton(dialog)->isEnabled());
    type(email, QStringLiteral("example.com"));
    EXPECT_TRUE(emailError->isHidden());
    EXPECT_TRUE(okButton(dialog)->isEnabled());

    // A code that is taken is refused inline.
    auto *code = child<QLineEdit>(dialog, "codeEdit");
    QTest::keyClick(code, Qt::Key_A, Qt::ControlModifier);
    type(code, QStringLiteral("C000001"));
    EXPECT_FALSE(child<QLabel>(dialog, "codeError")->isHidden());
    EXPECT_FALSE(okButton(dialog)->isEnabled());
    QTest::keyClick(code, Qt::Key_Backspace);
    type(code, QStringLiteral("9"));
    EXPECT_TRUE(okButton(dialog)->isEnabled());

    type(child<QLineEdit>(dialog, "companyEdit"), QStringLiteral("洋洋商行"));
    type(child<QComboBox>(dialog, "industryCombo"), QStringLiteral("零售"));
    type(child<QComboBox>(dialog, "companySizeCombo"), QStringLiteral("11-50"));
    type(child<QComboBox>(dialog, "regionCombo"), QStringLiteral("华南"));
    type(child<QComboBox>(dialog, "channelCombo"), QStringLiteral("referral"));
    type(child<QComboBox>(dialog, "ownerCombo"), QStringLiteral("王芳"));
    QTest::keyClick(child<QComboBox>(dialog, "lifecycleCombo"), Qt::Key_Up);     // active -> prospect
    QTest::keyClick(child<QComboBox>(dialog, "personalityCombo"), Qt::Key_Down); // unknown -> analytic
    QTest::keyClick(child<QComboBox>(dialog, "personalityCombo"), Qt::Key_Down); // -> expressive
    auto *budget = child<QLineEdit>(dialog, "budgetEdit");
    type(budget, QStringLiteral("8,000.505"));
    EXPECT_FALSE(child<QLabel>(dialog, "budgetError")->isHidden()); // a fraction of a fen
    EXPECT_FALSE(okButton(dialog)->isEnabled());
    QTest::keyClick(budget, Qt::Key_Backspace);
    EXPECT_TRUE(okButton(dialog)->isEnabled());
    type(child<QLineEdit>(dialog, "tagsEdit"), QStringLiteral("vip, 团购"));
    type(child<QPlainTextEdit>(dialog, "explicitNeedsEdit"), QStringLiteral("需要发票"));
    type(child<QPlainTextEdit>(dialog, "implicitNeedsEdit"), QStringLiteral("想要账期"));
    type(child<QLineEdit>(dialog, "preferencesEdit"), QStringLiteral("微信联系"));
    type(child<QPlainTextEdit>(dialog, "notesEdit"), QStringLiteral("展会认识"));

    const QPointer<NewCustomerDialog> guard(dialog); // closed dialogs delete themselves
    QTest::keyClick(name, Qt::Key_Return);           // the default button: OK
    EXPECT_TRUE(!guard || !guard->isVisible());
    Workspace *workspace = w.window.workspace();
    const auto stored = CustomerRepository(workspace->database()).findByCode(QStringLiteral("C000009"));
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->name, QStringLiteral("刘洋"));
    EXPECT_EQ(stored->phone, QStringLiteral("139 0000 0001"));
    EXPECT_EQ(stored->email, QStringLiteral("liu.yang@example.com"));
    EXPECT_EQ(stored->company, QStringLiteral("洋洋商行"));
    EXPECT_EQ(stored->industry, QStringLiteral("零售"));
    EXPECT_EQ(stored->companySize, QStringLiteral("11-50"));
    EXPECT_EQ(stored->region, QStringLiteral("华南"));
    EXPECT_EQ(stored->channel, QStringLiteral("referral"));
    EXPECT_EQ(stored->owner, QStringLiteral("王芳"));
    EXPECT_EQ(stored->lifecycle, LifecycleStatus::Prospect);
    EXPECT_EQ(stored->personality, PersonalityType::Expressive);
    EXPECT_EQ(stored->budget, 800050);
    EXPECT_EQ(stored->tags, (QStringList{QStringLiteral("vip"), QStringLiteral("团购")}));
    EXPECT_EQ(stored->explicitNeeds, QStringLiteral("需要发票"));
    EXPECT_EQ(stored->implicitNeeds, QStringLiteral("想要账期"));
    EXPECT_EQ(stored->preferences, QStringLiteral("微信联系"));
    EXPECT_EQ(stored->notes, QStringLiteral("展会认识"));
    EXPECT_EQ(w.window.customerBook()->detail()->customerId(), stored->id);

    // One step on the undo stack: Undo takes the customer out of the book, Redo brings it back.
    ASSERT_EQ(workspace->undoStack()->count(), 1);
    child<QAction>(&w.window, "undoAction")->trigger();
    EXPECT_FALSE(CustomerRepository(workspace->database()).findById(stored->id));
    EXPECT_EQ(CustomerRepository(workspace->database()).count(), 1);
    workspace->undoStack()->redo();
    EXPECT_TRUE(CustomerRepository(workspace->database()).findById(stored->id));
}
