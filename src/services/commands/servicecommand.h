#pragma once

#include <QString>
#include <QUndoCommand>

namespace kehu {

class Workspace;

/// An undoable write through the services. Its first redo() runs inside QUndoStack::push();
/// push() below tells the caller whether that run worked. A command whose run failed is made
/// obsolete, so the stack drops it and there is nothing to undo.
class ServiceCommand : public QUndoCommand
{
public:
    /// Pushes `command` on the workspace's undo stack (which owns it from then on). False
    /// with `error` set when its first run failed.
    static bool push(Workspace &workspace, ServiceCommand *command, QString *error = nullptr);

protected:
    /// Called by redo() and undo() with the outcome of the write.
    void setOutcome(bool ok, const QString &error = {});

private:
    bool *m_ok = nullptr;
    QString *m_error = nullptr;
};

} // namespace kehu
