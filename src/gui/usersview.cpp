#include "usersview.h"

#include "listwidgets.h"
#include "prompter.h"
#include "userdirectory.h"
#include "userlistmodel.h"
#include "workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kehu {

UsersView::UsersView(Workspace &workspace, Prompter &prompter, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_prompter(prompter), m_model(new UserListModel(workspace, this)),
      m_table(new QTableView(this)), m_intro(new QLabel(this)), m_first(new QPushButton(tr("Ask for &Sign-in…"), this)),
      m_add(new QPushButton(tr("&Add User…"), this)), m_edit(new QPushButton(tr("Change &Role…"), this)),
      m_reset(new QPushButton(tr("Reset &Password…"), this)), m_disable(new QPushButton(this))
{
    setObjectName(QStringLiteral("usersView"));
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setModel(m_model);
    setUpRecordTable(m_table);
    m_intro->setWordWrap(true);
    m_intro->setObjectName(QStringLiteral("usersIntro"));
    m_first->setObjectName(QStringLiteral("firstUserButton"));
    m_add->setObjectName(QStringLiteral("addUserButton"));
    m_edit->setObjectName(QStringLiteral("editUserButton"));
    m_reset->setObjectName(QStringLiteral("resetPasswordButton"));
    m_disable->setObjectName(QStringLiteral("disableUserButton"));

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_first, m_add, m_edit, m_reset, m_disable})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);

    connect(m_first, &QPushButton::clicked, this, [this] { openDialog(UserDialog::Mode::FirstOwner); });
    connect(m_add, &QPushButton::clicked, this, [this] { openDialog(UserDialog::Mode::Add); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openDialog(UserDialog::Mode::EditRole); });
    connect(m_reset, &QPushButton::clicked, this, [this] { openDialog(UserDialog::Mode::ResetPassword); });
    connect(m_disable, &QPushButton::clicked, this, &UsersView::toggleDisabled);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersView::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, [this] { openDialog(UserDialog::Mode::EditRole); });
    reload();
}

void UsersView::reload()
{
    const QString chosen = chosenName();
    QString error;
    if (!m_model->reload(&error))
        m_prompter.warn(this, tr("Users"), error);
    m_table->resizeColumnsToContents();
    if (!chosen.isEmpty())
        select(chosen);
    const bool shared = m_workspace.users().hasUsers();
    m_intro->setText(shared ? tr("Everyone who opens this book signs in. Owners manage users and backups; managers "
                                 "work on the whole book or their team's customers; staff on their own customers; "
                                 "viewers read. A disabled user cannot sign in; their customers stay theirs until "
                                 "handed over.")
                            : tr("This book has no users: anyone who opens the file works on it as its owner. "
                                 "To share it with a team, ask for sign-in: you become its first user and owner, "
                                 "and then add the others."));
    m_first->setVisible(!shared);
    m_add->setVisible(shared);
    m_edit->setVisible(shared);
    m_reset->setVisible(shared);
    m_disable->setVisible(shared);
    m_table->setVisible(shared);
    updateButtons();
}

void UsersView::updateButtons()
{
    const UserAccount *user = m_model->userAt(m_table->currentIndex().row());
    const bool chosen = user && m_table->selectionModel()->isRowSelected(m_table->currentIndex().row());
    m_edit->setEnabled(chosen);
    m_reset->setEnabled(chosen);
    m_disable->setEnabled(chosen);
    m_disable->setText(chosen && user->disabled ? tr("&Enable") : tr("&Disable"));
}

QString UsersView::chosenName() const
{
    const int row = m_table->currentIndex().row();
    const UserAccount *user = m_model->userAt(row);
    return user && m_table->selectionModel()->isRowSelected(row) ? user->name : QString();
}

void UsersView::select(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row >= 0)
        m_table->selectRow(row);
    updateButtons();
}

UserDialog *UsersView::openDialog(UserDialog::Mode mode)
{
    UserForm form;
    if (mode == UserDialog::Mode::EditRole || mode == UserDialog::Mode::ResetPassword) {
        const UserAccount *user = m_model->userAt(m_table->currentIndex().row());
        if (chosenName().isEmpty() || !user)
            return nullptr;
        form.name = user->name;
        form.role = user->role;
        form.team = user->team;
    }
    auto *dialog = new UserDialog(
        mode, form, [this, mode](const UserForm &typed, QString *error) { return submit(mode, typed, error); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    return dialog;
}

bool UsersView::submit(UserDialog::Mode mode, const UserForm &form, QString *error)
{
    UserDirectory &users = m_workspace.users();
    bool done = false;
    switch (mode) {
    case UserDialog::Mode::Add: done = users.add(form.name, form.role, form.team, form.password, error); break;
    case UserDialog::Mode::FirstOwner: done = users.add(form.name, Role::Owner, {}, form.password, error); break;
    case UserDialog::Mode::EditRole: done = users.setRole(form.name, form.role, form.team, error); break;
    case UserDialog::Mode::ResetPassword: done = users.setPassword(form.name, form.password, error); break;
    case UserDialog::Mode::ChangeOwnPassword:
        done = users.changeOwnPassword(form.currentPassword, form.password, error);
        break;
    }
    if (done) {
        reload();
        select(form.name);
    }
    return done;
}

void UsersView::toggleDisabled()
{
    const UserAccount *user = m_model->userAt(m_table->currentIndex().row());
    const QString name = chosenName();
    if (name.isEmpty() || !user)
        return;
    const bool disable = !user->disabled;
    if (disable
        && !m_prompter.confirm(this, tr("Disable user"),
                               tr("%1 will not be able to sign in. Their customers stay theirs until you "
                                  "hand them over. Disable %1?")
                                   .arg(name)))
        return;
    QString error;
    if (!m_workspace.users().setDisabled(name, disable, &error)) {
        m_prompter.warn(this, tr("Users"), error);
        return;
    }
    reload();
    select(name);
}

} // namespace kehu
