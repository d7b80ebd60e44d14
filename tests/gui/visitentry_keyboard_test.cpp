#include "mainwindow.h"
#include "visitentryform.h"

#include "activityrepository.h"
#include "customerrepository.h"
#include "workspace.h"

#include "../support/printers.h"
#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListView>
#include <QSpinBox>
#include <QTest>

using namespace kehu;

namespace {

/// Types into whatever has the keyboard focus, as a person does.
void type(const QString &text)
{
    QTest::keyClicks(QApplication::focusWidget(), text);
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    ASSERT_NE(target, nullptr);
    QTest::keyClick(target, key, modifiers);
}

} // namespace

// The acceptance scenario of the fast visit entry: from anywhere in the window, Ctrl+N, a phone
// number, Tab through kind, amount, satisfaction and NPS, Enter, and the visit is stored; the
// form is empty again for the next visitor. No mouse.
TEST(VisitEntryKeyboard, LogsAVisitWithKeystrokesOnly)
{
    test::TempDatabase temp;
    const CustomerId id = temp.addCustomer(QStringLiteral("C0042"), QStringLiteral("王伟"),
                                           QStringLiteral("13800138042"));
    ASSERT_GT(id, 0);
    temp.close();

    MainWindow window;
    ASSERT_TRUE(window.openPath(temp.path()));
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    window.showPage(MainWindow::CustomersPage);

    QElapsedTimer clock;
    clock.start();
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    auto *customer = window.findChild<QLineEdit *>(QStringLiteral("customerEdit"));
    ASSERT_NE(customer, nullptr);
    ASSERT_EQ(QApplication::focusWidget(), customer);
    type(QStringLiteral("8042"));
    auto *suggestions = window.findChild<QListView *>(QStringLiteral("suggestionList"));
    ASSERT_EQ(suggestions->model()->rowCount(), 1);
    EXPECT_TRUE(suggestions->currentIndex().isValid()); // the first suggestion is picked
    press(Qt::Key_Tab);                                 // skips the disabled new-phone field
    ASSERT_EQ(QApplication::focusWidget()->objectName(), QStringLiteral("kindCombo"));
    press(Qt::Key_Down); // store visit -> phone call
    press(Qt::Key_Tab);
    type(QStringLiteral("1280.50"));
    press(Qt::Key_Tab);
    type(QStringLiteral("5"));
    press(Qt::Key_Tab);
    press(Qt::Key_Backspace);
    press(Qt::Key_Backspace);
    type(QStringLiteral("9"));
    press(Qt::Key_Tab);
    type(QStringLiteral("friendly staff"));
    press(Qt::Key_Return);
    const qint64 elapsed = clock.elapsed();

    const auto visits = ActivityRepository(window.workspace()->database()).visitsOf(id);
    ASSERT_EQ(visits.size(), 1);
    EXPECT_EQ(visits.at(0).kind, VisitKind::Call);
    EXPECT_EQ(visits.at(0).amount, 128050);
    EXPECT_EQ(visits.at(0).satisfaction, 5);
    const auto surveys = ActivityRepository(window.workspace()->database()).surveysOf(id);
    ASSERT_EQ(surveys.size(), 1);
    EXPECT_EQ(surveys.at(0).nps, 9);
    EXPECT_EQ(surveys.at(0).comment, QStringLiteral("friendly staff"));
    // Ready for the next visitor.
    EXPECT_TRUE(customer->text().isEmpty());
    EXPECT_EQ(QApplication::focusWidget(), customer);
    EXPECT_LT(elapsed, 10000); // the machine's part; a person's typing fits in the rest

    // A new visitor: an unknown phone number creates the customer inline.
    type(QStringLiteral("13912345678"));
    EXPECT_EQ(suggestions->model()->rowCount(), 0);
    press(Qt::Key_Return);
    EXPECT_EQ(CustomerRepository(window.workspace()->database()).count(), 2);
}
