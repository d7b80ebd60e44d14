#include "segmentrules.h"

#include "accessguard.h"
#include "booksettings.h"
#include "segmentstatsrepository.h"
#include "workspace.h"

#include <QJsonDocument>

namespace kehu {

QList<GroupTotal> SegmentRules::segmentTotals(qint64 snapshotId) const
{
    if (!m_workspace.access().require(Operation::ViewFigures))
        return {};
    return SegmentStatsRepository(m_workspace.database()).segments(snapshotId);
}

QList<GroupTotal> SegmentRules::abcTotals(qint64 snapshotId) const
{
    if (!m_workspace.access().require(Operation::ViewFigures))
        return {};
    return SegmentStatsRepository(m_workspace.database()).abcClasses(snapshotId);
}

QJsonObject SegmentRules::actions() const
{
    return QJsonDocument::fromJson(m_workspace.settings().value(QString(kActionsKey)).value_or(QString()).toUtf8())
        .object();
}

std::optional<QString> SegmentRules::action(const QString &segment) const
{
    const QJsonObject all = actions();
    if (!all.contains(segment))
        return std::nullopt;
    return all.value(segment).toString();
}

bool SegmentRules::setAction(const QString &segment, const std::optional<QString> &action)
{
    QJsonObject all = actions();
    if (action)
        all.insert(segment, *action);
    else
        all.remove(segment);
    return m_workspace.settings().setValue(QString(kActionsKey),
                                           QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
}

} // namespace kehu
