#pragma once

#include <QFrame>

class QLabel;

namespace kehu {

/// One headline figure of the dashboard: caption, value, and the change against the
/// previous period (green up, red down; "inverted" for figures where up is bad).
class KpiCard : public QFrame
{
    Q_OBJECT

public:
    explicit KpiCard(const QString &caption, QWidget *parent = nullptr);
    /// @p change is shown as given ("+12", "−3.1%"); @p direction > 0 up, < 0 down, 0 none.
    void setValue(const QString &value, const QString &change, int direction, bool inverted = false);
    QString value() const;
    void setCaption(const QString &caption);

private:
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_change;
};

} // namespace kehu
