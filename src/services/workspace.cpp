#include "services/workspace.h"

#include "storage/database.h"
#include "storage/settingsrepository.h"

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

void Workspace::endUndoHistory(ChangeOrigin origin)
{
    if (origin == ChangeOrigin::Write)
        m_undoStack->clear();
}

void Workspace::notifyCustomerChanged(CustomerId id, ChangeOrigin origin)
{
    endUndoHistory(origin);
    emit customerChanged(id);
}

void Workspace::notifyBookChanged(ChangeOrigin origin)
{
    endUndoHistory(origin);
    emit bookChanged();
}

void Workspace::notifySnapshotsChanged(ChangeOrigin origin)
{
    endUndoHistory(origin);
    emit snapshotsChanged();
}

void Workspace::notifyTargetsChanged(ChangeOrigin origin)
{
    endUndoHistory(origin);
    emit targetsChanged();
}

void Workspace::notifyFollowUpsChanged(ChangeOrigin origin)
{
    endUndoHistory(origin);
    emit followUpsChanged();
}

QString Workspace::databasePath() const
{
    return m_database->path();
}

} // namespace kehu
