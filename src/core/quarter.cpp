#include "quarter.h"

#include <QRegularExpression>

namespace kehu {

std::optional<Quarter> Quarter::parse(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-?[Qq]([1-4])$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    return Quarter{match.capturedView(1).toInt(), match.capturedView(2).toInt()};
}

Quarter Quarter::containing(QDate date)
{
    return Quarter{date.year(), (date.month() - 1) / 3 + 1};
}

QList<Quarter> Quarter::between(QDate first, QDate last)
{
    QList<Quarter> quarters;
    if (!first.isValid() || !last.isValid() || first > last)
        return quarters;
    const Quarter oldest = containing(first);
    for (Quarter q = containing(last);; q = q.previous()) {
        quarters << q;
        if (q == oldest)
            break;
    }
    return quarters;
}

} // namespace kehu
