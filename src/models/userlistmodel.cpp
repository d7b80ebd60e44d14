#include "userlistmodel.h"

#include "userdirectory.h"
#include "workspace.h"

#include <QLocale>

namespace kehu {

UserListModel::UserListModel(Workspace &workspace, QObject *parent)
    : FlatTableModel(ColumnCount, parent), m_workspace(workspace)
{}

bool UserListModel::reload(QString *error)
{
    beginResetModel();
    QString problem;
    m_users = m_workspace.users().list(&problem);
    endResetModel();
    if (!problem.isEmpty() && error)
        *error = problem;
    return problem.isEmpty();
}

const UserAccount *UserListModel::userAt(int row) const
{
    if (row < 0 || row >= m_users.size())
        return nullptr;
    return &m_users.at(row);
}

int UserListModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).name == name)
            return row;
    }
    return -1;
}

QString UserListModel::roleLabel(Role role)
{
    switch (role) {
    case Role::Owner: return tr("Owner");
    case Role::Manager: return tr("Manager");
    case Role::Staff: return tr("Staff");
    case Role::Viewer: return tr("Viewer");
    }
    return {};
}

QString UserListModel::roleDescription(Role role)
{
    switch (role) {
    case Role::Owner: return tr("everything, including users and backups");
    case Role::Manager: return tr("the whole book, or their team's customers");
    case Role::Staff: return tr("their own customers: visits, surveys, follow-ups");
    case Role::Viewer: return tr("reads customers and figures, changes nothing");
    }
    return {};
}

QStringList UserListModel::columnTitles() const
{
    return {tr("Name"), tr("Role"), tr("Team"), tr("Status"), tr("Added")};
}

QString UserListModel::statusOf(const UserAccount &user) const
{
    if (user.disabled)
        return tr("Disabled");
    if (user.lockedUntil && *user.lockedUntil > QDateTime::currentDateTimeUtc())
        return tr("Waiting after wrong passwords until %1")
            .arg(QLocale().toString(user.lockedUntil->toLocalTime().time(), QLocale::ShortFormat));
    if (user.name == (m_workspace.actor() ? m_workspace.actor()->name : QString()))
        return tr("Signed in");
    return tr("Active");
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    const UserAccount *user = userAt(index.row());
    if (!user || role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name: return user->name;
    case RoleColumn: return roleLabel(user->role);
    case Team: return user->team;
    case Status: return statusOf(*user);
    case Added: return QLocale().toString(user->createdAt.toLocalTime().date(), QLocale::ShortFormat);
    default: return {};
    }
}

} // namespace kehu
