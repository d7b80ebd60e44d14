#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class ImportDialog;
}

namespace kehu {

class ImportSession;
class Workspace;

/// File ▸ Import CSV: choose or drop a file, check how it is read and which column is which
/// (with a preview), run a dry run for the validation report, then import in the background
/// with progress and cancel, and show what was done. The logic is in ImportSession.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~ImportDialog() override;

    ImportSession *session() const { return m_session; }
    /// Loads `path` as if it had been chosen or dropped; false when it cannot be read.
    bool loadFile(const QString &path);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void reject() override;

private:
    void browse();
    void refresh();
    void fillMapping();
    void fillReport();
    void run(bool dryRun);
    void runFinished(bool dryRun);
    void updateButtons();

    std::unique_ptr<Ui::ImportDialog> m_ui;
    Workspace &m_workspace;
    ImportSession *m_session;
    bool m_updating = false;
};

} // namespace kehu
