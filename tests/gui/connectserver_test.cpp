// File → Connect to Server. The dialog's checks run on every machine; opening a real server
// book runs in the suite's PostgreSQL run (ServerConnect.*).

#include "connectserverdialog.h"
#include "customerbook.h"
#include "database.h"
#include "mainwindow.h"
#include "passwordstore.h"
#include "workspace.h"

#include "../support/printers.h"
#include "../support/recordingprompter.h"
#include "../support/serverdatabase.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTest>

using namespace kehu;

namespace {

class MemoryPasswords final : public PasswordStore
{
public:
    std::optional<QString> read(const QString &address) override
    {
        reads << address;
        return saved.contains(address) ? std::optional<QString>(saved.value(address)) : std::nullopt;
    }
    bool write(const QString &address, const QString &password, QString *) override
    {
        saved.insert(address, password);
        return true;
    }
    void remove(const QString &address) override { saved.remove(address); }

    QMap<QString, QString> saved;
    QStringList reads;
};

void fill(ConnectServerDialog *dialog, const BookAddress &address, const QString &password)
{
    const BookAddress::Server &server = address.serverPart();
    dialog->findChild<QLineEdit *>(QStringLiteral("hostEdit"))->setText(server.host);
    dialog->findChild<QSpinBox *>(QStringLiteral("portSpin"))->setValue(server.port);
    dialog->findChild<QLineEdit *>(QStringLiteral("databaseEdit"))->setText(server.database);
    dialog->findChild<QLineEdit *>(QStringLiteral("userEdit"))->setText(server.user);
    dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(password);
}

} // namespace

TEST(ConnectServerDialog, NeedsADatabaseAndAUserBeforeItConnects)
{
    ConnectServerDialog dialog(ServerConnectionForm{});
    dialog.show();
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("problemLabel"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(problem->isVisible());
    EXPECT_TRUE(problem->text().contains(QStringLiteral("database"))) << problem->text().toStdString();

    dialog.findChild<QLineEdit *>(QStringLiteral("databaseEdit"))->setText(QStringLiteral("shop"));
    dialog.accept();
    EXPECT_TRUE(problem->text().contains(QStringLiteral("user name"))) << problem->text().toStdString();

    dialog.findChild<QLineEdit *>(QStringLiteral("userEdit"))->setText(QStringLiteral("li"));
    auto *encryption = dialog.findChild<QComboBox *>(QStringLiteral("sslModeCombo"));
    encryption->setCurrentIndex(encryption->findData(QStringLiteral("require")));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(problem->isVisible());
    EXPECT_EQ(dialog.form().address(nullptr)->toString(),
              QStringLiteral("postgresql://li@localhost/shop?sslmode=require"));
}

TEST(ServerConnect, TheDialogOpensTheTeamsBookAndTheKeychainKeepsThePassword)
{
    ASSERT_FALSE(test::testServerUri().isEmpty()) << "KEHU_TEST_POSTGRES names the test server (ctest sets it)";
    test::ServerDatabase server;
    const BookAddress address = BookAddress::parse(server.uri());
    MemoryPasswords passwords;
    test::RecordingPrompter prompter;
    MainWindow window;
    window.setPrompter(&prompter);
    window.setPasswordStore(&passwords);

    ConnectServerDialog *dialog = window.connectToServer();
    fill(dialog, address, QStringLiteral("s3cret-pw")); // the test server trusts its socket
    dialog->accept();
    ASSERT_NE(window.workspace(), nullptr) << prompter.warnings.join(u'\n').toStdString();
    EXPECT_TRUE(window.workspace()->isServer());
    EXPECT_EQ(passwords.saved.value(address.toString()), QStringLiteral("s3cret-pw"));
    const QStringList recent = QSettings().value(QStringLiteral("mainWindow/recentDatabases")).toStringList();
    ASSERT_FALSE(recent.isEmpty());
    EXPECT_EQ(recent.first(), address.toString());
    EXPECT_FALSE(recent.join(u' ').contains(QStringLiteral("s3cret-pw")));

    // From the recent list: the password comes from the keychain.
    window.setWorkspace(nullptr);
    passwords.reads.clear();
    ASSERT_TRUE(window.openPath(recent.first()));
    EXPECT_EQ(passwords.reads, QStringList{address.toString()});
    EXPECT_TRUE(window.workspace()->isServer());
}

TEST(ServerConnect, ALostConnectionSaysSoAndReconnectsWithOneClick)
{
    test::ServerDatabase server;
    MemoryPasswords passwords;
    test::RecordingPrompter prompter;
    MainWindow window;
    window.setPrompter(&prompter);
    window.setPasswordStore(&passwords);
    ASSERT_TRUE(window.openPath(server.uri())) << prompter.warnings.join(u'\n').toStdString();
    Workspace &workspace = *window.workspace();
    auto *bar = window.findChild<QWidget *>(QStringLiteral("connectionBar"));
    ASSERT_NE(bar, nullptr);
    EXPECT_TRUE(bar->isHidden());
    window.show();
    QApplication::processEvents();
    // Hidden, the bar takes no room: the status bar grows only when it shows.
    const int quietHeight = window.statusBar()->height();

    // An administrator ends the desk's session (as a server restart would).
    QString ended;
    ASSERT_TRUE(test::endSession(workspace.database().connection(), &ended)) << ended.toStdString();
    // The desk notices by itself: its LISTEN socket closes, and the window's watch looks.
    QTRY_VERIFY_WITH_TIMEOUT(!bar->isHidden(), 10000);
    QTRY_VERIFY(window.statusBar()->height() > quietHeight);
    const QString message = bar->findChild<QLabel *>(QStringLiteral("connectionMessage"))->text();
    EXPECT_TRUE(message.contains(workspace.displayAddress())) << message.toStdString();
    EXPECT_TRUE(prompter.warnings.isEmpty()) << "a bar, not a box that interrupts the counter";

    // The server still refuses: the bar stays and says why.
    auto *reconnect = bar->findChild<QPushButton *>(QStringLiteral("reconnectButton"));
    QString error;
    ASSERT_TRUE(server.acceptConnections(false, &error)) << error.toStdString();
    QTest::mouseClick(reconnect, Qt::LeftButton);
    EXPECT_FALSE(bar->isHidden());
    const QString still = bar->findChild<QLabel *>(QStringLiteral("connectionMessage"))->text();
    EXPECT_TRUE(still.contains(QStringLiteral("not currently accepting connections"))) << still.toStdString();

    ASSERT_TRUE(server.acceptConnections(true, &error)) << error.toStdString();
    QTest::mouseClick(reconnect, Qt::LeftButton);
    EXPECT_TRUE(bar->isHidden());
    QTRY_COMPARE(window.statusBar()->height(), quietHeight);
    EXPECT_TRUE(workspace.checkConnection());
    EXPECT_TRUE(workspace.customers().get(1) == std::nullopt); // a query runs again (the book is empty)
    Customer c;
    c.code = QStringLiteral("C1");
    EXPECT_GT(workspace.customers().insert(c, &error), 0) << error.toStdString();
}
