#include "snapshothistory.h"

#include "accessguard.h"
#include "classificationrunner.h"
#include "settingsrepository.h"
#include "snapshotrepository.h"
#include "workspace.h"

namespace kehu {

std::optional<SnapshotInfo> SnapshotHistory::current() const
{
    if (!m_workspace.access().require(Operation::ViewCustomers))
        return std::nullopt;
    return SnapshotRepository(m_workspace.database()).current();
}

qint64 SnapshotHistory::currentId() const
{
    const auto snapshot = current();
    return snapshot ? snapshot->id : 0;
}

QList<SnapshotInfo> SnapshotHistory::list() const
{
    if (!m_workspace.access().require(Operation::ViewFigures))
        return {};
    return SnapshotRepository(m_workspace.database()).list();
}

std::optional<SnapshotInfo> SnapshotHistory::find(qint64 id) const
{
    if (!m_workspace.access().require(Operation::ViewFigures))
        return std::nullopt;
    return SnapshotRepository(m_workspace.database()).find(id);
}

bool SnapshotHistory::forEachRow(qint64 snapshotId, const std::function<bool(const SnapshotRow &)> &visit) const
{
    if (!m_workspace.access().require(Operation::ViewFigures))
        return false;
    return SnapshotRepository(m_workspace.database()).forEachRow(snapshotId, visit);
}

SnapshotHistory::Outcome SnapshotHistory::classify(QDate asOf, const QString &label,
                                                   const std::function<void(ClassificationStage)> &progress,
                                                   const std::atomic_bool *cancel)
{
    const ClassificationPolicy policy = SettingsRepository(m_workspace.database()).policy();
    const auto outcome = ClassificationRunner(m_workspace).run(policy, asOf, label, true, progress, cancel);
    return {outcome.snapshotId, outcome.cancelled, outcome.error};
}

} // namespace kehu
