#include "connectserverdialog.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kehu {

ConnectServerDialog::ConnectServerDialog(const ServerConnectionForm &form, QWidget *parent)
    : QDialog(parent), m_host(new QLineEdit(form.host, this)), m_port(new QSpinBox(this)),
      m_database(new QLineEdit(form.database, this)), m_user(new QLineEdit(form.user, this)),
      m_password(new QLineEdit(form.password, this)), m_sslMode(new QComboBox(this)),
      m_remember(new QCheckBox(tr("Remember the password in this computer's keychain"), this)),
      m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("connectServerDialog"));
    setWindowTitle(tr("Connect to Server"));
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setPlaceholderText(QStringLiteral("localhost"));
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(form.port);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_sslMode->setObjectName(QStringLiteral("sslModeCombo"));
    for (const QString &mode : ServerConnectionForm::sslModes())
        m_sslMode->addItem(ServerConnectionForm::sslModeLabel(mode), mode);
    m_sslMode->setCurrentIndex(std::max(0, m_sslMode->findData(form.sslMode)));
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setChecked(true);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->hide();

    auto *intro = new QLabel(tr("Open the team's customer book on a PostgreSQL server. Whoever runs the server "
                                "gives you these details."),
                             this);
    intro->setWordWrap(true);
    auto *fields = new QFormLayout;
    fields->addRow(tr("&Server:"), m_host);
    fields->addRow(tr("&Port:"), m_port);
    fields->addRow(tr("&Database:"), m_database);
    fields->addRow(tr("&User:"), m_user);
    fields->addRow(tr("Pass&word:"), m_password);
    fields->addRow(tr("&Encryption:"), m_sslMode);
    fields->addRow(QString(), m_remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectServerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectServerDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fields);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    (form.database.isEmpty() ? m_host : m_password)->setFocus();
}

ServerConnectionForm ConnectServerDialog::form() const
{
    ServerConnectionForm form;
    form.host = m_host->text();
    form.port = m_port->value();
    form.database = m_database->text();
    form.user = m_user->text();
    form.password = m_password->text();
    form.sslMode = m_sslMode->currentData().toString();
    return form;
}

bool ConnectServerDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

void ConnectServerDialog::setProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void ConnectServerDialog::accept()
{
    QString problem;
    if (!form().address(&problem)) {
        setProblem(problem);
        return;
    }
    setProblem({});
    QDialog::accept();
}

} // namespace kehu
