#pragma once

#include "access.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace kehu {

/// What the user dialog asks for, as typed.
struct UserForm
{
    QString name;
    Role role = Role::Staff;
    QString team;
    QString currentPassword;
    QString password;
};

/// One dialog for the five things done to an account: add a user, add the book's first user
/// (its owner), change a role and team, reset someone's password, change one's own password.
/// Each shows only its fields. OK hands the form to `submit` (a UserDirectory call); when that
/// fails, its reason is shown and the dialog stays open with what was typed.
class UserDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Add, FirstOwner, EditRole, ResetPassword, ChangeOwnPassword };
    using Submit = std::function<bool(const UserForm &form, QString *error)>;

    UserDialog(Mode mode, const UserForm &form, Submit submit, QWidget *parent = nullptr);

    UserForm form() const;
    void accept() override;

private:
    bool asksFor(QWidget *field) const;
    void setProblem(const QString &text);

    Mode m_mode;
    Submit m_submit;
    QLineEdit *m_name;
    QComboBox *m_role;
    QLineEdit *m_team;
    QLineEdit *m_current;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_problem;
};

} // namespace kehu
