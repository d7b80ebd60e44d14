#include "bookmaintenance.h"

#include "backupcipher.h"

#include "accessguard.h"

#include "database.h"
#include "statsrepository.h"
#include "workspace.h"

#include <QFileInfo>
#include <QTemporaryDir>

namespace kehu {

int BookMaintenance::schemaVersion() const
{
    return m_workspace.database().schemaVersion();
}

QList<QPair<QString, qint64>> BookMaintenance::tableCounts() const
{
    if (!m_workspace.access().require(Operation::ViewFigures))
        return {};
    return StatsRepository(m_workspace.database()).tableCounts();
}

bool BookMaintenance::backupTo(const QString &targetPath, QString *error) const
{
    if (!m_workspace.access().require(Operation::MakeBackup, error))
        return false;
    return m_workspace.database().backupTo(targetPath, error);
}

bool BookMaintenance::backupEncryptedTo(const QString &targetPath, const QString &passphrase, QString *error) const
{
    if (!m_workspace.access().require(Operation::MakeBackup, error))
        return false;
    if (const QString problem = BackupCipher::passphraseProblem(passphrase); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    // The plain copy is made beside the target (same disk, same access) and removed at once.
    QTemporaryDir scratch(QFileInfo(targetPath).absolutePath() + QStringLiteral("/.kehu-backup-XXXXXX"));
    const QString plain = scratch.filePath(QStringLiteral("plain.kehu"));
    if (!scratch.isValid()) {
        if (error)
            *error = QStringLiteral("cannot write beside %1").arg(targetPath);
        return false;
    }
    return m_workspace.database().backupTo(plain, error) && BackupCipher::encrypt(plain, targetPath, passphrase, error);
}

QString BookMaintenance::integrityProblems() const
{
    return m_workspace.database().integrityProblems();
}

} // namespace kehu
