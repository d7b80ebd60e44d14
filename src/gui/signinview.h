#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace kehu {

class Workspace;

/// The page a shared book opens on: name and password, and why a sign-in failed (a wrong
/// password, a wait after several, a disabled account). Signing in is the Workspace's; the
/// main window hears actorChanged() and shows the pages the person may use.
class SignInView : public QWidget
{
    Q_OBJECT

public:
    explicit SignInView(Workspace &workspace, QWidget *parent = nullptr);

    /// Signs in with what is typed; false (the reason shown) when the book refused.
    bool signIn();

private:
    Workspace &m_workspace;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QPushButton *m_signIn;
    QLabel *m_problem;
};

} // namespace kehu
