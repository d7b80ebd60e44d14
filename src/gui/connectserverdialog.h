#pragma once

#include "serverconnectionform.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace kehu {

/// File → Connect to Server: where the team's book is (host, port, database), who you are on
/// the server (user, password) and how the connection is encrypted, and whether the password
/// is kept in the system keychain. Opens window-modal; accepted only with a usable address.
class ConnectServerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectServerDialog(const ServerConnectionForm &form, QWidget *parent = nullptr);

    /// What was entered (valid once accepted).
    ServerConnectionForm form() const;
    bool rememberPassword() const;
    /// A message above the buttons (why the last attempt failed).
    void setProblem(const QString &text);

    void accept() override;

private:
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_sslMode;
    QCheckBox *m_remember;
    QLabel *m_problem;
};

} // namespace kehu
