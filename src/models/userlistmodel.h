#pragma once

#include "flattablemodel.h"
#include "useraccount.h"

#include <QList>

namespace kehu {

class Workspace;

/// The people who sign in to the book, for the Users page (owners only): name, role, team,
/// whether they may sign in now, and since when they have an account. Never holds a password
/// hash (UserDirectory::list leaves it out).
class UserListModel : public FlatTableModel
{
    Q_OBJECT

public:
    enum Column { Name, RoleColumn, Team, Status, Added, ColumnCount };

    explicit UserListModel(Workspace &workspace, QObject *parent = nullptr);

    /// Reads the users again; false with `error` set when the workspace refused.
    bool reload(QString *error = nullptr);
    /// The account on `row` (Qt's row), or null.
    const UserAccount *userAt(int row) const;
    /// The row of `name`, or -1.
    int rowOf(const QString &name) const;

    /// A role as people read it ("Owner", "店主"...).
    static QString roleLabel(Role role);
    /// What a role may do, in one line, for the role picker.
    static QString roleDescription(Role role);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    int rows() const override { return int(m_users.size()); }
    QStringList columnTitles() const override;

private:
    QString statusOf(const UserAccount &user) const;

    Workspace &m_workspace;
    QList<UserAccount> m_users;
};

} // namespace kehu
