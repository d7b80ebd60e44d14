#include "commands/savesettingscommand.h"

#include "workspace.h"

#include <QCoreApplication>

namespace kehu {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(KehuSaveSettingsCommand)
};

} // namespace

SaveSettingsCommand::SaveSettingsCommand(Workspace &workspace, BookSettings::Stored after)
    : m_workspace(workspace), m_before(workspace.settings().stored()), m_after(std::move(after))
{
    setText(Text::tr("Change the settings"));
}

void SaveSettingsCommand::redo()
{
    QString error;
    setOutcome(m_workspace.settings().setStored(m_after, &error), error);
    m_workspace.notifySettingsChanged(Workspace::ChangeOrigin::UndoCommand);
}

void SaveSettingsCommand::undo()
{
    QString error;
    setOutcome(m_workspace.settings().setStored(m_before, &error), error);
    m_workspace.notifySettingsChanged(Workspace::ChangeOrigin::UndoCommand);
}

} // namespace kehu
