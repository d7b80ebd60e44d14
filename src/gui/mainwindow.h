#pragma once

#include "serverconnectionform.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoGroup;

namespace kehu {

class AuditView;
class ChurnWatchView;
class ConnectionBar;
class CustomerBookView;
class DashboardView;
class DistributorsView;
class FollowUpsView;
class ReviewView;
class ImportDialog;
class LoyaltyView;
class SegmentsView;
class RestorePointsDialog;
class SettingsView;
class SignInView;
class UserDialog;
class UsersView;
class ConnectServerDialog;
class MessageBoxPrompter;
class PasswordStore;
class NewCustomerDialog;
class Prompter;
class VisitEntryForm;
class Workspace;

/// The main window: navigation (Dashboard, Customers, Visits, ...), menus and toolbar,
/// and the status bar with the open database and the last classification.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page {
        DashboardPage,
        CustomersPage,
        VisitsPage,
        FollowUpsPage,
        SegmentsPage,
        ChurnWatchPage,
        ReviewPage,
        LoyaltyPage,
        DistributorsPage,
        SettingsPage,
        UsersPage,
        AuditPage,
        PageCount
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows `workspace` (the window takes ownership). Null shows the empty start page.
    void setWorkspace(std::unique_ptr<Workspace> workspace);
    Workspace *workspace() const { return m_workspace.get(); }
    /// Opens `path`; a file that is not Kehu's, too new or damaged gives a message, not a crash.
    bool openPath(const QString &path, bool create = false);
    /// Replaces the message boxes (tests answer them without a modal loop).
    void setPrompter(Prompter *prompter) { m_prompter = prompter; }
    /// Replaces the system keychain (tests keep passwords in memory).
    void setPasswordStore(PasswordStore *store) { m_passwords = store; }
    /// File ▸ Connect to Server: opens the dialog (window-modal), filled from `form`, with
    /// `problem` (why the last attempt failed) shown above its buttons.
    ConnectServerDialog *connectToServer(const ServerConnectionForm &form = {}, const QString &problem = {});

    void showPage(Page page);
    /// File ▸ Import CSV: opens the import dialog (window-modal); null without a database.
    ImportDialog *importCsv();
    /// Customers ▸ New Customer: opens the form (window-modal); null without a database.
    NewCustomerDialog *newCustomer();
    CustomerBookView *customerBook() const { return m_book; }
    DashboardView *dashboard() const { return m_dashboard; }
    VisitEntryForm *visitEntry() const { return m_visitEntry; }
    FollowUpsView *followUps() const { return m_followUps; }
    ReviewView *review() const { return m_review; }
    SegmentsView *segments() const { return m_segments; }
    ChurnWatchView *churnWatch() const { return m_churnWatch; }
    SettingsView *settings() const { return m_settings; }
    LoyaltyView *loyalty() const { return m_loyalty; }
    DistributorsView *distributors() const { return m_distributors; }
    /// The page a shared book opens on until someone signs in; null otherwise.
    SignInView *signInView() const { return m_signIn; }
    UsersView *users() const { return m_users; }
    AuditView *audit() const { return m_audit; }
    /// Whether the navigation offers `page` to the person signed in.
    bool offersPage(Page page) const;
    /// File ▸ Change My Password: opens the dialog (window-modal); null in a book without users.
    UserDialog *changeOwnPassword();
    /// File ▸ Restore Points: opens the dialog (window-modal); null for a server book.
    RestorePointsDialog *restorePoints();
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void newDatabase();
    void openDatabase();
    /// Opens the server book the dialog describes; asks again when the server refuses.
    void connectWith(const ServerConnectionForm &form, bool rememberPassword);
    void backupDatabase();
    void newVisit();
    void rebuildRecentMenu();
    void rememberRecent(const QString &path);
    void refreshStatus();
    /// quick_check on a second connection in a worker thread; reports damage in a message.
    void startDatabaseCheck();
    /// The book's daily upkeep, looked for every hour in the background: a restore point when
    /// the newest is a day old (RestorePoints::takeIfDue), and erasing the customers deleted
    /// longer ago than the retention period (Privacy::eraseExpired).
    void scheduleDailyRestorePoints();
    void buildFileMenu();
    void buildEditMenu();
    void buildCustomerMenu();
    void buildHelpMenu();
    void buildToolbar();
    void buildStatusBar();
    void buildPages();
    void addNavigationItems();
    void addPageViews();
    /// The views of the pages the person may use; a placeholder for the others.
    void addPermittedPage(Page page, QWidget *view);
    void addFigurePages();
    /// Who works changed: the pages, actions and status follow what they may do.
    void showActor();
    void updateActions();
    void saveLayout();

    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MessageBoxPrompter> m_defaultPrompter;
    Prompter *m_prompter;
    ConnectionBar *m_connectionBar = nullptr;
    std::unique_ptr<PasswordStore> m_defaultPasswords;
    PasswordStore *m_passwords;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    DashboardView *m_dashboard = nullptr;
    CustomerBookView *m_book = nullptr;
    FollowUpsView *m_followUps = nullptr;
    ReviewView *m_review = nullptr;
    VisitEntryForm *m_visitEntry = nullptr;
    SegmentsView *m_segments = nullptr;
    ChurnWatchView *m_churnWatch = nullptr;
    SettingsView *m_settings = nullptr;
    LoyaltyView *m_loyalty = nullptr;
    DistributorsView *m_distributors = nullptr;
    SignInView *m_signIn = nullptr;
    UsersView *m_users = nullptr;
    AuditView *m_audit = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_restorePointsAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_passwordAction = nullptr;
    QLabel *m_userLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_visitAction = nullptr;
    QAction *m_newCustomerAction = nullptr;
    QAction *m_classifyAction = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_classifiedLabel = nullptr;
};

} // namespace kehu
