#include "restorepoints.h"

#include "accessguard.h"
#include "auditentry.h"
#include "backupcipher.h"
#include "database.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>

namespace kehu {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kehu::RestorePoints", text);
}

const QString kSuffix = QStringLiteral(".kehu");
const QString kEncryptedSuffix = QStringLiteral(".kehu.enc");

/// "20261203-185600-import.kehu": when (UTC) and why, sorting by time.
std::optional<RestorePoint> pointOf(const QFileInfo &file)
{
    static const QRegularExpression name(QStringLiteral(R"(^(\d{8}-\d{6})-([a-z_]+)\.kehu(\.enc)?$)"));
    const QRegularExpressionMatch match = name.match(file.fileName());
    if (!match.hasMatch())
        return std::nullopt;
    // Read as UTC from the start: as local time first, a name in a daylight-saving gap would
    // move by an hour.
    const QString stamp = match.captured(1);
    const QDateTime at(QDate::fromString(stamp.left(8), QStringLiteral("yyyyMMdd")),
                       QTime::fromString(stamp.mid(9), QStringLiteral("HHmmss")), QTimeZone::utc());
    return RestorePoint{file.absoluteFilePath(), at, match.captured(2), file.size(), !match.captured(3).isEmpty()};
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

bool RestorePoints::available() const
{
    return !m_workspace.isServer();
}

QString RestorePoints::folder() const
{
    if (!available())
        return {};
    return m_workspace.databasePath() + QStringLiteral(".restore-points");
}

std::optional<QDateTime> RestorePoints::newest() const
{
    std::optional<QDateTime> latest;
    const QFileInfoList files = QDir(folder()).entryInfoList(QDir::Files);
    for (const QFileInfo &file : files) {
        if (const auto point = pointOf(file); point && (!latest || point->takenAt > *latest))
            latest = point->takenAt;
    }
    return latest;
}

std::optional<RestorePoint> RestorePoints::write(const QString &reason, const QString &passphrase, QString *error)
{
    if (!available()) {
        fail(error, tr("A book on a server is backed up by the server (pg_dump, point-in-time recovery)."));
        return std::nullopt;
    }
    if (!QDir().mkpath(folder())) {
        fail(error, tr("Cannot make the folder %1.").arg(folder()));
        return std::nullopt;
    }
    // Seconds in the name: two points in one second (a restore right after an import) get
    // a later second rather than the same name.
    QDateTime at = QDateTime::currentDateTimeUtc();
    at = at.addMSecs(-at.time().msec());
    if (const auto latest = newest(); latest && at <= *latest && at.secsTo(*latest) < 60)
        at = latest->addSecs(1);
    const QString stem = QDir(folder()).filePath(at.toString(QStringLiteral("yyyyMMdd-HHmmss")) + u'-' + reason);
    if (passphrase.isEmpty()) {
        if (!m_workspace.database().backupTo(stem + kSuffix, error))
            return std::nullopt;
        return pointOf(QFileInfo(stem + kSuffix));
    }
    // The plain copy is made in a scratch folder, never under a point's name.
    QTemporaryDir scratch(folder() + QStringLiteral("/.plain-XXXXXX"));
    const QString plain = scratch.filePath(QStringLiteral("plain.kehu"));
    if (!scratch.isValid() || !m_workspace.database().backupTo(plain, error)
        || !BackupCipher::encrypt(plain, stem + kEncryptedSuffix, passphrase, error))
        return std::nullopt;
    return pointOf(QFileInfo(stem + kEncryptedSuffix));
}

std::optional<RestorePoint> RestorePoints::take(const QString &reason, const QString &passphrase, QString *error)
{
    if (!m_workspace.access().require(Operation::MakeBackup, error))
        return std::nullopt;
    if (!passphrase.isEmpty()) {
        if (const QString problem = BackupCipher::passphraseProblem(passphrase); !problem.isEmpty()) {
            fail(error, problem);
            return std::nullopt;
        }
    }
    auto point = write(reason, passphrase, error);
    if (!point)
        return std::nullopt;
    AuditEntry entry{QStringLiteral("take_restore_point"), QStringLiteral("book")};
    entry.detail = QFileInfo(point->path).fileName();
    m_workspace.access().record(entry);
    return point;
}

bool RestorePoints::takeBeforeRiskyWrite(const QString &reason, QString *error)
{
    if (!available())
        return true;
    // A point from the future (a clock set back, a copied folder) is not a recent one.
    if (const auto latest = newest(); latest) {
        const qint64 age = latest->secsTo(QDateTime::currentDateTimeUtc());
        if (age >= 0 && age < qint64(kQuietMinutes) * 60)
            return true;
    }
    if (write(reason, {}, error))
        return true;
    if (error)
        *error = tr("No restore point could be taken, so nothing was changed: %1").arg(*error);
    return false;
}

bool RestorePoints::takeIfDue(QString *error)
{
    if (!available())
        return true;
    if (const auto latest = newest(); latest) {
        const qint64 age = latest->secsTo(QDateTime::currentDateTimeUtc());
        if (age >= 0 && age < 24 * 3600)
            return true;
    }
    // The book's own safety, whoever has it open: no permission asked, like a risky write's.
    return write(QStringLiteral("daily"), {}, error).has_value();
}

QList<RestorePoint> RestorePoints::list(QString *error)
{
    if (!m_workspace.access().require(Operation::MakeBackup, error) || !available())
        return {};
    QList<RestorePoint> points;
    const QFileInfoList files = QDir(folder()).entryInfoList(QDir::Files);
    for (const QFileInfo &file : files) {
        if (auto point = pointOf(file))
            points << *point;
    }
    std::sort(points.begin(), points.end(),
              [](const RestorePoint &a, const RestorePoint &b) { return a.takenAt > b.takenAt; });
    return points;
}

int RestorePoints::prune(QString *error)
{
    QString problem;
    const QList<RestorePoint> points = list(&problem);
    if (!problem.isEmpty()) {
        fail(error, problem);
        return -1;
    }
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addDays(-kKeepDays);
    int removed = 0;
    for (qsizetype i = kKeepNewest; i < points.size(); ++i) {
        if (points.at(i).takenAt < cutoff && QFile::remove(points.at(i).path))
            ++removed;
    }
    if (removed > 0) {
        AuditEntry entry{QStringLiteral("prune_restore_points"), QStringLiteral("book")};
        entry.detail = QString::number(removed);
        m_workspace.access().record(entry);
    }
    return removed;
}

bool RestorePoints::restore(const QString &path, const QString &passphrase, QString *error)
{
    if (!m_workspace.access().require(Operation::RestoreBackup, error))
        return false;
    if (!available())
        return fail(error, tr("A book on a server is restored by the server's own tools."));
    if (!QFileInfo::exists(path))
        return fail(error, tr("%1 does not exist.").arg(path));
    QTemporaryDir scratch(QFileInfo(m_workspace.databasePath()).absolutePath()
                          + QStringLiteral("/.kehu-restore-XXXXXX"));
    QString source = path;
    if (BackupCipher::isEncrypted(path)) {
        source = scratch.filePath(QStringLiteral("restore.kehu"));
        if (!scratch.isValid() || !BackupCipher::decrypt(path, source, passphrase, error))
            return false;
    }
    // The book as it is now is a point of its own: a restore is undone by restoring it.
    if (!write(QStringLiteral("before_restore"), {}, error))
        return false;
    AuditEntry entry{QStringLiteral("restore"), QStringLiteral("book")};
    entry.detail = QFileInfo(path).fileName();
    return m_workspace.replaceContent(source, entry, error);
}

} // namespace kehu
