#include "salestargets.h"

#include "accessguard.h"
#include "auditedwrite.h"
#include "ownertargetrepository.h"
#include "salesteamrepository.h"
#include "workspace.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace kehu {

QList<OwnerTarget> SalesTargets::forQuarter(const QString &quarter) const
{
    if (!m_workspace.access().require(Operation::ViewFigures))
        return {};
    return OwnerTargetRepository(m_workspace.database()).forQuarter(quarter);
}

bool SalesTargets::set(const OwnerTarget &target, QString *error)
{
    if (!m_workspace.access().require(Operation::ChangeRules, error))
        return false;
    OwnerTargetRepository targets(m_workspace.database());
    AuditedWrite write(m_workspace, {QStringLiteral("set_target"), QStringLiteral("owner_target")});
    if (!write.begun(error))
        return false;
    write.entry().detail = target.owner + u' ' + target.quarter;
    write.entry().before = targetJson(targets, target.owner, target.quarter);
    if (!targets.set(target, error))
        return false;
    write.entry().after = targetJson(targets, target.owner, target.quarter);
    return write.commit(error);
}

bool SalesTargets::remove(const QString &owner, const QString &quarter, QString *error)
{
    if (!m_workspace.access().require(Operation::ChangeRules, error))
        return false;
    OwnerTargetRepository targets(m_workspace.database());
    AuditedWrite write(m_workspace, {QStringLiteral("remove_target"), QStringLiteral("owner_target")});
    if (!write.begun(error))
        return false;
    write.entry().detail = owner + u' ' + quarter;
    write.entry().before = targetJson(targets, owner, quarter);
    return targets.remove(owner, quarter) && write.commit(error);
}

QString SalesTargets::targetJson(const OwnerTargetRepository &targets, const QString &owner, const QString &quarter)
{
    for (const OwnerTarget &target : targets.forQuarter(quarter)) {
        if (target.owner == owner) {
            const QJsonObject object{{QStringLiteral("owner"), owner},
                                     {QStringLiteral("quarter"), quarter},
                                     {QStringLiteral("revenue_target"), double(target.revenue)},
                                     {QStringLiteral("new_customers_target"), double(target.newCustomers)}};
            return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
        }
    }
    return {};
}

QStringList SalesTargets::owners() const
{
    if (!m_workspace.access().require(Operation::ViewFigures))
        return {};
    return SalesTeamRepository(m_workspace.database()).owners();
}

QList<OwnerActuals> SalesTargets::actuals(const QDate &from, const QDate &to) const
{
    if (!m_workspace.access().require(Operation::ViewFigures))
        return {};
    return SalesTeamRepository(m_workspace.database()).ownerActuals(from, to);
}

} // namespace kehu
