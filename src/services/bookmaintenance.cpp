#include "bookmaintenance.h"

#include "accessguard.h"

#include "database.h"
#include "statsrepository.h"
#include "workspace.h"

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

QString BookMaintenance::integrityProblems() const
{
    return m_workspace.database().integrityProblems();
}

} // namespace kehu
