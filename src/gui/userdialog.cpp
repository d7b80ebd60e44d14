#include "userdialog.h"

#include "userlistmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kehu {

namespace {

QLineEdit *passwordField(const QString &objectName, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setEchoMode(QLineEdit::Password);
    return field;
}

QString titleOf(UserDialog::Mode mode)
{
    switch (mode) {
    case UserDialog::Mode::Add: return UserDialog::tr("Add User");
    case UserDialog::Mode::FirstOwner: return UserDialog::tr("Ask for Sign-in");
    case UserDialog::Mode::EditRole: return UserDialog::tr("Change Role");
    case UserDialog::Mode::ResetPassword: return UserDialog::tr("Reset Password");
    case UserDialog::Mode::ChangeOwnPassword: return UserDialog::tr("Change My Password");
    }
    return {};
}

QString introOf(UserDialog::Mode mode)
{
    switch (mode) {
    case UserDialog::Mode::FirstOwner:
        return UserDialog::tr("From now on everyone who opens this book signs in. You are its first user and its "
                              "owner: you add the others and choose what each may do. Keep the password safe: "
                              "without an owner's password nobody can manage users.");
    case UserDialog::Mode::ResetPassword:
        return UserDialog::tr("Give the new password to the person in person; they can change it under File ▸ "
                              "Change My Password.");
    default: return {};
    }
}

} // namespace

UserDialog::UserDialog(Mode mode, const UserForm &form, Submit submit, QWidget *parent)
    : QDialog(parent), m_mode(mode), m_submit(std::move(submit)), m_name(new QLineEdit(form.name, this)),
      m_role(new QComboBox(this)), m_team(new QLineEdit(form.team, this)),
      m_current(passwordField(QStringLiteral("currentPasswordEdit"), this)),
      m_password(passwordField(QStringLiteral("passwordEdit"), this)),
      m_repeat(passwordField(QStringLiteral("repeatPasswordEdit"), this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("userDialog"));
    setWindowTitle(titleOf(mode));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setReadOnly(mode == Mode::EditRole || mode == Mode::ResetPassword);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    for (Role role : {Role::Owner, Role::Manager, Role::Staff, Role::Viewer})
        m_role->addItem(tr("%1 — %2").arg(UserListModel::roleLabel(role), UserListModel::roleDescription(role)),
                        int(role));
    m_role->setCurrentIndex(m_role->findData(int(form.role)));
    m_team->setObjectName(QStringLiteral("teamEdit"));
    m_team->setPlaceholderText(tr("none: a manager then sees the whole book"));
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->hide();

    auto *layout = new QVBoxLayout(this);
    if (const QString intro = introOf(mode); !intro.isEmpty()) {
        auto *label = new QLabel(intro, this);
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    auto *fields = new QFormLayout;
    if (mode != Mode::ChangeOwnPassword)
        fields->addRow(tr("&Name:"), m_name);
    if (mode == Mode::Add || mode == Mode::EditRole) {
        fields->addRow(tr("&Role:"), m_role);
        fields->addRow(tr("&Team:"), m_team);
    }
    if (mode == Mode::ChangeOwnPassword)
        fields->addRow(tr("&Current password:"), m_current);
    if (mode != Mode::EditRole) {
        fields->addRow(mode == Mode::Add || mode == Mode::FirstOwner ? tr("&Password:") : tr("&New password:"),
                       m_password);
        fields->addRow(tr("Re&peat it:"), m_repeat);
    }
    for (QWidget *field :
         {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_role), static_cast<QWidget *>(m_team),
          static_cast<QWidget *>(m_current), static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_repeat)})
        field->setVisible(asksFor(field));
    layout->addLayout(fields);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UserDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    for (QWidget *field : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_role),
                           static_cast<QWidget *>(m_current), static_cast<QWidget *>(m_password)}) {
        if (asksFor(field) && !(field == m_name && m_name->isReadOnly())) {
            field->setFocus();
            break;
        }
    }
}

bool UserDialog::asksFor(QWidget *field) const
{
    if (field == m_name)
        return m_mode != Mode::ChangeOwnPassword;
    if (field == m_role || field == m_team)
        return m_mode == Mode::Add || m_mode == Mode::EditRole;
    if (field == m_current)
        return m_mode == Mode::ChangeOwnPassword;
    return m_mode != Mode::EditRole; // the new password and its repetition
}

UserForm UserDialog::form() const
{
    UserForm form;
    form.name = m_name->text().trimmed();
    form.role = m_mode == Mode::FirstOwner ? Role::Owner : Role(m_role->currentData().toInt());
    form.team = m_team->text().trimmed();
    form.currentPassword = m_current->text();
    form.password = m_password->text();
    return form;
}

void UserDialog::setProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void UserDialog::accept()
{
    if (asksFor(m_repeat) && m_password->text() != m_repeat->text()) {
        setProblem(tr("The two passwords differ: type the new password twice."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    QString error;
    if (!m_submit(form(), &error)) {
        setProblem(error);
        return;
    }
    setProblem({});
    QDialog::accept();
}

} // namespace kehu
