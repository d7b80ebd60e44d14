#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace kehu {

class Workspace;

/// A copy of the whole book as it was at one moment, kept beside the book's file.
struct RestorePoint
{
    QString path;
    QDateTime takenAt; ///< UTC
    QString reason;    ///< "import", "hand_over", "merge", "erase", "restore", "daily", "manual", ...
    qint64 bytes = 0;
    bool encrypted = false;
};

/// Restore points of a book file: copies of the whole book taken automatically before every
/// risky write (an import, a merge, a handover, an erasure, a restore), once a day while the
/// app is open, and whenever someone asks; listed, restored and pruned here. They live in a
/// folder beside the book ("shop.kehu.restore-points"), named by the time and reason, and are
/// as private as the book itself; one asked for with a passphrase is encrypted
/// (BackupCipher).
///
/// Restoring replaces the book's whole content with the point's (Workspace::replaceContent):
/// every table comes back as it was, except the audit log, which keeps its records since the
/// point and notes the restore. A point is taken first, so a restore can be undone by
/// restoring that one. A book on a server has no restore points: the server's own backups
/// (pg_dump, point-in-time recovery) serve it.
class RestorePoints
{
public:
    explicit RestorePoints(Workspace &workspace) : m_workspace(workspace) {}

    /// Whether the book can have restore points (a file).
    bool available() const;
    /// The folder of the points; empty for a server book.
    QString folder() const;

    /// Takes a point now because `reason` (a short key, e.g. "manual"); encrypted when a
    /// passphrase is given. Needs Operation::MakeBackup; audited. Nullopt with `error` set.
    std::optional<RestorePoint> take(const QString &reason, const QString &passphrase = {}, QString *error = nullptr);
    /// The point a risky write takes first (called by the service that writes, after its own
    /// permission check): none when another point is younger than kQuietMinutes (a run of
    /// merges takes one, not one each) or on a server. False with `error` set when the point
    /// could not be written: then the write must not go on.
    bool takeBeforeRiskyWrite(const QString &reason, QString *error = nullptr);
    /// A "daily" point when the newest is a day old or more (the app asks every hour, for
    /// whoever is signed in: it is the book's safety, not a person's request).
    bool takeIfDue(QString *error = nullptr);
    /// Every point, newest first (Operation::MakeBackup).
    QList<RestorePoint> list(QString *error = nullptr);
    /// Deletes points beyond the newest kKeepNewest that are older than kKeepDays; how many
    /// went, or -1 with `error` set (Operation::MakeBackup).
    int prune(QString *error = nullptr);
    /// Replaces the book's content with that of the point or backup file at `path` (a Kehu
    /// book, encrypted or not; `passphrase` for an encrypted one). Owners only
    /// (Operation::RestoreBackup). False with `error` set: then the book is as it was.
    bool restore(const QString &path, const QString &passphrase = {}, QString *error = nullptr);

    static constexpr int kQuietMinutes = 10;
    static constexpr int kKeepNewest = 10;
    static constexpr int kKeepDays = 14;

private:
    std::optional<RestorePoint> write(const QString &reason, const QString &passphrase, QString *error);
    std::optional<QDateTime> newest() const;

    Workspace &m_workspace;
};

} // namespace kehu
