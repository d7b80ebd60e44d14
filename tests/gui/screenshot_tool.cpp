// Not a test: writes a PNG of every screen of the app for docs/screenshots (see
// docs/screenshots/make-screenshots.sh). Usage:
//   kehu_screenshots DATABASE OUTPUT_DIR SUFFIX SAMPLE_CSV [TRANSLATION.qm]
// The interface language is the one of the .qm file given (none: English source texts).
#include "auditview.h"
#include "classificationjob.h"
#include "connectionbar.h"
#include "connectserverdialog.h"
#include "customerbook.h"
#include "customerbookview.h"
#include "customerdetailpane.h"
#include "customerlistmodel.h"
#include "customerrepository.h"
#include "dashboardview.h"
#include "distributorsview.h"
#include "followupsview.h"
#include "handoverdialog.h"
#include "importdialog.h"
#include "importsession.h"
#include "kehutranslator.h"
#include "loyaltyview.h"
#include "mainwindow.h"
#include "newcustomerdialog.h"
#include "ownertargetmodel.h"
#include "restorepointsdialog.h"
#include "reviewsession.h"
#include "reviewview.h"
#include "segmentrulemodel.h"
#include "segmentsview.h"
#include "settingssession.h"
#include "settingsview.h"
#include "signinview.h"
#include "surveydialog.h"
#include "userdialog.h"
#include "userdirectory.h"
#include "usersview.h"
#include "visitentryform.h"
#include "workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTranslator>

#include <cmath>
#include <cstdio>

using namespace kehu;

namespace {

void settle(int ms = 300)
{
    QTest::qWait(ms);
}

bool save(QWidget *widget, const QString &dir, const QString &name, const QString &suffix)
{
    const QString path = QDir(dir).filePath(name + u'-' + suffix + QStringLiteral(".png"));
    const bool ok = widget->grab().save(path);
    std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

/// Typing, also of Chinese text (QTest::keyClicks maps only ASCII characters to keys).
void type(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

/// The language of the translation file given as the fifth argument (English with US formats
/// without one); false when it cannot be loaded.
bool installLanguage(QApplication &app, const QStringList &args)
{
    if (args.size() > 5) {
        auto *kehu = new KehuTranslator(&app);
        if (!kehu->load(args.at(5))) {
            std::fprintf(stderr, "cannot load %s\n", qPrintable(args.at(5)));
            return false;
        }
        QApplication::installTranslator(kehu);
        auto *qt = new QTranslator(&app);
        if (qt->load(QLocale(kehu->language()), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QApplication::installTranslator(qt);
        QLocale::setDefault(QLocale(kehu->language()));
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    return true;
}

/// The dashboard, the customer book (detail, survey, searches) and visit entry.
bool shootBookAndVisits(MainWindow &window, const QString &dir, const QString &suffix)
{
    bool ok = true;
    window.showPage(MainWindow::DashboardPage);
    settle();
    ok &= save(&window, dir, QStringLiteral("dashboard"), suffix);
    ok &= save(window.dashboard()->canvas(), dir, QStringLiteral("dashboard-charts"), suffix);

    window.showPage(MainWindow::CustomersPage);
    settle();
    ok &= save(&window, dir, QStringLiteral("customers"), suffix);
    window.customerBook()->table()->selectRow(2);
    settle(500);
    ok &= save(&window, dir, QStringLiteral("customer-detail"), suffix);

    // The survey dialog from the detail pane, filled in (not saved).
    window.customerBook()->detail()->recordSurvey();
    if (SurveyDialog *survey = window.customerBook()->detail()->surveyDialog()) {
        survey->findChild<QSpinBox *>(QStringLiteral("npsSpin"))->setValue(9);
        survey->findChild<QSpinBox *>(QStringLiteral("csatSpin"))->setValue(4);
        survey->findChild<QLineEdit *>(QStringLiteral("commentEdit"))
            ->setText(suffix == u"en" ? QStringLiteral("Quick delivery, friendly staff")
                                      : QStringLiteral("送货快，店员热情"));
        survey->resize(460, survey->sizeHint().height());
        settle();
        ok &= save(survey, dir, QStringLiteral("survey-entry"), suffix);
        survey->close();
    } else {
        ok = false;
    }

    // Search by pinyin initials ("zw": 张伟, 赵伟, ...), then a search that matches nobody.
    {
        CustomerBookView *book = window.customerBook();
        const auto searchFor = [&](const QString &text) {
            book->searchField()->setText(text);
            book->applySearchNow();
            book->model()->waitForSearch();
            settle();
        };
        searchFor(QStringLiteral("zw"));
        ok &= save(&window, dir, QStringLiteral("customers-pinyin"), suffix);
        searchFor(QStringLiteral("Nobody"));
        ok &= save(&window, dir, QStringLiteral("customers-no-match"), suffix);
        book->clearSearchAndFilters();
    }

    window.showPage(MainWindow::VisitsPage);
    window.visitEntry()->start();
    if (auto *edit = window.visitEntry()->findChild<QLineEdit *>(QStringLiteral("customerEdit")))
        edit->insert(suffix == u"en" ? QStringLiteral("Em") : QStringLiteral("王")); // as typed (textEdited)
    settle(500);
    ok &= save(&window, dir, QStringLiteral("visit-entry"), suffix);

    return ok;
}

/// What a team on a server sees: the Connect to Server dialog, a save refused because another
/// desk saved first, and a lost connection.
bool shootTeamScreens(MainWindow &window, const QString &dir, const QString &suffix)
{
    bool ok = true;
    // File > Connect to Server, as a team member fills it in.
    ServerConnectionForm server;
    server.host = QStringLiteral("db.example.lan");
    server.database = QStringLiteral("shop");
    server.user = suffix == u"en" ? QStringLiteral("emma") : QStringLiteral("wangfang");
    server.password = QStringLiteral("secret-password");
    server.sslMode = QStringLiteral("require");
    if (ConnectServerDialog *connect = window.connectToServer(server)) {
        connect->resize(480, connect->sizeHint().height());
        settle();
        ok &= save(connect, dir, QStringLiteral("connect-server"), suffix);
        connect->reject();
    }

    // A save refused because another desk saved the customer first: the message shows both.
    if (const auto shown = window.workspace()->customers().get(window.customerBook()->detail()->customerId())) {
        SaveConflict conflict;
        conflict.field = QStringLiteral("phone");
        conflict.base = *shown;
        conflict.yours = *shown;
        conflict.yours.phone = QStringLiteral("139 0013 9000");
        conflict.theirs = *shown;
        conflict.theirs->phone = QStringLiteral("138 0013 8000");
        conflict.theirs->region = suffix == u"en" ? QStringLiteral("East") : QStringLiteral("华东");
        conflict.theirs->updatedAt = QDateTime(QDate(2026, 1, 5), QTime(10, 42));
        QMessageBox box(QMessageBox::Warning, MainWindow::tr("Not saved"), conflict.message(), QMessageBox::Ok,
                        &window);
        box.show();
        settle();
        ok &= save(&box, dir, QStringLiteral("save-conflict"), suffix);
    }

    // The connection to the team's server broke: the status bar says so and offers to reconnect.
    if (auto *bar = window.findChild<ConnectionBar *>(QStringLiteral("connectionBar"))) {
        window.statusBar()->clearMessage(); // the passing "database checked" would overlap the book's name
        bar->showLost(QStringLiteral("shop @ db.example.lan"));
        settle();
        ok &= save(&window, dir, QStringLiteral("connection-lost"), suffix);
        bar->hide();
    }
    return ok;
}

/// Follow-ups, segments, churn watch and the quarterly review.
bool shootFollowUpsAndReview(MainWindow &window, const QString &dir, const QString &suffix)
{
    bool ok = true;
    // Follow-ups: planned from the cadence rules a few days after the demo's last day, one
    // proposal list still open for a longer horizon.
    window.showPage(MainWindow::FollowUpsPage);
    FollowUpsView *followUps = window.followUps();
    followUps->setToday(QDate(2026, 1, 5));
    followUps->planFromRules();
    followUps->applyPlan();
    if (auto *horizon = followUps->findChild<QSpinBox *>(QStringLiteral("cadenceHorizon")))
        horizon->setValue(45);
    followUps->planFromRules();
    settle();
    ok &= save(&window, dir, QStringLiteral("follow-ups"), suffix);

    ok &= shootTeamScreens(window, dir, suffix);

    window.showPage(MainWindow::SegmentsPage);
    window.segments()->waitForLoad();
    settle();
    ok &= save(&window, dir, QStringLiteral("segments"), suffix);

    window.showPage(MainWindow::ChurnWatchPage);
    settle();
    ok &= save(&window, dir, QStringLiteral("churn-watch"), suffix);

    // The quarterly review of the demo's last quarter.
    window.showPage(MainWindow::ReviewPage);
    ReviewView *review = window.review();
    // 2025Q4 when the book has it (the demo's), else the default: the newest complete quarter.
    if (const int q4 = review->quarterChoice()->findData(QStringLiteral("2025Q4")); q4 >= 0)
        review->quarterChoice()->setCurrentIndex(q4);
    QSignalSpy reviewed(review->session(), &ReviewSession::finished);
    review->build();
    if (!reviewed.wait(120000))
        ok = false;
    settle();
    ok &= save(&window, dir, QStringLiteral("review"), suffix);
    if (auto *tabs = review->findChild<QTabWidget *>(QStringLiteral("reviewTabs"))) {
        tabs->setCurrentIndex(3);
        settle();
        ok &= save(&window, dir, QStringLiteral("review-actions"), suffix);
    }

    return ok;
}

/// Satisfaction and loyalty, distributors and team.
bool shootLoyaltyAndTeam(MainWindow &window, const QString &dir, const QString &suffix)
{
    bool ok = true;
    // Satisfaction and loyalty at the demo's last day: cohorts computed in the worker thread.
    window.showPage(MainWindow::LoyaltyPage);
    LoyaltyView *loyalty = window.loyalty();
    loyalty->setToday(QDate(2025, 12, 31));
    loyalty->refresh();
    loyalty->waitForCohorts();
    settle();
    ok &= save(&window, dir, QStringLiteral("loyalty"), suffix);

    // Distributors and team for 2025Q4, with targets set for a few owners (some met, some not).
    window.showPage(MainWindow::DistributorsPage);
    DistributorsView *distributors = window.distributors();
    distributors->setToday(QDate(2025, 12, 31));
    distributors->refresh();
    distributors->waitForLoad();
    OwnerTargetModel *targets = distributors->targets();
    for (int row = 0; row < qMin(4, targets->rowCount()); ++row) {
        const double revenue =
            targets->index(row, OwnerTargetModel::Revenue).data(OwnerTargetModel::RawValueRole).toDouble() / 100.0;
        const double factor = row % 2 ? 0.9 : 1.15;
        targets->setData(targets->index(row, OwnerTargetModel::RevenueTarget),
                         std::round(revenue * factor / 1000.0) * 1000.0);
        const qint64 fresh =
            targets->index(row, OwnerTargetModel::NewCustomers).data(OwnerTargetModel::RawValueRole).toLongLong();
        targets->setData(targets->index(row, OwnerTargetModel::NewTarget), int(fresh + (row % 2 ? -1 : 2)));
    }
    distributors->refresh();
    distributors->waitForLoad();
    settle();
    ok &= save(&window, dir, QStringLiteral("distributors"), suffix);

    return ok;
}

/// Settings after a rule change, the import dialog on @p sample, and a half-filled new customer.
bool shootFormsAndSettings(MainWindow &window, const QString &dir, const QString &suffix, const QString &sample)
{
    bool ok = true;
    // Settings after a rule change: widen Champions (R from 4) and re-classify to show the effect.
    window.showPage(MainWindow::SettingsPage);
    SettingsView *settings = window.settings();
    SegmentRuleModel *rules = settings->session()->segmentRules();
    rules->setData(rules->index(0, SegmentRuleModel::RMin), 4);
    QSignalSpy classified(settings->job(), &ClassificationJob::finished);
    settings->saveAndReclassify();
    if (!classified.wait(120000))
        ok = false;
    settle();
    ok &= save(&window, dir, QStringLiteral("settings"), suffix);

    ImportDialog *dialog = window.importCsv();
    dialog->resize(1100, 800);
    dialog->loadFile(sample);
    QSignalSpy finished(dialog->session(), &ImportSession::finished);
    dialog->session()->validate();
    if (!finished.wait(60000))
        ok = false;
    settle();
    ok &= save(dialog, dir, QStringLiteral("import"), suffix);
    dialog->close();

    // Customers ▸ New Customer, half filled in: the name of a customer already in the book
    // (the duplicate warning) and an e-mail address still being typed (its inline error).
    if (NewCustomerDialog *form = window.newCustomer()) {
        const auto existing = CustomerRepository(window.workspace()->database()).findById(1);
        type(form->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
             existing ? existing->name : QStringLiteral("Wang"));
        type(form->findChild<QLineEdit *>(QStringLiteral("phoneEdit")), QStringLiteral("139 1234 5678"));
        type(form->findChild<QLineEdit *>(QStringLiteral("emailEdit")), QStringLiteral("wang@"));
        type(form->findChild<QLineEdit *>(QStringLiteral("budgetEdit")), QStringLiteral("50,000"));
        type(form->findChild<QPlainTextEdit *>(QStringLiteral("explicitNeedsEdit")),
             suffix == u"en" ? QStringLiteral("Needs invoices") : QStringLiteral("需要开发票"));
        settle();
        ok &= save(form, dir, QStringLiteral("new-customer"), suffix);
        form->close();
    } else {
        ok = false;
    }
    return ok;
}

/// The team's screens, last: they turn sign-in on. The one at the desk becomes the owner and
/// adds the team; the sign-in page after a wrong password, the Users page, and the handover
/// of one rep's customers to a colleague.
bool shootTeamSignIn(MainWindow &window, const QString &dir, const QString &suffix)
{
    const bool en = suffix == u"en";
    const QString owner = en ? QStringLiteral("Lin Owner") : QStringLiteral("林老板");
    const QString password = QStringLiteral("correct horse battery");
    window.showPage(MainWindow::UsersPage);
    UserDialog *first = window.users()->openDialog(UserDialog::Mode::FirstOwner);
    type(first->findChild<QLineEdit *>(QStringLiteral("nameEdit")), owner);
    settle();
    bool ok = save(first, dir, QStringLiteral("sign-in-first-owner"), suffix);
    first->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(password);
    first->findChild<QLineEdit *>(QStringLiteral("repeatPasswordEdit"))->setText(password);
    first->accept();
    settle();
    Workspace &workspace = *window.workspace();
    const QStringList owners = workspace.customers().distinctValues(QStringLiteral("owner"));
    UserDirectory &users = workspace.users();
    ok &= users.add(en ? QStringLiteral("Zhou Manager") : QStringLiteral("周经理"), Role::Manager, {}, password);
    for (int i = 0; i < std::min<qsizetype>(3, owners.size()); ++i)
        ok &= users.add(owners.at(i), Role::Staff, en ? QStringLiteral("Store 1") : QStringLiteral("一号店"), password);
    ok &= users.add(en ? QStringLiteral("Auditor") : QStringLiteral("审计"), Role::Viewer, {}, password);

    workspace.signOut();
    settle();
    SignInView *signIn = window.signInView();
    signIn->findChild<QLineEdit *>(QStringLiteral("signInName"))->setText(owner);
    signIn->findChild<QLineEdit *>(QStringLiteral("signInPassword"))->setText(QStringLiteral("wrong"));
    signIn->signIn();
    settle();
    ok &= save(&window, dir, QStringLiteral("sign-in"), suffix);
    signIn->findChild<QLineEdit *>(QStringLiteral("signInPassword"))->setText(password);
    ok &= signIn->signIn();
    settle();
    window.showPage(MainWindow::UsersPage);
    settle();
    ok &= save(&window, dir, QStringLiteral("users"), suffix);
    window.showPage(MainWindow::AuditPage);
    window.audit()->reload();
    settle();
    ok &= save(&window, dir, QStringLiteral("audit"), suffix);

    window.showPage(MainWindow::CustomersPage);
    CustomerListQuery leavers;
    leavers.filter.owner = owners.value(0);
    HandoverDialog handover(workspace, leavers, owners);
    handover.show();
    handover.findChild<QComboBox *>(QStringLiteral("receiverCombo"))->setCurrentText(owners.value(1));
    ok &= handover.preview();
    settle();
    ok &= save(&handover, dir, QStringLiteral("handover"), suffix);
    handover.accept(); // takes a restore point first
    if (RestorePointsDialog *points = window.restorePoints()) {
        ok &= points->takeNow();
        settle();
        ok &= save(points, dir, QStringLiteral("restore-points"), suffix);
        points->close();
    } else {
        ok = false;
    }
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Kehu"));
    QApplication::setApplicationName(QStringLiteral("Kehu"));
    const QStringList args = QApplication::arguments();
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: kehu_screenshots DATABASE OUTPUT_DIR SUFFIX SAMPLE_CSV [TRANSLATION.qm]\n");
        return 1;
    }
    const QString &database = args.at(1), &dir = args.at(2), &suffix = args.at(3), &sample = args.at(4);
    if (!installLanguage(app, args))
        return 1;
    QDir().mkpath(dir);

    MainWindow window;
    window.resize(1400, 860);
    window.show();
    if (!window.openPath(database))
        return 1;
    settle();
    bool ok = shootBookAndVisits(window, dir, suffix);
    ok &= shootFollowUpsAndReview(window, dir, suffix);
    ok &= shootLoyaltyAndTeam(window, dir, suffix);
    ok &= shootFormsAndSettings(window, dir, suffix, sample);
    ok &= shootTeamSignIn(window, dir, suffix);
    return ok ? 0 : 1;
}
