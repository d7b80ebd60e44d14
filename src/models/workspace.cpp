#include "models/workspace.h"

#include "storage/settingsrepository.h"

#include "storage/database.h"

#include <QUndoStack>

namespace kehu {

Workspace::Workspace(std::unique_ptr<Database> database, QObject *parent)
    : QObject(parent), m_database(std::move(database)), m_undoStack(new QUndoStack(this))
{
}

Workspace::~Workspace() = default;

QString Workspace::currency() const
{
    return SettingsRepository(*m_database).value(QString(SettingsRepository::kCurrencyKey)).value_or(QStringLiteral("CNY"));
}

QString Workspace::databasePath() const
{
    return m_database->path();
}

} // namespace kehu
