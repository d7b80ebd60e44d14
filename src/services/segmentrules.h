#pragma once

#include "segmentstats.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace kehu {

class Workspace;

/// The Segments page: each segment's and ABC class's totals in a snapshot, and the action
/// the business wrote for each segment (stored in the book's settings as one JSON object,
/// segment key → text). Action edits go through SetSegmentActionCommand (undoable).
class SegmentRules
{
public:
    static constexpr QLatin1StringView kActionsKey{"segments/actions"};

    explicit SegmentRules(Workspace &workspace) : m_workspace(workspace) {}

    QList<GroupTotal> segmentTotals(qint64 snapshotId) const;
    QList<GroupTotal> abcTotals(qint64 snapshotId) const;

    /// The actions the business wrote, by segment key (segments without one are absent).
    QJsonObject actions() const;
    /// The action written for `segment`, std::nullopt when none is (the default applies).
    std::optional<QString> action(const QString &segment) const;
    /// Writes (or, with std::nullopt, removes) the action of `segment`.
    bool setAction(const QString &segment, const std::optional<QString> &action);

private:
    Workspace &m_workspace;
};

} // namespace kehu
