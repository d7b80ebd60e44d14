#include "mainwindow.h"

#include "bookaddress.h"
#include "connectionbar.h"
#include "connectserverdialog.h"
#include "passwordstore.h"
#include "serverconnectionform.h"

#include "accessguard.h"
#include "auditview.h"
#include "backgroundtasks.h"
#include "bookmaintenance.h"
#include "bookstatistics.h"
#include "churnwatchview.h"
#include "customerbookview.h"
#include "dashboardview.h"
#include "distributorsview.h"
#include "followupsview.h"
#include "icons.h"
#include "importdialog.h"
#include "loyaltyview.h"
#include "newcustomerdialog.h"
#include "privacy.h"
#include "prompter.h"
#include "restorepoints.h"
#include "restorepointsdialog.h"
#include "reviewview.h"
#include "segmentsview.h"
#include "settingsview.h"
#include "signinview.h"
#include "snapshothistory.h"
#include "userdialog.h"
#include "userdirectory.h"
#include "userlistmodel.h"
#include "usersview.h"
#include "visitentryform.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>

namespace kehu {

namespace {

const QString kRecentKey = QStringLiteral("mainWindow/recentDatabases");
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kColumnsKey = QStringLiteral("customerList/columnState");

QLabel *placeholder(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    return label;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_defaultPrompter(std::make_unique<MessageBoxPrompter>()),
      m_prompter(m_defaultPrompter.get()), m_defaultPasswords(std::make_unique<KeychainPasswordStore>()),
      m_passwords(m_defaultPasswords.get())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Kehu"));
    setWindowIcon(Icons::application());
    resize(1280, 800);

    buildFileMenu();
    buildEditMenu();
    buildCustomerMenu();
    buildHelpMenu();
    buildToolbar();
    buildStatusBar();
    buildPages();
    updateActions();
    rebuildRecentMenu();
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
}

void MainWindow::buildFileMenu()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newAction = fileMenu->addAction(tr("&New Database…"), this, &MainWindow::newDatabase);
    newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *openAction = fileMenu->addAction(tr("&Open Database…"), this, &MainWindow::openDatabase);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setIcon(Icons::themed(QStringLiteral("document-open"), QStringLiteral("open")));
    QAction *connectAction = fileMenu->addAction(tr("Connect to &Server…"), this, [this] { connectToServer(); });
    connectAction->setObjectName(QStringLiteral("connectServerAction"));
    m_recentMenu = fileMenu->addMenu(tr("Recent &Databases"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    fileMenu->addSeparator();
    m_importAction = fileMenu->addAction(tr("&Import CSV…"), this, &MainWindow::importCsv);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setIcon(Icons::themed(QStringLiteral("document-import"), QStringLiteral("import")));
    fileMenu->addSeparator();
    m_backupAction = fileMenu->addAction(tr("&Backup…"), this, &MainWindow::backupDatabase);
    m_backupAction->setObjectName(QStringLiteral("backupAction"));
    m_restorePointsAction = fileMenu->addAction(tr("&Restore Points…"), this, &MainWindow::restorePoints);
    m_restorePointsAction->setObjectName(QStringLiteral("restorePointsAction"));
    fileMenu->addSeparator();
    m_passwordAction = fileMenu->addAction(tr("Change My &Password…"), this, &MainWindow::changeOwnPassword);
    m_passwordAction->setObjectName(QStringLiteral("changePasswordAction"));
    m_signOutAction = fileMenu->addAction(tr("Sign &Out"), this, [this] {
        if (m_workspace)
            m_workspace->signOut();
    });
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
}

void MainWindow::buildEditMenu()
{
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    // Made by the undo group, the actions follow the open book's stack: enabled only when
    // there is something to undo or redo, and named after it ("Undo Edit phone of 李娜").
    m_undoGroup = new QUndoGroup(this);
    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setIcon(Icons::themed(QStringLiteral("edit-undo"), QStringLiteral("undo")));
    m_undoAction->setPriority(QAction::LowPriority); // icon only on the toolbar
    editMenu->addAction(m_undoAction);
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setIcon(Icons::themed(QStringLiteral("edit-redo"), QStringLiteral("redo")));
    m_redoAction->setPriority(QAction::LowPriority);
    editMenu->addAction(m_redoAction);
    editMenu->addSeparator();
    m_findAction = editMenu->addAction(tr("&Find Customer"), this, [this] {
        showPage(CustomersPage);
        if (m_book)
            m_book->searchField()->setFocus(Qt::ShortcutFocusReason);
    });
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setIcon(Icons::themed(QStringLiteral("system-search"), QStringLiteral("search")));
}

void MainWindow::buildCustomerMenu()
{
    QMenu *customerMenu = menuBar()->addMenu(tr("&Customers"));
    m_visitAction = customerMenu->addAction(tr("Log a &Visit"), this, &MainWindow::newVisit);
    m_visitAction->setObjectName(QStringLiteral("newVisitAction"));
    m_visitAction->setShortcut(QKeySequence::New);
    m_visitAction->setShortcutContext(Qt::ApplicationShortcut);
    m_visitAction->setIcon(Icons::themed(QStringLiteral("appointment-new"), QStringLiteral("visit")));
    m_classifyAction = customerMenu->addAction(tr("&Re-classify"), this, [this] {
        if (m_segments) {
            showPage(SegmentsPage);
            m_segments->reclassify();
        }
    });
    m_classifyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_classifyAction->setObjectName(QStringLiteral("classifyAction"));
    m_classifyAction->setIcon(Icons::themed(QStringLiteral("view-refresh"), QStringLiteral("classify")));
    m_newCustomerAction = customerMenu->addAction(tr("New &Customer…"), this, &MainWindow::newCustomer);
    m_newCustomerAction->setObjectName(QStringLiteral("newCustomerAction"));
    m_newCustomerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    m_newCustomerAction->setIcon(Icons::themed(QStringLiteral("contact-new"), QStringLiteral("customer-new")));
}

void MainWindow::buildHelpMenu()
{
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Kehu"), this, [this] {
        m_prompter->inform(this, tr("About Kehu"),
                           tr("Kehu %1 — customer records, classification and value analytics.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::buildToolbar()
{
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // The actions used most, in the order of a working day; Undo/Redo as icons only.
    toolbar->addAction(m_visitAction);
    toolbar->addAction(m_newCustomerAction);
    toolbar->addSeparator();
    toolbar->addAction(m_importAction);
    toolbar->addAction(m_classifyAction);
    toolbar->addSeparator();
    toolbar->addAction(m_undoAction);
    toolbar->addAction(m_redoAction);
    toolbar->addSeparator();
    toolbar->addAction(m_findAction);
}

void MainWindow::buildStatusBar()
{
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("statusDatabase"));
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("statusCustomers"));
    m_classifiedLabel = new QLabel(this);
    m_classifiedLabel->setObjectName(QStringLiteral("statusClassified"));
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("statusUser"));
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_userLabel);
    // Permanent: a passing status message must not hide a broken connection.
    m_connectionBar = new ConnectionBar(this);
    statusBar()->addPermanentWidget(m_connectionBar, 2);
    statusBar()->addPermanentWidget(m_summaryLabel);
    statusBar()->addPermanentWidget(m_classifiedLabel);
}

MainWindow::~MainWindow()
{
    // Views hold references into the workspace: delete them first.
    delete takeCentralWidget();
}

void MainWindow::buildPages()
{
    m_dashboard = nullptr;
    m_book = nullptr;
    m_followUps = nullptr;
    m_review = nullptr;
    m_visitEntry = nullptr;
    m_segments = nullptr;
    m_churnWatch = nullptr;
    m_settings = nullptr;
    m_loyalty = nullptr;
    m_distributors = nullptr;
    m_signIn = nullptr;
    m_users = nullptr;
    m_audit = nullptr;
    m_navigation = nullptr;
    m_pages = nullptr;
    // The old pages stay until deleted later: they must not hear the book any more (they
    // would reload as whoever works now, and be refused what they showed before).
    if (QWidget *old = centralWidget(); old && m_workspace) {
        m_workspace->disconnect(old);
        for (QObject *child : old->findChildren<QObject *>())
            m_workspace->disconnect(child);
    }
    // setCentralWidget deletes the pages of whoever worked before later, not while one of
    // them (the sign-in page, the Users page) is still in the call that changed who works.
    if (m_workspace && m_workspace->needsSignIn()) {
        m_signIn = new SignInView(*m_workspace, this);
        setCentralWidget(m_signIn);
        m_signIn->setFocus();
        return;
    }
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(190);
    m_navigation->setIconSize(QSize(20, 20));
    addNavigationItems();
    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    setCentralWidget(central);
    if (!m_workspace) {
        for (int i = 0; i < PageCount; ++i)
            m_pages->addWidget(placeholder(tr("Open a Kehu database to begin (File ▸ Open)."), m_pages));
        m_navigation->setEnabled(false);
        m_navigation->setCurrentRow(0);
        return;
    }
    addPageViews();
    m_navigation->setCurrentRow(CustomersPage);
}

void MainWindow::addNavigationItems()
{
    const std::pair<QString, std::pair<const char *, const char *>> pages[] = {
        {tr("Dashboard"), {"view-statistics", "dashboard"}},
        {tr("Customers"), {"x-office-address-book", "customers"}},
        {tr("Visits"), {"appointment-new", "visit"}},
        {tr("Follow-ups"), {"appointment-soon", "followups"}},
        {tr("Segments"), {"view-categories", "segments"}},
        {tr("Churn watch"), {"dialog-warning", "churn"}},
        {tr("Quarterly review"), {"x-office-document", "review"}},
        {tr("Satisfaction & loyalty"), {"emblem-favorite", "loyalty"}},
        {tr("Distributors & team"), {"system-users", "distributors"}},
        {tr("Settings"), {"preferences-system", "settings"}},
        {tr("Users"), {"system-users", "users"}},
        {tr("Audit"), {"document-properties", "audit"}},
    };
    for (const auto &[text, icon] : pages)
        new QListWidgetItem(
            Icons::themed(QLatin1StringView(icon.first).toString(), QLatin1StringView(icon.second).toString()), text,
            m_navigation);
}

namespace {

/// What a person must be allowed to open each page: its view reads with that permission
/// as soon as it is made, so a page the role lacks is not made at all (no refused reads).
Operation pageOperation(MainWindow::Page page)
{
    switch (page) {
    case MainWindow::CustomersPage:
    case MainWindow::FollowUpsPage: return Operation::ViewCustomers;
    case MainWindow::VisitsPage: return Operation::LogVisit;
    case MainWindow::UsersPage: return Operation::ManageUsers;
    case MainWindow::AuditPage: return Operation::ViewAudit;
    default: return Operation::ViewFigures;
    }
}

} // namespace

bool MainWindow::offersPage(Page page) const
{
    return m_workspace && m_workspace->access().allows(pageOperation(page));
}

void MainWindow::addPermittedPage(Page page, QWidget *view)
{
    if (view) {
        m_pages->addWidget(view);
        return;
    }
    m_pages->addWidget(placeholder(tr("Your role does not include this page."), m_pages));
    m_navigation->item(page)->setHidden(true);
}

/// One view per page, in the order of Page; drill-downs open the customer book.
void MainWindow::addPageViews()
{
    const auto may = [this](Page page) { return offersPage(page); };
    m_dashboard = may(DashboardPage) ? new DashboardView(*m_workspace, m_pages) : nullptr;
    addPermittedPage(DashboardPage, m_dashboard);
    m_book = new CustomerBookView(*m_workspace, *m_prompter, m_pages);
    m_book->restoreLayout(QSettings().value(kColumnsKey).toByteArray());
    addPermittedPage(CustomersPage, m_book);
    if (m_dashboard)
        connect(m_dashboard, &DashboardView::drillDown, this,
                [this](const QList<CustomerId> &ids, const QString &caption) {
                    m_book->showCustomers(ids, caption);
                    showPage(CustomersPage);
                });
    m_visitEntry = may(VisitsPage) ? new VisitEntryForm(*m_workspace, m_pages) : nullptr;
    addPermittedPage(VisitsPage, m_visitEntry);
    m_followUps = new FollowUpsView(*m_workspace, *m_prompter, m_pages);
    addPermittedPage(FollowUpsPage, m_followUps);
    connect(m_followUps, &FollowUpsView::openCustomer, this, [this](CustomerId id) {
        showPage(CustomersPage);
        m_book->openCustomer(id);
    });
    addFigurePages();
    m_users = may(UsersPage) ? new UsersView(*m_workspace, *m_prompter, m_pages) : nullptr;
    addPermittedPage(UsersPage, m_users);
    m_audit = may(AuditPage) ? new AuditView(*m_workspace, m_pages) : nullptr;
    addPermittedPage(AuditPage, m_audit);
    if (m_audit)
        connect(m_audit, &AuditView::openCustomer, this, [this](CustomerId id) {
            showPage(CustomersPage);
            m_book->openCustomer(id);
        });
}

/// The manager's pages: they all read the book's figures.
void MainWindow::addFigurePages()
{
    const bool figures = offersPage(DashboardPage);
    m_segments = figures ? new SegmentsView(*m_workspace, m_pages) : nullptr;
    addPermittedPage(SegmentsPage, m_segments);
    m_churnWatch = figures ? new ChurnWatchView(*m_workspace, m_pages) : nullptr;
    addPermittedPage(ChurnWatchPage, m_churnWatch);
    m_review = figures ? new ReviewView(*m_workspace, *m_prompter, m_pages) : nullptr;
    addPermittedPage(ReviewPage, m_review);
    if (m_review)
        connect(m_review, &ReviewView::drillDown, this, [this](const QList<CustomerId> &ids, const QString &caption) {
            m_book->showCustomers(ids, caption);
            showPage(CustomersPage);
        });
    m_loyalty = figures ? new LoyaltyView(*m_workspace, m_pages) : nullptr;
    addPermittedPage(LoyaltyPage, m_loyalty);
    m_distributors = figures ? new DistributorsView(*m_workspace, m_pages) : nullptr;
    addPermittedPage(DistributorsPage, m_distributors);
    if (m_distributors)
        connect(m_distributors, &DistributorsView::openCustomer, this, [this](CustomerId id) {
            showPage(CustomersPage);
            m_book->openCustomer(id);
        });
    m_settings = figures ? new SettingsView(*m_workspace, *m_prompter, m_pages) : nullptr;
    addPermittedPage(SettingsPage, m_settings);
}

void MainWindow::showPage(Page page)
{
    if (m_navigation && !m_navigation->item(page)->isHidden())
        m_navigation->setCurrentRow(page);
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace)
{
    if (m_book)
        saveLayout();
    QWidget *old = takeCentralWidget();
    delete old;
    m_workspace = std::move(workspace);
    if (m_workspace) {
        // The old workspace's stack left the group when it was deleted.
        m_undoGroup->addStack(m_workspace->undoStack());
        m_undoGroup->setActiveStack(m_workspace->undoStack());
        connect(m_workspace.get(), &Workspace::snapshotsChanged, this, &MainWindow::refreshStatus);
        connect(m_workspace.get(), &Workspace::bookChanged, this, &MainWindow::refreshStatus);
        connect(m_workspace.get(), &Workspace::saveConflict, this,
                [this](const SaveConflict &conflict) { m_prompter->warn(this, tr("Not saved"), conflict.message()); });
        connect(m_workspace.get(), &Workspace::actorChanged, this, &MainWindow::showActor);
        rememberRecent(m_workspace->displayAddress());
    }
    m_connectionBar->watch(m_workspace.get());
    buildPages();
    updateActions();
    refreshStatus();
    if (m_workspace && !m_workspace->isServer())
        scheduleDailyRestorePoints();
}

void MainWindow::scheduleDailyRestorePoints()
{
    // Owned by the workspace: closing the book stops the schedule.
    auto *schedule = new QTimer(m_workspace.get());
    schedule->setInterval(std::chrono::hours(1));
    const auto takeIfDue = [this] {
        auto *task = new BackgroundTask(m_workspace->tasks(), m_workspace.get());
        connect(task, &BackgroundTask::finished, task, &QObject::deleteLater);
        task->start([](Workspace &worker, TaskControl &) -> BackgroundTask::Apply {
            RestorePoints(worker).takeIfDue();
            Privacy(worker).eraseExpired(QDateTime::currentDateTimeUtc());
            return {};
        });
    };
    connect(schedule, &QTimer::timeout, this, takeIfDue);
    schedule->start();
    // A minute after opening: not in the way of the first page and the database check.
    QTimer::singleShot(std::chrono::minutes(1), schedule, takeIfDue);
}

RestorePointsDialog *MainWindow::restorePoints()
{
    if (!m_workspace || m_workspace->isServer())
        return nullptr;
    auto *dialog = new RestorePointsDialog(*m_workspace, *m_prompter, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    return dialog;
}

void MainWindow::showActor()
{
    buildPages();
    updateActions();
    refreshStatus();
}

void MainWindow::updateActions()
{
    const auto may = [this](Operation operation) { return m_workspace && m_workspace->access().allows(operation); };
    m_importAction->setEnabled(may(Operation::ImportData));
    m_backupAction->setEnabled(may(Operation::MakeBackup));
    m_restorePointsAction->setEnabled(may(Operation::MakeBackup) && !m_workspace->isServer());
    m_classifyAction->setEnabled(may(Operation::Classify) && m_segments);
    m_newCustomerAction->setEnabled(may(Operation::AddCustomer));
    m_visitAction->setEnabled(may(Operation::LogVisit));
    m_findAction->setEnabled(may(Operation::ViewCustomers));
    const bool signedIn = m_workspace && m_workspace->actor() && !m_workspace->actor()->isAnonymous();
    m_signOutAction->setEnabled(signedIn);
    m_passwordAction->setEnabled(signedIn);
}

UserDialog *MainWindow::changeOwnPassword()
{
    if (!m_workspace || !m_workspace->actor() || m_workspace->actor()->isAnonymous())
        return nullptr;
    Workspace &workspace = *m_workspace;
    auto *dialog = new UserDialog(
        UserDialog::Mode::ChangeOwnPassword, {},
        [&workspace](const UserForm &form, QString *error) {
            return workspace.users().changeOwnPassword(form.currentPassword, form.password, error);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this,
            [this] { statusBar()->showMessage(tr("Your password was changed."), 5000); });
    dialog->open();
    return dialog;
}

bool MainWindow::openPath(const QString &path, bool create)
{
    Workspace::OpenOptions options;
    options.createIfMissing = create;
    // Checked in the background instead (startDatabaseCheck): quick_check takes 4.8 s on a
    // 1.4 GB file and would hold back the first page that long.
    options.quickCheck = false;
    // A server book's password comes from the keychain, when one was kept there.
    BookAddress address = BookAddress::parse(path);
    if (address.isServer() && address.serverPart().password.isEmpty()) {
        BookAddress::Server server = address.serverPart();
        server.password = m_passwords->read(address.toString()).value_or(QString());
        address = BookAddress::server(server);
    }
    auto result = Workspace::open(address.connectionString(), options);
    if (!result.workspace) {
        if (result.needsPassword) {
            connectToServer(ServerConnectionForm::from(address), tr("The server did not accept the user name and "
                                                                    "password. Enter them again."));
            return false;
        }
        m_prompter->warn(this, tr("Cannot open database"),
                         tr("%1 could not be opened.\n\n%2").arg(address.displayName(), result.message));
        return false;
    }
    setWorkspace(std::move(result.workspace));
    if (!m_workspace->isServer())
        startDatabaseCheck();
    return true;
}

ConnectServerDialog *MainWindow::connectToServer(const ServerConnectionForm &form, const QString &problem)
{
    auto *dialog = new ConnectServerDialog(form, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setProblem(problem);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { connectWith(dialog->form(), dialog->rememberPassword()); });
    dialog->open();
    return dialog;
}

void MainWindow::connectWith(const ServerConnectionForm &form, bool rememberPassword)
{
    const std::optional<BookAddress> address = form.address(nullptr);
    if (!address)
        return;
    Workspace::OpenOptions options;
    options.createIfMissing = false;
    auto result = Workspace::open(address->connectionString(), options);
    if (!result.workspace) {
        ServerConnectionForm again = form;
        again.password.clear();
        connectToServer(again, result.needsPassword ? tr("The server did not accept the user name and password.")
                                                    : tr("Could not connect: %1").arg(result.message));
        return;
    }
    QString error;
    if (rememberPassword && !form.password.isEmpty() && !m_passwords->write(address->toString(), form.password, &error))
        m_prompter->inform(this, tr("Password not kept"),
                           tr("The book is open, but this computer's keychain did not keep the password (%1). "
                              "You will be asked for it next time.")
                               .arg(error));
    setWorkspace(std::move(result.workspace));
}

void MainWindow::startDatabaseCheck()
{
    // Owned by the workspace: closing the database stops a check still running.
    BackgroundTask::Options options;
    options.interruptOnCancel = true;
    auto *check = new BackgroundTask(m_workspace->tasks(), options, m_workspace.get());
    auto problems = std::make_shared<QString>();
    connect(check, &BackgroundTask::finished, this, [this, check, problems](const QString &error) {
        check->deleteLater();
        if (!error.isEmpty()) // the check could not run
            *problems = error;
        if (problems->isEmpty()) {
            statusBar()->showMessage(tr("Database checked: no problems found."), 5000);
            return;
        }
        m_prompter->warn(this, tr("Database check"),
                         tr("SQLite found problems in this database. Make a backup (File ▸ Backup) and "
                            "contact support before changing anything.\n\n%1")
                             .arg(problems->left(2000)));
    });
    // A second later, so that the first page and the user's first steps do not share the disk.
    QTimer::singleShot(1000, check, [check, problems] {
        check->start([problems](Workspace &worker, TaskControl &) -> BackgroundTask::Apply {
            return [problems, found = worker.quickCheckProblems()] { *problems = found; };
        });
    });
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Database"), QString(),
                                                      tr("Kehu databases (*.kehu)"));
    if (!path.isEmpty())
        openPath(path, true);
}

void MainWindow::openDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), QString(),
                                                      tr("Kehu databases (*.kehu *.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openPath(path);
}

void MainWindow::backupDatabase()
{
    if (!m_workspace)
        return;
    if (m_workspace->isServer()) {
        m_prompter->inform(this, tr("Backup"),
                           tr("This book is on a PostgreSQL server (%1). It is backed up there, with the server's "
                              "own tools (pg_dump), by whoever runs the server.")
                               .arg(m_workspace->displayAddress()));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Backup"), m_workspace->databasePath() + u".backup.kehu",
                                                      tr("Kehu databases (*.kehu)"));
    if (path.isEmpty())
        return;
    bool asked = false;
    const QString passphrase = QInputDialog::getText(
        this, tr("Backup"), tr("A passphrase to encrypt the copy with (at least 8 characters; empty: not encrypted):"),
        QLineEdit::Password, {}, &asked);
    if (!asked)
        return;
    QString error;
    const BookMaintenance maintenance(*m_workspace);
    if (passphrase.isEmpty() ? maintenance.backupTo(path, &error)
                             : maintenance.backupEncryptedTo(path, passphrase, &error))
        m_prompter->inform(this, tr("Backup"),
                           passphrase.isEmpty() ? tr("A copy was written to %1.").arg(path)
                                                : tr("An encrypted copy was written to %1. Without the passphrase "
                                                     "nobody can read it, you included: keep it safe.")
                                                      .arg(path));
    else
        m_prompter->warn(this, tr("Backup"), tr("The backup failed: %1").arg(error));
}

ImportDialog *MainWindow::importCsv()
{
    if (!m_workspace)
        return nullptr;
    auto *dialog = new ImportDialog(*m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open(); // window-modal, without a nested event loop
    return dialog;
}

void MainWindow::newVisit()
{
    if (!m_visitEntry)
        return;
    showPage(VisitsPage);
    m_visitEntry->start();
}

NewCustomerDialog *MainWindow::newCustomer()
{
    if (!m_workspace || !m_book)
        return nullptr;
    auto *dialog = new NewCustomerDialog(*m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto open = [this](CustomerId id) {
        showPage(CustomersPage);
        m_book->openCustomer(id);
    };
    connect(dialog, &NewCustomerDialog::openExistingRequested, this, open);
    connect(dialog, &QDialog::accepted, this, [dialog, open] { open(dialog->createdId()); });
    dialog->open(); // window-modal, without a nested event loop
    return dialog;
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > 8)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString &path : recent) {
        const BookAddress address = BookAddress::parse(path);
        QAction *action = m_recentMenu->addAction(address.isServer() ? address.displayName() : path, this,
                                                  [this, path] { openPath(path); });
        action->setToolTip(address.toString());
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::refreshStatus()
{
    m_summaryLabel->clear();
    m_classifiedLabel->clear();
    m_userLabel->clear();
    if (!m_workspace) {
        m_databaseLabel->setText(tr("No database open"));
        return;
    }
    m_databaseLabel->setText(m_workspace->displayAddress());
    const std::optional<Actor> &actor = m_workspace->actor();
    if (!actor)
        return;
    if (!actor->isAnonymous())
        m_userLabel->setText(tr("%1 (%2)").arg(actor->name, UserListModel::roleLabel(actor->role)));
    const qint64 customers = m_workspace->stats().customerCount();
    // %Ln: with the locale's group separators ("1,000,000 customers").
    m_summaryLabel->setText(tr("%Ln customer(s)", nullptr, int(customers)));
    if (!m_workspace->access().allows(Operation::ViewFigures))
        return;
    const auto current = m_workspace->snapshots().current();
    m_classifiedLabel->setText(current
                                   ? tr("Classified on %1").arg(QLocale().toString(current->asOf, QLocale::ShortFormat))
                                   : tr("Not classified yet"));
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    if (m_book)
        settings.setValue(kColumnsKey, m_book->saveLayout());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace kehu
