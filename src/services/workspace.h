#pragma once

#include "access.h"
#include "auditentry.h"
#include "bookopenoptions.h"
#include "customer.h"
#include "saveconflict.h"

#include <QObject>
#include <QString>

#include <memory>

class QUndoStack;

namespace kehu {

class AccessGuard;
class AuditTrail;
class BackgroundTasks;
class BookChannel;
class BookSettings;
class BookStatistics;
class ChurnTracker;
class CustomerBook;
class CustomerMerger;
class DashboardFigures;
class Database;
class DistributorFigures;
class FollowUpBook;
class FollowUpPlanner;
class Importer;
class LoyaltyFigures;
class QuarterlyReviewBuilder;
class SalesTargets;
class SegmentRules;
class SnapshotHistory;
class SurveyRecorder;
class UserDirectory;
class VisitRecorder;

/// The open book, as a document: it owns the database, the services that read and write it
/// (created on first use), the runner of background tasks and the undo stack of the edits
/// made to it. The app's views and kehu-cli reach the book only through it; views get it
/// through their constructor, nothing global. Whoever writes tells the others through the
/// notify functions below, which emit the typed change signals models listen to.
///
/// The undo history is linear and ends at every write that is not an undo command (an
/// import, a classification, ...): such a write clears the stack. Undo then never reaches
/// past it to an older edit (the edit may be what the write was based on, or the write may
/// have changed the same customer), and Redo never re-applies an edit over it. Every edit a
/// person makes (customers, visits, surveys, churn records, merges, follow-ups, targets,
/// settings, segment actions, cadence rules) is an undo command (services/commands). A notify call is such a write
/// unless it passes ChangeOrigin::UndoCommand, which only QUndoCommand::redo()/undo() may do.
class Workspace : public QObject
{
    Q_OBJECT

public:
    /// How open() treats the file.
    using OpenOptions = BookOpenOptions;
    /// A workspace, or why there is none.
    struct OpenResult
    {
        std::unique_ptr<Workspace> workspace; ///< null when the file could not be opened
        QString message;                      ///< why not, for people: not Kehu's, too new, damaged, ...
        QString backupPath;                   ///< where the copy made before an upgrade went, when one was made
        bool needsPassword = false;           ///< a server refused the sign-in: ask for the password
    };

    /// Opens the book at @p path (creating it when allowed) and migrates it to the current
    /// schema: the one way the app and kehu-cli open a book.
    static OpenResult open(const QString &path, const OpenOptions &options);
    static OpenResult open(const QString &path) { return open(path, OpenOptions{}); }

    /// A workspace on `database`: a book without users is worked on by its anonymous owner;
    /// one with users waits for signIn().
    explicit Workspace(std::unique_ptr<Database> database, QObject *parent = nullptr);
    /// A workspace that works on behalf of `actor` (background work started by a person).
    Workspace(std::unique_ptr<Database> database, const std::optional<Actor> &actor);
    ~Workspace() override;

    Database &database() { return *m_database; }
    QString databasePath() const;
    /// The book's address as people see it: the file's path, or the server address without
    /// its password (BookAddress::toString()).
    QString displayAddress() const;
    /// On a PostgreSQL server rather than in a file (no file backup, no SQLite checks).
    bool isServer() const;
    /// SQLite's quick_check of the file (seconds on a large book: run it as background work).
    /// Empty when healthy.
    QString quickCheckProblems() const;
    /// The business's currency (ISO 4217, from its settings; CNY when none is stored).
    QString currency() const;
    QUndoStack *undoStack() const { return m_undoStack; }

    /// Who is working: the signed-in user, the anonymous owner of a book without users, or
    /// nobody (nullopt) while a book with users waits for sign-in.
    const std::optional<Actor> &actor() const { return m_actor; }
    /// Whether the book has users and nobody is signed in yet.
    bool needsSignIn() const { return !m_actor; }
    /// Signs in as `name` (UserDirectory::authenticate). On success the undo history ends
    /// (one person's edits are not undone by the next) and actorChanged() is emitted.
    bool signIn(const QString &name, const QString &password, QString *error = nullptr);
    /// Nobody works on the book until the next signIn() (a book with users only).
    void signOut();
    /// The permission check and audit record of every service call.
    AccessGuard &access();
    /// The people who sign in, their roles and passwords.
    UserDirectory &users();
    /// Who did what: the audit log as people read it.
    AuditTrail &audit();

    /// The services of the customer book, created on first use (see each class).
    CustomerBook &customers();
    VisitRecorder &visits();
    SurveyRecorder &surveys();
    ChurnTracker &churn();
    CustomerMerger &merger();
    /// The services of the manager's screens (created on first use, owned here).
    DashboardFigures &dashboard();
    DistributorFigures &distributors();
    FollowUpBook &followUps();
    FollowUpPlanner &followUpPlanner();
    Importer &importer();
    LoyaltyFigures &loyalty();
    QuarterlyReviewBuilder &reviews();
    SalesTargets &targets();
    SegmentRules &segments();
    BookSettings &settings();
    SnapshotHistory &snapshots();
    BookStatistics &stats();
    /// The one runner of background work on this book (each task on its own connection).
    BackgroundTasks &tasks();

    /// Who made a change: a write outside the undo stack (ends the undo history), an undo
    /// command doing or undoing itself, or another desk on the same server book (heard, not
    /// announced again; this desk's undo history stays: its commands check what they find).
    enum class ChangeOrigin { Write, UndoCommand, OtherDesk };

    void notifyCustomerChanged(CustomerId id, ChangeOrigin origin = ChangeOrigin::Write);
    void notifyBookChanged(ChangeOrigin origin = ChangeOrigin::Write);
    void notifySnapshotsChanged(ChangeOrigin origin = ChangeOrigin::Write);
    void notifyTargetsChanged(ChangeOrigin origin = ChangeOrigin::Write);
    void notifyFollowUpsChanged(ChangeOrigin origin = ChangeOrigin::Write);
    void notifySettingsChanged(ChangeOrigin origin = ChangeOrigin::Write);
    void notifySaveConflict(const SaveConflict &conflict) { emit saveConflict(conflict); }

    /// Whether the connection to a server book broke; when it did (the first time it is
    /// found), connectionLost() is emitted. The Workspace looks by itself every few seconds;
    /// call it after a failure to know at once. Always true for a file.
    bool checkConnection();
    /// Replaces the book's whole content with that of the Kehu file at `path`, all or nothing:
    /// a copy is checked and migrated beside the book, gets the audit log's newer records and
    /// `record` (as the person who asked), and anyone erased since is erased in it again; then
    /// it replaces the book in one step (Database::replaceWith). Every service is made again on
    /// next use, the undo history ends, and who works is looked up in the restored book (gone
    /// or disabled there: signed out; a book without users: its anonymous owner); views are
    /// told to reload. RestorePoints::restore is the way in (permission, a point first).
    bool replaceContent(const QString &path, const AuditEntry &record, QString *error = nullptr);
    /// Connects to the server again and drops every service (they hold statements of the old
    /// connection; they are made again on next use), then asks every view to reload
    /// (bookChanged). Nothing a failed statement began was stored: each write is one
    /// transaction. False with `error` set when the server still cannot be reached.
    bool reconnect(QString *error = nullptr);

signals:
    /// One customer's profile or history changed.
    void customerChanged(kehu::CustomerId id);
    /// Customers were added, merged or imported: lists should reload.
    void bookChanged();
    /// A classification run stored a new snapshot.
    void snapshotsChanged();
    /// Sales targets (OwnerTargetRepository) were set or removed.
    void targetsChanged();
    /// Follow-ups were created, planned or closed.
    void followUpsChanged();
    /// The business's settings (classification policy, currency, segment actions) changed.
    void settingsChanged();
    /// An edit could not be saved because someone else saved the customer first.
    void saveConflict(const kehu::SaveConflict &conflict);
    /// The connection to the server book broke: offer to reconnect (reconnect()).
    void connectionLost();
    /// reconnect() succeeded.
    void connectionRestored();
    /// Someone signed in or out: what the views may show and do changed.
    void actorChanged();

private:
    Workspace(std::unique_ptr<Database> &&database, const std::optional<Actor> &actor, QObject *parent);

    friend class UserDirectory; // signs the owner of a new first user in as them
    void signInAs(const std::optional<Actor> &actor);
    /// replaceContent's preparation of the file `staged` (a copy of `path`).
    bool stageContent(const QString &path, const QString &staged, const AuditEntry &record, QString *error);
    void endUndoHistory(ChangeOrigin origin);
    /// Ends the undo history when `origin` asks for it and tells the other desks.
    void changed(ChangeOrigin origin, const QString &what);
    void heard(const QString &what);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<BookChannel> m_channel; ///< destroyed before m_database (declared after it)
    QUndoStack *m_undoStack;
    struct Services;
    std::unique_ptr<Services> m_services; ///< destroyed before m_database (declared after it)
    bool m_lostReported = false;
    std::optional<Actor> m_actor;
};

} // namespace kehu
