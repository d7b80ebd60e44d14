#pragma once

#include "booksettings.h"
#include "commands/servicecommand.h"

namespace kehu {

class Workspace;

/// Saves the settings form: the classification policy (RFM bins, segment rules, ABC, churn,
/// CLV) and the currency. Undo restores exactly what was stored before (no policy stored
/// means the defaults again).
class SaveSettingsCommand : public ServiceCommand
{
public:
    SaveSettingsCommand(Workspace &workspace, BookSettings::Stored after);

    void redo() override;
    void undo() override;

private:
    Workspace &m_workspace;
    BookSettings::Stored m_before;
    BookSettings::Stored m_after;
};

} // namespace kehu
