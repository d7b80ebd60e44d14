#pragma once

#include <QFrame>

class QLabel;
class QMouseEvent;

namespace kehu {

/// One headline figure of the dashboard: caption, value, and the change against the
/// previous period (green up, red down; "inverted" for figures where up is bad). When made
/// clickable, a click emits clicked() (the dashboard shows the customers behind the figure).
class KpiCard : public QFrame
{
    Q_OBJECT

public:
    explicit KpiCard(const QString &caption, QWidget *parent = nullptr);
    /// @p change is shown as given ("+12", "−3.1%"); @p direction > 0 up, < 0 down, 0 none.
    void setValue(const QString &value, const QString &change, int direction, bool inverted = false);
    QString value() const;
    void setCaption(const QString &caption);
    QString change() const;
    void setClickable(bool clickable);

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    bool m_clickable = false;
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_change;
};

} // namespace kehu
