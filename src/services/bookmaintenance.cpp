#include "bookmaintenance.h"

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
    return StatsRepository(m_workspace.database()).tableCounts();
}

bool BookMaintenance::backupTo(const QString &targetPath, QString *error) const
{
    return m_workspace.database().backupTo(targetPath, error);
}

QString BookMaintenance::integrityProblems() const
{
    return m_workspace.database().integrityProblems();
}

} // namespace kehu
