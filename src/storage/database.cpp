#include "database.h"

#include "bookaddress.h"
#include "migrations.h"
#include "sqldialect.h"
#include "sqlrows.h"
#include "transaction.h"

#include <libpq-fe.h>
#include <sqlite3.h>

#include <optional>

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <array>
#include <atomic>
#include <chrono>
#include <thread>

namespace kehu {

namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("kehu-%1").arg(counter.fetch_add(1));
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (query.exec(sql) && query.next())
        return query.value(0);
    return {};
}

/// SQLite's "file is not a database" result code (SQLITE_NOTADB).
constexpr int kSqliteNotADatabase = 26;

/// Whether the first bytes of `path` are SQLite's magic header. Reading a file by other
/// means drops every POSIX lock this process holds on it when the descriptor closes
/// (SQLite's "How To Corrupt", 2.2), so this may only run once SQLite has refused the file
/// and no connection of ours has it open: see Database::open.
bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

/// Our own SQLite calls may only touch Qt's handle when both are the same library;
/// two copies in one process can corrupt a file (SQLite's "How To Corrupt" page).
sqlite3 *sameLibraryHandle(const QSqlDatabase &db)
{
#ifdef KEHU_SQLITE_DIRECT
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    const QString qtSourceId = scalar(db, QStringLiteral("SELECT sqlite_source_id()")).toString();
    if (qtSourceId != QString::fromLatin1(sqlite3_sourceid()))
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
#else
    Q_UNUSED(db);
    return nullptr;
#endif
}

/// The lines of a check pragma that are not "ok"; the error text when it cannot run.
QString checkProblems(const QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery query(db);
    if (!query.exec(pragma))
        return query.lastError().text();
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != u"ok")
            problems << line;
    }
    return problems.join(u'\n');
}

Database::OpenResult failure(OpenError error, QString message)
{
    Database::OpenResult result;
    result.error = error;
    result.message = std::move(message);
    return result;
}

} // namespace

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName)), m_path(std::move(path))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return Migrations::storedVersion(connection());
}

std::optional<QStringList> Database::storedColumns(const QString &table, QString *error) const
{
    QStringList columns;
    if (!visitRows(
            connection(), dialect().columnsQuery(table), {},
            [&columns](const QSqlQuery &q) {
                if (!q.value(1).toBool())
                    columns << q.value(0).toString();
            },
            error))
        return std::nullopt;
    return columns;
}

bool Database::isServer() const
{
    return BookAddress::looksLikeServer(m_path);
}

namespace {

/// WAL journal, NORMAL sync, foreign keys: set on every connection. The error text on failure.
std::optional<QString> setConnectionPragmas(const QSqlDatabase &db)
{
    QSqlQuery pragma(db);
    for (const char *statement : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                                  "PRAGMA foreign_keys = ON", "PRAGMA temp_store = MEMORY"}) {
        if (!pragma.exec(QString::fromLatin1(statement)))
            return pragma.lastError().text();
    }
    return std::nullopt;
}

/// Where the copy made before upgrading schema `version` goes: next to the book, dated.
QString migrationBackupPath(const QString &path, int version)
{
    return QStringLiteral("%1.v%2-%3.bak")
        .arg(path)
        .arg(version)
        .arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"));
}

} // namespace

Database::OpenResult Database::open(const QString &path, const OpenOptions &options)
{
    if (BookAddress::looksLikeServer(path))
        return openServer(path);
    return openFile(path, options);
}

namespace {

/// Qt's QPSQL driver, with a message naming the package when it is missing.
std::optional<QString> missingPostgresDriver()
{
    if (QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return std::nullopt;
    return QStringLiteral("Qt's PostgreSQL driver (QPSQL) is not installed: install libqt6sql6-psql "
                          "(Debian, Ubuntu) or Qt's PostgreSQL plugin for this system");
}

/// libpq's parameters for an address (QPSQL passes connect options on to PQconnectdb).
QString postgresConnectOptions(const BookAddress::Server &server)
{
    QStringList options{QStringLiteral("connect_timeout=10"), QStringLiteral("application_name=kehu")};
    if (!server.sslMode.isEmpty())
        options << u"sslmode=" + server.sslMode;
    return options.join(u';');
}

/// Why an empty-looking PostgreSQL database is not a Kehu book: it holds other tables.
bool holdsOtherTables(const QSqlDatabase &db)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                     "WHERE table_schema = current_schema()"))
               .toInt()
           > 0;
}

} // namespace

Database::OpenResult Database::openServer(const QString &uri)
{
    const BookAddress address = BookAddress::parse(uri);
    const QString shown = address.toString();
    if (!address.error().isEmpty())
        return failure(OpenError::NotFound, QStringLiteral("%1: %2").arg(shown, address.error()));
    if (const std::optional<QString> missing = missingPostgresDriver())
        return failure(OpenError::Io, QStringLiteral("%1: %2").arg(shown, *missing));

    const BookAddress::Server &server = address.serverPart();
    std::unique_ptr<Database> database(new Database(nextConnectionName(), uri));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), database->m_connectionName);
    db.setHostName(server.host);
    db.setPort(server.port);
    db.setDatabaseName(server.database);
    db.setUserName(server.user);
    db.setPassword(server.password);
    db.setConnectOptions(postgresConnectOptions(server));
    if (!db.open()) {
        const QString reason = db.lastError().databaseText().trimmed();
        const bool noDatabase = reason.contains(QStringLiteral("does not exist"));
        // libpq's words for a refused sign-in: "password authentication failed for user …",
        // "fe_sendauth: no password supplied".
        const bool refused = reason.contains(QStringLiteral("password"));
        return failure(noDatabase ? OpenError::NotFound
                       : refused  ? OpenError::AccessDenied
                                  : OpenError::Io,
                       QStringLiteral("%1: cannot connect: %2").arg(shown, reason));
    }

    const int version = Migrations::storedVersion(db);
    if (version < 0)
        return failure(OpenError::Io,
                       QStringLiteral("%1: cannot read the schema version: %2").arg(shown, db.lastError().text()));
    if (version == 0 && holdsOtherTables(db))
        return failure(OpenError::NotKehu,
                       QStringLiteral("%1: the database holds other tables, not a Kehu book").arg(shown));
    if (version > Migrations::currentVersion())
        return failure(OpenError::TooNew,
                       QStringLiteral("%1: made by a newer Kehu (schema version %2; this build knows up to %3). "
                                      "Update Kehu to open it.")
                           .arg(shown)
                           .arg(version)
                           .arg(Migrations::currentVersion()));
    if (version < Migrations::currentVersion()) {
        QString error;
        if (!Migrations::migrate(db, &error))
            return failure(OpenError::MigrationFailed, QStringLiteral("%1: %2").arg(shown, error));
    }
    database->refreshCancel();
    OpenResult result;
    result.database = std::move(database);
    return result;
}

PGconn *Database::serverHandle() const
{
    if (!isServer())
        return nullptr;
    const QVariant handle = connection().driver()->handle();
    // Qt 6 names the type by libpq's struct, Qt 5 by its typedef.
    if (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

bool Database::connectionLost() const
{
    if (!isServer())
        return false;
    // No handle at all: a reconnect failed and left the driver without a connection.
    PGconn *handle = serverHandle();
    return !handle || PQstatus(handle) == CONNECTION_BAD;
}

bool Database::reconnect(QString *error)
{
    if (!isServer())
        return true;
    QSqlDatabase db = connection();
    db.close();
    if (!db.open()) {
        if (error)
            *error = db.lastError().databaseText().trimmed();
        return false;
    }
    refreshCancel();
    return true;
}

void Database::refreshCancel()
{
    PGconn *handle = serverHandle();
    m_cancel = handle ? std::shared_ptr<pg_cancel>(PQgetCancel(handle), PQfreeCancel) : nullptr;
}

Database::OpenResult Database::openFile(const QString &path, const OpenOptions &options)
{
    // Only SQLite touches the file while it may be open in this process: no header sniff
    // with QFile here, since closing any descriptor on the file drops the locks of the
    // connections this process already has on it (the app's own workers open the book
    // again), and another program then deletes the write-ahead log under them.
    const bool existed = QFileInfo::exists(path);
    if (!existed && !options.createIfMissing)
        return failure(OpenError::NotFound, QStringLiteral("%1: no such file").arg(path));

    std::unique_ptr<Database> database(new Database(nextConnectionName(), path));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return failure(OpenError::Io, QStringLiteral("%1: cannot open: %2").arg(path, db.lastError().text()));

    // SQLite reads the header on the first statement: a file that is not SQLite at all, or
    // a damaged one, fails here.
    bool hasTables = false;
    {
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"))) {
            const QString reason = probe.lastError().text();
            const bool notADatabase = probe.lastError().nativeErrorCode().toInt() == kSqliteNotADatabase;
            probe = QSqlQuery();
            db.close(); // our connection lets go of the file before it is looked at by other means
            if (notADatabase && !hasSqliteHeader(path))
                return failure(OpenError::NotSqlite,
                               QStringLiteral("%1: not a Kehu database (not an SQLite file)").arg(path));
            return failure(OpenError::Damaged, QStringLiteral("%1: the database is damaged: %2").arg(path, reason));
        }
        probe.next();
        hasTables = probe.value(0).toInt() > 0;
    }

    const int applicationId = scalar(db, QStringLiteral("PRAGMA application_id")).toInt();
    const int version = scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
    if (hasTables && applicationId != Migrations::kApplicationId)
        return failure(OpenError::NotKehu, QStringLiteral("%1: an SQLite database, but not a Kehu database").arg(path));
    if (version > Migrations::currentVersion())
        return failure(OpenError::TooNew,
                       QStringLiteral("%1: made by a newer Kehu (schema version %2; this build knows up to %3). "
                                      "Update Kehu to open it.")
                           .arg(path)
                           .arg(version)
                           .arg(Migrations::currentVersion()));

    if (options.quickCheck && hasTables) {
        const QString problems = checkProblems(db, QStringLiteral("PRAGMA quick_check"));
        if (!problems.isEmpty())
            return failure(OpenError::Damaged, QStringLiteral("%1: the database is damaged: %2").arg(path, problems));
    }

    if (const std::optional<QString> pragmaError = setConnectionPragmas(db))
        return failure(OpenError::Io, QStringLiteral("%1: %2").arg(path, *pragmaError));

    OpenResult result;
    if (version < Migrations::currentVersion()) {
        if (hasTables && options.backupBeforeMigration) {
            const QString backupPath = migrationBackupPath(path, version);
            QString error;
            if (!database->backupTo(backupPath, &error))
                return failure(
                    OpenError::MigrationFailed,
                    QStringLiteral("%1: backup before upgrade failed, nothing changed: %2").arg(path, error));
            result.backupPath = backupPath;
        }
        QString error;
        if (!Migrations::migrate(db, &error))
            return failure(OpenError::MigrationFailed, QStringLiteral("%1: %2").arg(path, error));
    }

    database->m_nativeHandle = sameLibraryHandle(db);
    result.database = std::move(database);
    return result;
}

QString Database::quickCheckProblems() const
{
    // PostgreSQL checks its pages itself (checksums, WAL); amcheck needs a superuser.
    if (isServer())
        return {};
    return checkProblems(connection(), QStringLiteral("PRAGMA quick_check"));
}

void Database::interrupt() const
{
    if (m_nativeHandle)
        sqlite3_interrupt(m_nativeHandle);
    if (m_cancel) {
        // PQcancel connects to the server and waits for it: off the caller's thread (often the
        // window's), so that an unreachable server cannot freeze it.
        std::thread([cancel = m_cancel] {
            std::array<char, 256> reason{};
            PQcancel(cancel.get(), reason.data(), int(reason.size()));
        }).detach();
    }
}

bool Database::execute(const QString &sql, QString *error) const
{
    QSqlQuery query(connection());
    return execQuery(query, sql, {}, error);
}

QString Database::integrityProblems() const
{
    if (isServer())
        return {};
    return checkProblems(connection(), QStringLiteral("PRAGMA integrity_check"));
}

namespace {

/// The SQLite file at `path`, opened read-only, when it is a Kehu book; null with `error` set.
std::unique_ptr<sqlite3, int (*)(sqlite3 *)> openKehuFile(const QString &path, QString *error)
{
    sqlite3 *raw = nullptr;
    const int opened = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    std::unique_ptr<sqlite3, int (*)(sqlite3 *)> file(raw, sqlite3_close);
    if (opened != SQLITE_OK) {
        *error = QStringLiteral("%1: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(raw)));
        return {nullptr, sqlite3_close};
    }
    sqlite3_stmt *statement = nullptr;
    int applicationId = 0;
    if (sqlite3_prepare_v2(raw, "PRAGMA application_id", -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        applicationId = sqlite3_column_int(statement, 0);
    sqlite3_finalize(statement);
    if (applicationId != Migrations::kApplicationId) {
        *error = QStringLiteral("%1 is not a Kehu book").arg(path);
        return {nullptr, sqlite3_close};
    }
    return file;
}

} // namespace

namespace {

/// Rows of one table read before a restore, to be written back after it.
struct KeptRows
{
    QString table;
    QStringList columns;
    QList<QVariantList> rows;
};

bool readKept(const QSqlDatabase &db, const QString &table, qint64 after, KeptRows *kept, QString *error)
{
    kept->table = table;
    return visitRows(
        db, QStringLiteral("SELECT * FROM %1 WHERE id > ? ORDER BY id").arg(table), {after},
        [kept](const QSqlQuery &q) {
            const QSqlRecord record = q.record();
            if (kept->columns.isEmpty()) {
                for (int i = 0; i < record.count(); ++i)
                    kept->columns << record.fieldName(i);
            }
            QVariantList row;
            for (int i = 0; i < record.count(); ++i)
                row << q.value(i);
            kept->rows << row;
        },
        error);
}

bool writeKept(const QSqlDatabase &db, const KeptRows &kept, QString *error)
{
    if (kept.rows.isEmpty())
        return true;
    QStringList marks;
    for (qsizetype i = 0; i < kept.columns.size(); ++i)
        marks << QStringLiteral("?");
    const QString sql =
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(kept.table, kept.columns.join(u','), marks.join(u','));
    for (const QVariantList &row : kept.rows) {
        QSqlQuery q(db);
        if (!execQuery(q, sql, row, error))
            return false;
    }
    return true;
}

} // namespace

bool Database::replaceWith(const QString &sourcePath, QString *error)
{
    QString problem;
    if (isServer())
        problem = QStringLiteral("a book on a server is restored on the server, with its own tools (docs/teams.md)");
    else if (!m_nativeHandle)
        problem = QStringLiteral("restoring needs the SQLite library Qt uses (KEHU_SQLITE_DIRECT)");
    const auto source = problem.isEmpty() ? openKehuFile(sourcePath, &problem)
                                          : std::unique_ptr<sqlite3, int (*)(sqlite3 *)>(nullptr, sqlite3_close);
    if (!source) {
        if (error)
            *error = problem;
        return false;
    }
    sqlite3_backup *backup = sqlite3_backup_init(m_nativeHandle, "main", source.get(), "main");
    if (!backup) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(m_nativeHandle));
        return false;
    }
    // Another connection of this process (a background task) may hold the book for a moment.
    int step = SQLITE_OK;
    for (int attempt = 0; attempt < 200; ++attempt) {
        step = sqlite3_backup_step(backup, -1);
        if (step != SQLITE_BUSY && step != SQLITE_LOCKED)
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    const int finished = sqlite3_backup_finish(backup);
    if (step != SQLITE_DONE || finished != SQLITE_OK) {
        if (error)
            *error = QStringLiteral("the restore did not finish (%1): the book is as it was")
                         .arg(QString::fromUtf8(sqlite3_errstr(step != SQLITE_DONE ? step : finished)));
        return false;
    }
    return true;
}

bool Database::appendNewerRows(Database &target, const QString &table, QString *error) const
{
    qint64 largest = 0;
    visitRows(target.connection(), QStringLiteral("SELECT COALESCE(max(id), 0) FROM %1").arg(table), {},
              [&largest](const QSqlQuery &q) { largest = q.value(0).toLongLong(); });
    KeptRows kept;
    if (!readKept(connection(), table, largest, &kept, error))
        return false;
    QSqlDatabase db = target.connection();
    Transaction transaction(db);
    if (!writeKept(db, kept, error))
        return false;
    if (!transaction.commit()) {
        if (error)
            *error = QStringLiteral("%1: the newer rows could not be written: %2").arg(table, db.lastError().text());
        return false;
    }
    return true;
}

bool Database::backupTo(const QString &targetPath, QString *error) const
{
    if (isServer()) {
        if (error)
            *error = QStringLiteral("a book on a server is backed up on the server, with pg_dump (docs/teams.md)");
        return false;
    }
    if (QFileInfo::exists(targetPath)) {
        if (error)
            *error = QStringLiteral("%1 already exists").arg(targetPath);
        return false;
    }
    // SQLite's online backup copies pages (1 GB book: 2.7 s); VACUUM INTO rebuilds every table
    // and index (9.3 s), which a restore point before each import cannot afford. Inside a
    // transaction the page copy would see uncommitted rows: VACUUM INTO refuses instead.
    if (m_nativeHandle && sqlite3_get_autocommit(m_nativeHandle) != 0)
        return copyPagesTo(targetPath, error);
    QSqlQuery query(connection());
    return execQuery(query, QStringLiteral("VACUUM INTO ?"), {targetPath}, error);
}

bool Database::copyPagesTo(const QString &targetPath, QString *error) const
{
    sqlite3 *raw = nullptr;
    const int opened = sqlite3_open_v2(QFile::encodeName(targetPath).constData(), &raw,
                                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    std::unique_ptr<sqlite3, int (*)(sqlite3 *)> target(raw, sqlite3_close);
    sqlite3_backup *backup = opened == SQLITE_OK ? sqlite3_backup_init(raw, "main", m_nativeHandle, "main") : nullptr;
    int step = SQLITE_ERROR;
    if (backup) {
        step = sqlite3_backup_step(backup, -1);
        if (sqlite3_backup_finish(backup) != SQLITE_OK && step == SQLITE_DONE)
            step = SQLITE_ERROR;
    }
    if (step == SQLITE_DONE)
        return true;
    if (error)
        *error = QStringLiteral("%1: %2").arg(targetPath, QString::fromUtf8(sqlite3_errmsg(raw)));
    target.reset(); // closed before removed: Windows cannot delete an open file
    QFile::remove(targetPath);
    return false;
}

} // namespace kehu
