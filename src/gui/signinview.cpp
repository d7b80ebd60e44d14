#include "signinview.h"

#include "workspace.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace kehu {

namespace {

const QString kLastNameKey = QStringLiteral("signIn/lastName");

} // namespace

SignInView::SignInView(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_name(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_signIn(new QPushButton(tr("&Sign In"), this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("signInView"));
    auto *title = new QLabel(tr("<h2>Sign in</h2>"), this);
    auto *intro = new QLabel(
        tr("This customer book is shared: sign in with the name and password its owner gave you.\n%1")
            .arg(workspace.displayAddress()),
        this);
    intro->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("signInName"));
    m_name->setText(QSettings().value(kLastNameKey).toString());
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    m_problem->setObjectName(QStringLiteral("signInProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->hide();

    auto *form = new QWidget(this);
    form->setMaximumWidth(420);
    auto *fields = new QFormLayout;
    fields->addRow(tr("&Name:"), m_name);
    fields->addRow(tr("&Password:"), m_password);
    auto *column = new QVBoxLayout(form);
    column->addWidget(title);
    column->addWidget(intro);
    column->addLayout(fields);
    column->addWidget(m_problem);
    column->addWidget(m_signIn, 0, Qt::AlignRight);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(form, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    connect(m_signIn, &QPushButton::clicked, this, &SignInView::signIn);
    connect(m_name, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    connect(m_password, &QLineEdit::returnPressed, this, &SignInView::signIn);
    setFocusProxy(m_name->text().isEmpty() ? m_name : m_password);
}

bool SignInView::signIn()
{
    QString error;
    const QString name = m_name->text().trimmed();
    const QString password = m_password->text();
    m_password->clear();
    if (!m_workspace.signIn(name, password, &error)) {
        m_problem->setText(error);
        m_problem->show();
        m_password->setFocus();
        return false;
    }
    QSettings().setValue(kLastNameKey, name);
    return true;
}

} // namespace kehu
