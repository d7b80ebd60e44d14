#include "core/quarter.h"

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

} // namespace kehu
