#include "workspace.h"

#include "privacy.h"

#include "bookaddress.h"
#include "bookchannel.h"

#include "accessguard.h"
#include "audittrail.h"
#include "backgroundtasks.h"
#include "booksettings.h"
#include "bookstatistics.h"
#include "churntracker.h"
#include "customerbook.h"
#include "customermerger.h"
#include "dashboardfigures.h"
#include "database.h"
#include "distributorfigures.h"
#include "followupbook.h"
#include "followupplanner.h"
#include "importer.h"
#include "loyaltyfigures.h"
#include "quarterlyreviewbuilder.h"
#include "salestargets.h"
#include "segmentrules.h"
#include "settingsrepository.h"
#include "snapshothistory.h"
#include "surveyrecorder.h"
#include "userdirectory.h"
#include "userrepository.h"
#include "visitrecorder.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

namespace kehu {

/// The services, each created on first use. The task runner is destroyed first: it waits
/// for the workers, which may still be running work that a screen started.
struct Workspace::Services
{
    std::unique_ptr<DashboardFigures> dashboard;
    std::unique_ptr<DistributorFigures> distributors;
    std::unique_ptr<FollowUpBook> followUps;
    std::unique_ptr<FollowUpPlanner> followUpPlanner;
    std::unique_ptr<Importer> importer;
    std::unique_ptr<LoyaltyFigures> loyalty;
    std::unique_ptr<QuarterlyReviewBuilder> reviews;
    std::unique_ptr<SalesTargets> targets;
    std::unique_ptr<SegmentRules> segments;
    std::unique_ptr<BookSettings> settings;
    std::unique_ptr<SnapshotHistory> snapshots;
    std::unique_ptr<BookStatistics> stats;
    std::unique_ptr<CustomerBook> customers;
    std::unique_ptr<VisitRecorder> visits;
    std::unique_ptr<SurveyRecorder> surveys;
    std::unique_ptr<ChurnTracker> churn;
    std::unique_ptr<CustomerMerger> merger;
    std::unique_ptr<AccessGuard> access;
    std::unique_ptr<AuditTrail> audit;
    std::unique_ptr<UserDirectory> users;
    std::unique_ptr<BackgroundTasks> tasks;
};

namespace {

template<typename T, typename... Args>
T &lazy(std::unique_ptr<T> &slot, Args &...args)
{
    if (!slot)
        slot = std::make_unique<T>(args...);
    return *slot;
}

} // namespace

namespace {

/// Who works on a book just opened: its anonymous owner while it has no users, else nobody
/// until someone signs in.
std::optional<Actor> actorAtOpen(Database &database)
{
    if (UserRepository(database).count() == 0)
        return Actor::anonymousOwner();
    return std::nullopt;
}

} // namespace

Workspace::Workspace(std::unique_ptr<Database> database, QObject *parent)
    : Workspace(std::move(database), actorAtOpen(*database), parent)
{}

Workspace::Workspace(std::unique_ptr<Database> database, const std::optional<Actor> &actor)
    : Workspace(std::move(database), actor, nullptr)
{}

Workspace::Workspace(std::unique_ptr<Database> &&database, const std::optional<Actor> &actor, QObject *parent)
    : QObject(parent), m_database(std::move(database)), m_undoStack(new QUndoStack(this)),
      m_services(std::make_unique<Services>()), m_actor(actor)
{
    m_channel = std::make_unique<BookChannel>(*m_database, [this](const QString &what) { heard(what); });
    if (m_database->isServer()) {
        // libpq marks the connection broken as soon as the LISTEN socket closes; looking costs
        // nothing (no round trip).
        auto *watch = new QTimer(this);
        watch->setInterval(std::chrono::seconds(2));
        connect(watch, &QTimer::timeout, this, &Workspace::checkConnection);
        watch->start();
    }
}

bool Workspace::signIn(const QString &name, const QString &password, QString *error)
{
    std::optional<Actor> actor = users().authenticate(name, password, QDateTime::currentDateTimeUtc(), error);
    if (!actor)
        return false;
    signInAs(actor);
    return true;
}

void Workspace::signOut()
{
    if (users().hasUsers())
        signInAs(std::nullopt);
}

void Workspace::signInAs(const std::optional<Actor> &actor)
{
    m_actor = actor;
    m_undoStack->clear();
    emit actorChanged();
}

AccessGuard &Workspace::access()
{
    return lazy(m_services->access, *this);
}

AuditTrail &Workspace::audit()
{
    return lazy(m_services->audit, *this);
}

UserDirectory &Workspace::users()
{
    return lazy(m_services->users, *this);
}

bool Workspace::checkConnection()
{
    if (!m_database->connectionLost())
        return true;
    if (!m_lostReported) {
        m_lostReported = true;
        emit connectionLost();
    }
    return false;
}

bool Workspace::reconnect(QString *error)
{
    // The services' statements belong to the broken session: they go first, so that none of
    // them is cleaned up on the new one. Background work runs on connections of its own: its
    // runner stays.
    auto services = std::make_unique<Services>();
    services->tasks = std::move(m_services->tasks);
    m_services = std::move(services);
    m_channel.reset();
    const bool reconnected = m_database->reconnect(error);
    // Listening again; after a failed attempt the channel stays silent until the next one.
    m_channel = std::make_unique<BookChannel>(*m_database, [this](const QString &what) { heard(what); });
    if (!reconnected)
        return false;
    m_lostReported = false;
    emit connectionRestored();
    emit bookChanged();
    return true;
}

bool Workspace::stageContent(const QString &path, const QString &staged, const AuditEntry &record, QString *error)
{
    if (!QFile::copy(path, staged)) {
        if (error)
            *error = QStringLiteral("cannot copy %1 to %2").arg(path, staged);
        return false;
    }
    // Opening checks it (a Kehu book, not too new, not damaged) and migrates an older one.
    BookOpenOptions options;
    options.createIfMissing = false;
    options.backupBeforeMigration = false;
    auto opened = Database::open(staged, options);
    if (!opened.database) {
        if (error)
            *error = opened.message;
        return false;
    }
    Workspace next(std::move(opened.database), m_actor);
    return m_database->appendNewerRows(next.database(), QStringLiteral("audit_log"), error)
           && next.access().record(record, error) && Privacy(next).eraseAgain(error) >= 0;
}

bool Workspace::replaceContent(const QString &path, const AuditEntry &record, QString *error)
{
    // The book to be is made ready beside the book: the point copied, checked and migrated,
    // the log's newer records and this restore's written to it, anyone erased since erased
    // again. Only then does it replace the book, in one step: a failure before leaves the
    // book as it was.
    QTemporaryDir scratch(QFileInfo(databasePath()).absolutePath() + QStringLiteral("/.kehu-restore-XXXXXX"));
    const QString staged = scratch.filePath(QStringLiteral("staged.kehu"));
    if (!scratch.isValid() || !stageContent(path, staged, record, error) || !m_database->replaceWith(staged, error))
        return false;
    // Services may hold what they read of the old content: made again on next use.
    auto services = std::make_unique<Services>();
    services->tasks = std::move(m_services->tasks);
    m_services = std::move(services);
    m_undoStack->clear();
    std::optional<Actor> actor = actorAtOpen(*m_database);
    if (!actor && m_actor && !m_actor->isAnonymous()) {
        const std::optional<UserAccount> account = UserRepository(*m_database).find(m_actor->name);
        if (account && !account->disabled)
            actor = users().actorFor(*account);
    }
    m_actor = actor;
    emit bookChanged();
    emit snapshotsChanged();
    emit settingsChanged();
    emit targetsChanged();
    emit followUpsChanged();
    // Last: the views of whoever worked before are replaced, not asked to reload as them.
    emit actorChanged();
    return true;
}

Workspace::~Workspace()
{
    m_services->tasks.reset();
}

DashboardFigures &Workspace::dashboard()
{
    return lazy(m_services->dashboard, *this);
}
DistributorFigures &Workspace::distributors()
{
    return lazy(m_services->distributors, *this);
}
FollowUpBook &Workspace::followUps()
{
    return lazy(m_services->followUps, *this);
}
FollowUpPlanner &Workspace::followUpPlanner()
{
    return lazy(m_services->followUpPlanner, *this);
}
Importer &Workspace::importer()
{
    return lazy(m_services->importer, *this);
}
LoyaltyFigures &Workspace::loyalty()
{
    return lazy(m_services->loyalty, *this);
}
QuarterlyReviewBuilder &Workspace::reviews()
{
    return lazy(m_services->reviews, *this);
}
SalesTargets &Workspace::targets()
{
    return lazy(m_services->targets, *this);
}
SegmentRules &Workspace::segments()
{
    return lazy(m_services->segments, *this);
}
BookSettings &Workspace::settings()
{
    return lazy(m_services->settings, *this);
}
SnapshotHistory &Workspace::snapshots()
{
    return lazy(m_services->snapshots, *this);
}
BookStatistics &Workspace::stats()
{
    return lazy(m_services->stats, *this);
}
BackgroundTasks &Workspace::tasks()
{
    return lazy(m_services->tasks, *this);
}

CustomerBook &Workspace::customers()
{
    return lazy(m_services->customers, *this);
}
VisitRecorder &Workspace::visits()
{
    return lazy(m_services->visits, *this);
}
SurveyRecorder &Workspace::surveys()
{
    return lazy(m_services->surveys, *this);
}
ChurnTracker &Workspace::churn()
{
    return lazy(m_services->churn, *this);
}
CustomerMerger &Workspace::merger()
{
    return lazy(m_services->merger, *this);
}

Workspace::OpenResult Workspace::open(const QString &path, const OpenOptions &options)
{
    auto opened = Database::open(path, options);
    OpenResult result;
    result.message = opened.message;
    result.backupPath = opened.backupPath;
    result.needsPassword = opened.error == OpenError::AccessDenied;
    if (opened.database)
        result.workspace = std::make_unique<Workspace>(std::move(opened.database));
    return result;
}

QString Workspace::currency() const
{
    return SettingsRepository(*m_database).currency();
}

void Workspace::endUndoHistory(ChangeOrigin origin)
{
    if (origin == ChangeOrigin::Write)
        m_undoStack->clear();
}

namespace {

/// What a desk announces when one customer changed: this, then the customer's id.
const QString kCustomerChanged = QStringLiteral("customer:");

} // namespace

void Workspace::changed(ChangeOrigin origin, const QString &what)
{
    endUndoHistory(origin);
    if (origin != ChangeOrigin::OtherDesk)
        m_channel->announce(what);
}

void Workspace::heard(const QString &what)
{
    // What another desk announced (see changed()): the same signals as a change made here.
    const ChangeOrigin origin = ChangeOrigin::OtherDesk;
    if (what.startsWith(kCustomerChanged))
        notifyCustomerChanged(what.mid(kCustomerChanged.size()).toLongLong(), origin);
    else if (what == u"book")
        notifyBookChanged(origin);
    else if (what == u"snapshots")
        notifySnapshotsChanged(origin);
    else if (what == u"targets")
        notifyTargetsChanged(origin);
    else if (what == u"followups")
        notifyFollowUpsChanged(origin);
    else if (what == u"settings")
        notifySettingsChanged(origin);
}

void Workspace::notifyCustomerChanged(CustomerId id, ChangeOrigin origin)
{
    changed(origin, kCustomerChanged + QString::number(id));
    emit customerChanged(id);
}

void Workspace::notifyBookChanged(ChangeOrigin origin)
{
    changed(origin, QStringLiteral("book"));
    emit bookChanged();
}

void Workspace::notifySnapshotsChanged(ChangeOrigin origin)
{
    changed(origin, QStringLiteral("snapshots"));
    emit snapshotsChanged();
}

void Workspace::notifyTargetsChanged(ChangeOrigin origin)
{
    changed(origin, QStringLiteral("targets"));
    emit targetsChanged();
}

void Workspace::notifyFollowUpsChanged(ChangeOrigin origin)
{
    changed(origin, QStringLiteral("followups"));
    emit followUpsChanged();
}

void Workspace::notifySettingsChanged(ChangeOrigin origin)
{
    changed(origin, QStringLiteral("settings"));
    emit settingsChanged();
}

QString Workspace::quickCheckProblems() const
{
    return m_database->quickCheckProblems();
}

QString Workspace::databasePath() const
{
    return m_database->path();
}

QString Workspace::displayAddress() const
{
    return BookAddress::parse(m_database->path()).toString();
}

bool Workspace::isServer() const
{
    return m_database->isServer();
}

} // namespace kehu
