#pragma once

#include "bookopenoptions.h"
#include "sqldialect.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

struct sqlite3;
struct pg_conn;
struct pg_cancel;

namespace kehu {

/// Why a file could not be opened as a Kehu database. Each has a message for people
/// in `Database::OpenResult::message`.
enum class OpenError {
    None,
    NotFound,        ///< the file does not exist and creating it was not asked for
    NotSqlite,       ///< the file is not an SQLite database at all
    NotKehu,         ///< an SQLite database, but some other program's
    TooNew,          ///< made by a newer Kehu whose schema this build does not know
    Damaged,         ///< SQLite's quick_check found corruption
    MigrationFailed, ///< upgrading the schema failed; the file was left as it was
    Io,              ///< the driver could not open or write the file
    AccessDenied,    ///< the server refused the user or password (or wants a password)
};

/// One open Kehu database: an SQLite file in WAL mode with foreign keys on, or a database on
/// a PostgreSQL server (a postgresql:// address, see BookAddress), migrated to the current
/// schema. Owns its Qt SQL connection (named uniquely, so several can be open
/// in one process) and closes it when destroyed. Not thread-safe: use one per thread.
///
/// Rule: while a database file may be open in this process, nothing but SQLite opens it.
/// POSIX locks belong to the process, and closing any descriptor on the file drops them
/// all; another program that then closes the book as its "last" user deletes the
/// write-ahead log the open connections still write to. So the file is never sniffed,
/// hashed or copied by other means: copies go through backupTo().
class Database
{
public:
    using OpenOptions = BookOpenOptions;

    struct OpenResult
    {
        std::unique_ptr<Database> database;
        OpenError error = OpenError::None;
        QString message;
        /// Where the pre-migration backup went, when one was taken.
        QString backupPath;
    };

    static OpenResult open(const QString &path, const OpenOptions &options);
    static OpenResult open(const QString &path) { return open(path, OpenOptions{}); }

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    /// What open() was given: a file path or a server address (which may hold a password:
    /// show BookAddress::toString() instead).
    QString path() const { return m_path; }
    /// On a PostgreSQL server rather than in an SQLite file.
    bool isServer() const;
    /// How this book's SQL differs from the other backend's.
    SqlDialect dialect() const { return SqlDialect::of(connection()); }
    int schemaVersion() const;
    /// The columns `table` stores, in their order: not those the database generates itself.
    /// nullopt with `error` set when they cannot be read.
    std::optional<QStringList> storedColumns(const QString &table, QString *error = nullptr) const;

    /// The raw sqlite3 handle behind Qt's connection, or nullptr when it is not safe to use:
    /// only when this program and Qt's SQLite plugin run the same SQLite library (checked at
    /// open by comparing source ids) and the build allows it (KEHU_SQLITE_DIRECT).
    sqlite3 *nativeHandle() const { return m_nativeHandle; }

    /// libpq's connection behind Qt's, for PostgreSQL's bulk paths (COPY, see CopyIn);
    /// nullptr for a file. Statements on it run in this connection's transaction.
    pg_conn *serverHandle() const;

    /// A server book whose connection broke (the server went away, restarted, or ended the
    /// session). libpq notices when something was sent or received: after a failed statement,
    /// or when the book's LISTEN socket closes. Always false for a file.
    bool connectionLost() const;
    /// Connects to the server again with the same address and password. Statements prepared
    /// on the old connection are gone: whoever kept one must make it again (Workspace drops
    /// its services). False with `error` set when the server cannot be reached.
    bool reconnect(QString *error);

    /// Runs `PRAGMA quick_check` (what open() runs unless told not to: seconds on large
    /// files). Empty when healthy.
    QString quickCheckProblems() const;

    /// Asks a statement running on this connection in another thread to stop soon (it then
    /// fails: SQLITE_INTERRUPT, or PostgreSQL's "canceling statement due to user request").
    /// Thread-safe; does nothing on a file without nativeHandle().
    void interrupt() const;

    /// Runs one statement that returns no rows (DDL, a maintenance INSERT). False with `error`
    /// set when it failed.
    bool execute(const QString &sql, QString *error = nullptr) const;

    /// Runs `PRAGMA integrity_check` (slow: seconds on large files). Empty when healthy.
    QString integrityProblems() const;

    /// Writes a consistent copy of the live database to `targetPath` (which must not exist):
    /// SQLite's online backup, page by page, or VACUUM INTO without nativeHandle().
    bool backupTo(const QString &targetPath, QString *error) const;
    /// Replaces the whole content of the live database with that of the Kehu file at
    /// `sourcePath`, in one step (SQLite's online backup, page by page, into this connection:
    /// every other connection then reads the new content). The file must be ready: migrated
    /// and complete (Workspace::replaceContent prepares it). Needs nativeHandle(); a file only.
    /// False with `error` set: then the book is as it was.
    bool replaceWith(const QString &sourcePath, QString *error);
    /// Appends to `table` of `target` the rows of this database's `table` whose id is larger
    /// than any in `target` (a log with an integer id that only grows), in one transaction.
    bool appendNewerRows(Database &target, const QString &table, QString *error) const;

private:
    Database(QString connectionName, QString path);
    static OpenResult openFile(const QString &path, const OpenOptions &options);
    static OpenResult openServer(const QString &uri);
    /// backupTo() by SQLite's online backup from nativeHandle().
    bool copyPagesTo(const QString &targetPath, QString *error) const;
    /// Makes m_cancel for the connection now open (none without one).
    void refreshCancel();

    QString m_connectionName;
    QString m_path;
    sqlite3 *m_nativeHandle = nullptr;
    /// libpq's cancel request for a server connection, made at open (PQgetCancel is not meant
    /// to run while another thread uses the connection; PQcancel is). Shared with the thread
    /// that sends it.
    std::shared_ptr<pg_cancel> m_cancel;
};

} // namespace kehu
