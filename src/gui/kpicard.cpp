#include "kpicard.h"

#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace kehu {

KpiCard::KpiCard(const QString &caption, QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(
        QStringLiteral("kehu--KpiCard { background: white; border: 1px solid #d0d7e2; border-radius: 6px; }"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(2);
    m_title = new QLabel(caption, this);
    m_title->setObjectName(QStringLiteral("kpiCaption"));
    m_title->setStyleSheet(QStringLiteral("color: #566;"));
    m_value = new QLabel(this);
    m_value->setObjectName(QStringLiteral("kpiValue"));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_value->setFont(big);
    m_change = new QLabel(this);
    m_change->setObjectName(QStringLiteral("kpiChange"));
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
}

void KpiCard::setValue(const QString &value, const QString &change, int direction, bool inverted)
{
    m_value->setText(value);
    const bool good = inverted ? direction < 0 : direction > 0;
    const QString arrow = direction > 0 ? QStringLiteral("▲ ") : direction < 0 ? QStringLiteral("▼ ") : QString();
    m_change->setText(arrow + change);
    m_change->setStyleSheet(direction == 0 ? QStringLiteral("color: #777;")
                            : good         ? QStringLiteral("color: #1b8a3a;")
                                           : QStringLiteral("color: #c0392b;"));
}

void KpiCard::setCaption(const QString &caption)
{
    m_title->setText(caption);
}

QString KpiCard::value() const
{
    return m_value->text();
}

QString KpiCard::change() const
{
    return m_change->text();
}

void KpiCard::setClickable(bool clickable)
{
    m_clickable = clickable;
    setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

void KpiCard::mouseReleaseEvent(QMouseEvent *event)
{
    QFrame::mouseReleaseEvent(event);
    if (m_clickable && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit clicked();
}

} // namespace kehu
