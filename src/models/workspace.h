#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QUndoStack;

namespace kehu {

class Database;

/// What the windows work on: one open database, its repositories and the undo stack of
/// the edits made to it. Views get it through their constructor; nothing global.
class Workspace : public QObject
{
    Q_OBJECT

public:
    explicit Workspace(std::unique_ptr<Database> database, QObject *parent = nullptr);
    ~Workspace() override;

    Database &database() { return *m_database; }
    QString databasePath() const;
    QUndoStack *undoStack() const { return m_undoStack; }

private:
    std::unique_ptr<Database> m_database;
    QUndoStack *m_undoStack;
};

} // namespace kehu
