#pragma once

#include "core/customer.h"

#include <QObject>
#include <QString>

#include <memory>

class QUndoStack;

namespace kehu {

class Database;

/// What the windows work on: one open database, its repositories and the undo stack of
/// the edits made to it. Views get it through their constructor; nothing global.
/// Whoever writes tells the others through the signals below.
class Workspace : public QObject
{
    Q_OBJECT

public:
    explicit Workspace(std::unique_ptr<Database> database, QObject *parent = nullptr);
    ~Workspace() override;

    Database &database() { return *m_database; }
    QString databasePath() const;
    /// The business's currency (ISO 4217, from its settings; CNY when none is stored).
    QString currency() const;
    QUndoStack *undoStack() const { return m_undoStack; }

    void notifyCustomerChanged(CustomerId id) { emit customerChanged(id); }
    void notifyBookChanged() { emit bookChanged(); }
    void notifySnapshotsChanged() { emit snapshotsChanged(); }
    void notifyTargetsChanged() { emit targetsChanged(); }
    void notifySaveConflict(CustomerId id) { emit saveConflict(id); }

signals:
    /// One customer's profile or history changed.
    void customerChanged(kehu::CustomerId id);
    /// Customers were added, merged or imported: lists should reload.
    void bookChanged();
    /// A classification run stored a new snapshot.
    void snapshotsChanged();
    /// Sales targets (OwnerTargetRepository) were set or removed.
    void targetsChanged();
    /// An edit could not be saved because someone else saved the customer first.
    void saveConflict(kehu::CustomerId id);

private:
    std::unique_ptr<Database> m_database;
    QUndoStack *m_undoStack;
};

} // namespace kehu
