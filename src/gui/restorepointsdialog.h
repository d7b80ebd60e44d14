#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace kehu {

class Prompter;
class RestorePointListModel;
class Workspace;

/// File ▸ Restore Points: the copies of the book taken before risky writes, daily and by
/// hand; take one now, restore one (owners; after a confirmation, with the passphrase of an
/// encrypted one), and delete old ones. The work is RestorePoints'.
class RestorePointsDialog : public QDialog
{
    Q_OBJECT

public:
    RestorePointsDialog(Workspace &workspace, Prompter &prompter, QWidget *parent = nullptr);

    RestorePointListModel *model() const { return m_model; }
    /// Takes a point now ("manual").
    bool takeNow();
    /// Restores the point on `row` after the confirmation; `passphrase` for an encrypted one
    /// (the button asks for it).
    bool restore(int row, const QString &passphrase = {});
    /// Deletes points beyond the newest and the recent (RestorePoints::prune).
    int pruneOld();

private:
    void reload();
    void restoreChosen();

    Workspace &m_workspace;
    Prompter &m_prompter;
    RestorePointListModel *m_model;
    QTableView *m_table;
    QLabel *m_status;
    QPushButton *m_restore;
};

} // namespace kehu
