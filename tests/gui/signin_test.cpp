#include "mainwindow.h"

#include "customerbookview.h"
#include "signinview.h"
#include "userdialog.h"
#include "userdirectory.h"
#include "userlistmodel.h"
#include "usersview.h"
#include "workspace.h"

#include "../services/teambook.h"
#include "../support/printers.h"
#include "../support/recordingprompter.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>
#include <QStatusBar>

using namespace kehu;

namespace {

/// The team's book as the app opens it: nobody signed in yet.
struct SharedBookWindow
{
    SharedBookWindow()
    {
        mine = book.customerOf(test::TeamBook::nameOf(Role::Staff));
        theirs = book.customerOf(test::TeamBook::nameOf(Role::Manager));
        book.temp.close();
        auto opened = Database::open(book.temp.path());
        EXPECT_TRUE(opened.database) << opened.message.toStdString();
        window.setPrompter(&prompter);
        window.setWorkspace(std::make_unique<Workspace>(std::move(opened.database)));
    }

    bool signInAs(Role role, const QString &password = QString::fromUtf8(test::TeamBook::kPassword))
    {
        SignInView *view = window.signInView();
        EXPECT_NE(view, nullptr);
        if (!view)
            return false;
        view->findChild<QLineEdit *>(QStringLiteral("signInName"))->setText(test::TeamBook::nameOf(role));
        view->findChild<QLineEdit *>(QStringLiteral("signInPassword"))->setText(password);
        const bool signedIn = view->signIn();
        QApplication::processEvents(); // the sign-in page is deleted later
        return signedIn;
    }

    QString statusUser() const { return window.statusBar()->findChild<QLabel *>(QStringLiteral("statusUser"))->text(); }

    qint64 refusals()
    {
        QSqlQuery q(window.workspace()->database().connection());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE outcome = 'refused'")) && q.next());
        return q.value(0).toLongLong();
    }

    test::TeamBook book;
    test::RecordingPrompter prompter;
    MainWindow window;
    CustomerId mine = 0;
    CustomerId theirs = 0;
};

QAction *action(const MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QLatin1StringView(name));
}

} // namespace

TEST(SignIn, ASharedBookOpensOnTheSignInPageAndOffersNothingElse)
{
    SharedBookWindow shared;
    ASSERT_NE(shared.window.signInView(), nullptr);
    EXPECT_EQ(shared.window.customerBook(), nullptr);
    EXPECT_FALSE(shared.window.offersPage(MainWindow::CustomersPage));
    for (const char *name : {"importAction", "newVisitAction", "newCustomerAction", "classifyAction", "backupAction",
                             "findAction", "signOutAction"})
        EXPECT_FALSE(action(shared.window, name)->isEnabled()) << name;
}

TEST(SignIn, AWrongPasswordIsToldAndTheRightOneOpensThePages)
{
    SharedBookWindow shared;
    EXPECT_FALSE(shared.signInAs(Role::Staff, QStringLiteral("wrong")));
    auto *problem = shared.window.signInView()->findChild<QLabel *>(QStringLiteral("signInProblem"));
    EXPECT_FALSE(problem->isHidden());
    EXPECT_FALSE(problem->text().isEmpty());
    EXPECT_TRUE(shared.window.signInView()->findChild<QLineEdit *>(QStringLiteral("signInPassword"))->text().isEmpty());

    ASSERT_TRUE(shared.signInAs(Role::Staff));
    EXPECT_EQ(shared.window.signInView(), nullptr);
    ASSERT_NE(shared.window.customerBook(), nullptr);
    EXPECT_TRUE(shared.statusUser().contains(test::TeamBook::nameOf(Role::Staff))) << shared.statusUser().toStdString();
}

TEST(SignIn, StaffSeeTheirPagesOnlyAndTouringThemIsRefusedNothing)
{
    SharedBookWindow shared;
    ASSERT_TRUE(shared.signInAs(Role::Staff));
    MainWindow &window = shared.window;
    for (auto page : {MainWindow::CustomersPage, MainWindow::VisitsPage, MainWindow::FollowUpsPage})
        EXPECT_TRUE(window.offersPage(page)) << page;
    for (auto page : {MainWindow::DashboardPage, MainWindow::SegmentsPage, MainWindow::ChurnWatchPage,
                      MainWindow::ReviewPage, MainWindow::LoyaltyPage, MainWindow::DistributorsPage,
                      MainWindow::SettingsPage, MainWindow::UsersPage, MainWindow::AuditPage})
        EXPECT_FALSE(window.offersPage(page)) << page;
    EXPECT_EQ(window.dashboard(), nullptr);
    EXPECT_EQ(window.users(), nullptr);
    EXPECT_FALSE(action(window, "importAction")->isEnabled());
    EXPECT_FALSE(action(window, "classifyAction")->isEnabled());
    EXPECT_FALSE(action(window, "backupAction")->isEnabled());
    EXPECT_TRUE(action(window, "newVisitAction")->isEnabled());
    EXPECT_TRUE(action(window, "newCustomerAction")->isEnabled());

    for (int page = 0; page < MainWindow::PageCount; ++page) {
        window.showPage(MainWindow::Page(page));
        QApplication::processEvents();
    }
    window.customerBook()->openCustomer(shared.mine);
    QApplication::processEvents();
    // A view that read what the role may not would have left a refusal in the log.
    EXPECT_EQ(shared.refusals(), 0);
}

TEST(SignIn, AViewerTouringEveryPageIsRefusedNothing)
{
    SharedBookWindow shared;
    ASSERT_TRUE(shared.signInAs(Role::Viewer));
    EXPECT_TRUE(shared.window.offersPage(MainWindow::DashboardPage));
    EXPECT_FALSE(shared.window.offersPage(MainWindow::VisitsPage));
    EXPECT_FALSE(shared.window.offersPage(MainWindow::AuditPage));
    EXPECT_FALSE(action(shared.window, "newCustomerAction")->isEnabled());
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        shared.window.showPage(MainWindow::Page(page));
        QApplication::processEvents();
    }
    shared.window.customerBook()->openCustomer(shared.theirs);
    QApplication::processEvents();
    EXPECT_EQ(shared.refusals(), 0);
}

TEST(SignIn, SigningOutReturnsToTheSignInPage)
{
    SharedBookWindow shared;
    ASSERT_TRUE(shared.signInAs(Role::Manager));
    QAction *signOut = action(shared.window, "signOutAction");
    ASSERT_TRUE(signOut->isEnabled());
    signOut->trigger();
    QApplication::processEvents();
    EXPECT_NE(shared.window.signInView(), nullptr);
    EXPECT_EQ(shared.window.customerBook(), nullptr);
    EXPECT_TRUE(shared.statusUser().isEmpty());
    EXPECT_FALSE(shared.window.workspace()->actor().has_value());
}

TEST(SignIn, TheOwnerManagesUsersOnTheUsersPage)
{
    SharedBookWindow shared;
    ASSERT_TRUE(shared.signInAs(Role::Owner));
    UsersView *users = shared.window.users();
    ASSERT_NE(users, nullptr);
    EXPECT_EQ(users->model()->rowCount(), 4);

    UserDialog *add = users->openDialog(UserDialog::Mode::Add);
    ASSERT_NE(add, nullptr);
    add->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("小李"));
    auto *role = add->findChild<QComboBox *>(QStringLiteral("roleCombo"));
    role->setCurrentIndex(role->findData(int(Role::Staff)));
    add->findChild<QLineEdit *>(QStringLiteral("teamEdit"))->setText(QStringLiteral("门店"));
    add->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("a long new password"));
    add->findChild<QLineEdit *>(QStringLiteral("repeatPasswordEdit"))->setText(QStringLiteral("a different one!!"));
    add->accept();
    EXPECT_EQ(users->model()->rowCount(), 4) << "two different passwords add nobody";
    EXPECT_FALSE(add->findChild<QLabel *>(QStringLiteral("problemLabel"))->isHidden());
    add->findChild<QLineEdit *>(QStringLiteral("repeatPasswordEdit"))->setText(QStringLiteral("a long new password"));
    add->accept();
    ASSERT_EQ(users->model()->rowCount(), 5);
    const int row = users->model()->rowOf(QStringLiteral("小李"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(users->model()->userAt(row)->role, Role::Staff);

    users->select(QStringLiteral("小李"));
    users->toggleDisabled();
    EXPECT_TRUE(users->model()->userAt(users->model()->rowOf(QStringLiteral("小李")))->disabled);
    QString error;
    EXPECT_FALSE(shared.window.workspace()->users().authenticate(
        QStringLiteral("小李"), QStringLiteral("a long new password"), QDateTime::currentDateTimeUtc(), &error));

    // The last owner stays an owner: the directory's refusal is shown in the dialog.
    users->select(test::TeamBook::nameOf(Role::Owner));
    UserDialog *edit = users->openDialog(UserDialog::Mode::EditRole);
    ASSERT_NE(edit, nullptr);
    auto *editRole = edit->findChild<QComboBox *>(QStringLiteral("roleCombo"));
    editRole->setCurrentIndex(editRole->findData(int(Role::Viewer)));
    edit->accept();
    EXPECT_TRUE(edit->isVisible() || !edit->findChild<QLabel *>(QStringLiteral("problemLabel"))->text().isEmpty());
    EXPECT_EQ(users->model()->userAt(users->model()->rowOf(test::TeamBook::nameOf(Role::Owner)))->role, Role::Owner);
}

TEST(SignIn, TheOneAtTheDeskAsksForSignInAndBecomesTheOwner)
{
    test::TempDatabase temp;
    temp.close();
    auto opened = Database::open(temp.path());
    ASSERT_TRUE(opened.database);
    test::RecordingPrompter prompter;
    MainWindow window;
    window.setPrompter(&prompter);
    window.setWorkspace(std::make_unique<Workspace>(std::move(opened.database)));
    ASSERT_EQ(window.signInView(), nullptr);
    ASSERT_NE(window.users(), nullptr);
    EXPECT_EQ(window.findChild<QAction *>(QStringLiteral("signOutAction"))->isEnabled(), false);

    UserDialog *first = window.users()->openDialog(UserDialog::Mode::FirstOwner);
    ASSERT_NE(first, nullptr);
    first->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("老板"));
    first->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("correct horse battery"));
    first->findChild<QLineEdit *>(QStringLiteral("repeatPasswordEdit"))
        ->setText(QStringLiteral("correct horse battery"));
    first->accept();
    QApplication::processEvents();
    ASSERT_TRUE(window.workspace()->actor().has_value());
    EXPECT_EQ(window.workspace()->actor()->name, QStringLiteral("老板"));
    EXPECT_EQ(window.workspace()->actor()->role, Role::Owner);
    EXPECT_EQ(window.signInView(), nullptr) << "whoever turned sign-in on stays signed in";
    ASSERT_NE(window.users(), nullptr);
    EXPECT_EQ(window.users()->model()->rowCount(), 1);
    EXPECT_TRUE(window.findChild<QAction *>(QStringLiteral("signOutAction"))->isEnabled());
    EXPECT_TRUE(window.statusBar()->findChild<QLabel *>(QStringLiteral("statusUser"))->text().contains(u"老板"));
}

TEST(SignIn, ChangingOnesOwnPasswordNeedsTheCurrentOne)
{
    SharedBookWindow shared;
    ASSERT_TRUE(shared.signInAs(Role::Staff));
    UserDialog *dialog = shared.window.changeOwnPassword();
    ASSERT_NE(dialog, nullptr);
    dialog->findChild<QLineEdit *>(QStringLiteral("currentPasswordEdit"))->setText(QStringLiteral("not it"));
    dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("another good password"));
    dialog->findChild<QLineEdit *>(QStringLiteral("repeatPasswordEdit"))
        ->setText(QStringLiteral("another good password"));
    dialog->accept();
    EXPECT_FALSE(dialog->findChild<QLabel *>(QStringLiteral("problemLabel"))->isHidden());
    dialog->findChild<QLineEdit *>(QStringLiteral("currentPasswordEdit"))
        ->setText(QString::fromUtf8(test::TeamBook::kPassword));
    dialog->accept();
    EXPECT_TRUE(dialog->findChild<QLabel *>(QStringLiteral("problemLabel"))->isHidden());
    QString error;
    EXPECT_TRUE(shared.window.workspace()->users().authenticate(test::TeamBook::nameOf(Role::Staff),
                                                                QStringLiteral("another good password"),
                                                                QDateTime::currentDateTimeUtc(), &error))
        << error.toStdString();
}
