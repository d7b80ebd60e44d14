#pragma once

#include "userdialog.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace kehu {

class Prompter;
class UserListModel;
class Workspace;

/// The Users page (owners): who signs in to the book, with what role and team, and the
/// buttons to add users, change a role, reset a password and disable or enable an account.
/// In a book without users it explains that anyone who opens the file works as its owner and
/// offers to add the first user, which turns sign-in on. Each button opens a UserDialog whose
/// OK is one UserDirectory call; the page only shows what the directory says.
class UsersView : public QWidget
{
    Q_OBJECT

public:
    UsersView(Workspace &workspace, Prompter &prompter, QWidget *parent = nullptr);

    /// The dialog of a button (window-modal, deleted on close); null when the button does not
    /// apply (no user chosen). Tests fill it and call accept().
    UserDialog *openDialog(UserDialog::Mode mode);
    /// Disables the chosen user, or enables them when disabled, after a confirmation.
    void toggleDisabled();
    /// Chooses `name`'s row.
    void select(const QString &name);
    UserListModel *model() const { return m_model; }

private:
    void reload();
    void updateButtons();
    QString chosenName() const;
    bool submit(UserDialog::Mode mode, const UserForm &form, QString *error);

    Workspace &m_workspace;
    Prompter &m_prompter;
    UserListModel *m_model;
    QTableView *m_table;
    QLabel *m_intro;
    QPushButton *m_first;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_reset;
    QPushButton *m_disable;
};

} // namespace kehu
