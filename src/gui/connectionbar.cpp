#include "connectionbar.h"

#include "workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace kehu {

ConnectionBar::ConnectionBar(QWidget *parent)
    : QFrame(parent), m_message(new QLabel(this)), m_reconnect(new QPushButton(tr("&Reconnect"), this))
{
    setObjectName(QStringLiteral("connectionBar"));
    m_message->setObjectName(QStringLiteral("connectionMessage"));
    m_reconnect->setObjectName(QStringLiteral("reconnectButton"));
    m_message->setWordWrap(true);
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(icon);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_reconnect);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette warning = palette();
    warning.setColor(QPalette::Window, QColor(0xfff4e5));
    warning.setColor(QPalette::WindowText, QColor(0x5f370e));
    setPalette(warning);
    connect(m_reconnect, &QPushButton::clicked, this, &ConnectionBar::reconnect);
    hide();
}

void ConnectionBar::watch(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    hide();
    if (!workspace)
        return;
    connect(workspace, &Workspace::connectionLost, this, [this] { showLost(m_workspace->displayAddress()); });
    connect(workspace, &Workspace::connectionRestored, this, &QWidget::hide);
}

QSize ConnectionBar::sizeHint() const
{
    return isHidden() ? QSize() : QFrame::sizeHint();
}

QSize ConnectionBar::minimumSizeHint() const
{
    return isHidden() ? QSize() : QFrame::minimumSizeHint();
}

void ConnectionBar::showLost(const QString &book)
{
    m_message->setText(tr("The connection to %1 was lost. Nothing half-written was stored; what you typed is still "
                          "on the screen. Reconnect, then save again.")
                           .arg(book));
    show();
}

void ConnectionBar::reconnect()
{
    QString error;
    if (!m_workspace->reconnect(&error))
        m_message->setText(tr("The server %1 still cannot be reached: %2. Check the network or ask whoever runs "
                              "the server, then try again.")
                               .arg(m_workspace->displayAddress(), error));
}

} // namespace kehu
