#include "models/moneyformat.h"

namespace kehu::MoneyFormat {

QString symbol(const QString &currency)
{
    if (currency == u"CNY") return QStringLiteral("¥");
    if (currency == u"HKD") return QStringLiteral("HK$");
    if (currency == u"TWD") return QStringLiteral("NT$");
    if (currency == u"USD") return QStringLiteral("$");
    if (currency == u"EUR") return QStringLiteral("€");
    if (currency == u"GBP") return QStringLiteral("£");
    if (currency == u"SGD") return QStringLiteral("S$");
    if (currency == u"AUD") return QStringLiteral("A$");
    return currency + u' ';
}

QString format(MinorUnits amount, const QString &currency, const QLocale &locale)
{
    const bool negative = amount < 0;
    // Work on the magnitude as unsigned so that INT64_MIN cannot overflow.
    const auto magnitude = negative ? 0ULL - static_cast<unsigned long long>(amount)
                                    : static_cast<unsigned long long>(amount);
    const unsigned long long major = magnitude / 100;
    const unsigned long long minor = magnitude % 100;
    QString text = locale.toString(static_cast<qulonglong>(major)) + locale.decimalPoint() +
                   QStringLiteral("%1").arg(minor, 2, 10, QLatin1Char('0'));
    return (negative ? locale.negativeSign() : QString()) + symbol(currency) + text;
}

QString formatWhole(MinorUnits amount, const QString &currency, const QLocale &locale)
{
    const bool negative = amount < 0;
    const auto magnitude = negative ? 0ULL - static_cast<unsigned long long>(amount)
                                    : static_cast<unsigned long long>(amount);
    const unsigned long long major = (magnitude + 50) / 100;
    return (negative ? locale.negativeSign() : QString()) + symbol(currency) +
           locale.toString(static_cast<qulonglong>(major));
}

} // namespace kehu::MoneyFormat
