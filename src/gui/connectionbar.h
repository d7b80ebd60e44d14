#pragma once

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;

namespace kehu {

class Workspace;

/// The status bar's word when the connection to a server book broke: what happened, that
/// nothing half-written was stored, and a Reconnect button. Hidden while the connection is
/// fine; it follows the Workspace's connectionLost() and connectionRestored().
class ConnectionBar : public QFrame
{
    Q_OBJECT

public:
    explicit ConnectionBar(QWidget *parent = nullptr);

    /// Follows `workspace` (null: none, hidden).
    void watch(Workspace *workspace);
    /// Says that the connection to `book` (as people see its address) was lost.
    void showLost(const QString &book);

    /// Empty while hidden: QStatusBar sizes itself by every widget it holds, hidden or not, and
    /// would otherwise be twice as tall on every screen.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    void reconnect();

    QPointer<Workspace> m_workspace; ///< null once the window let the book go
    QLabel *m_message;
    QPushButton *m_reconnect;
};

} // namespace kehu
