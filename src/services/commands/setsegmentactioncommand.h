#pragma once

#include "commands/servicecommand.h"

#include <QString>

#include <optional>

namespace kehu {

class Workspace;

/// Writes the recommended action of one segment (SegmentRules); undo puts back the action
/// that was stored before, or removes the one it wrote (the default text shows again).
class SetSegmentActionCommand : public ServiceCommand
{
public:
    SetSegmentActionCommand(Workspace &workspace, QString segment, QString action);

    void redo() override;
    void undo() override;

private:
    Workspace &m_workspace;
    QString m_segment;
    std::optional<QString> m_before;
    QString m_after;
};

} // namespace kehu
