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

Workspace::OpenResult Workspace::open(const QString &path, const OpenOptions &options)
{
    Database::OpenOptions databaseOptions;
    databaseOptions.createIfMissing = options.createIfMissing;
    databaseOptions.quickCheck = options.quickCheck;
    databaseOptions.backupBeforeMigration = options.backupBeforeMigration;
    auto opened = Database::open(path, databaseOptions);
    OpenResult result;
    result.message = opened.message;
    result.backupPath = opened.backupPath;
    if (opened.database)
        result.workspace = std::make_unique<Workspace>(std::move(opened.database));
    return result;
}

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
