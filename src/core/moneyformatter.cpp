#include "moneyformatter.h"

namespace kehu {

namespace {

// The magnitude as unsigned, so that INT64_MIN cannot overflow.
quint64 magnitudeOf(MinorUnits amount)
{
    return amount < 0 ? quint64(0) - static_cast<quint64>(amount) : static_cast<quint64>(amount);
}

// Major units rounded half away from zero, written so that the largest magnitudes cannot overflow.
quint64 roundedMajor(quint64 magnitude, const Currency &currency)
{
    const quint64 scale = quint64(currency.minorPerMajor());
    return magnitude / scale + (scale > 1 && magnitude % scale >= scale / 2 ? 1 : 0);
}

// The major part as `locale` writes whole numbers (grouped unless the locale omits it).
QString grouped(quint64 major, const QLocale &locale)
{
    return locale.toString(static_cast<qulonglong>(major));
}

// The decimal separator and the minor digits, zero-padded; empty for a currency without them.
QString minorPart(quint64 magnitude, const Currency &currency, QStringView decimalPoint)
{
    if (currency.minorDigits() == 0)
        return {};
    const quint64 minor = magnitude % quint64(currency.minorPerMajor());
    return decimalPoint + QStringLiteral("%1").arg(minor, currency.minorDigits(), 10, QLatin1Char('0'));
}

} // namespace

QString MoneyFormatter::format(MinorUnits amount, const Currency &currency, const QLocale &locale)
{
    const quint64 magnitude = magnitudeOf(amount);
    return (amount < 0 ? locale.negativeSign() : QString()) + currency.symbol()
           + grouped(magnitude / quint64(currency.minorPerMajor()), locale)
           + minorPart(magnitude, currency, locale.decimalPoint());
}

QString MoneyFormatter::format(const Money &money, const QLocale &locale)
{
    return format(money.minorUnits(), money.currency(), locale);
}

QString MoneyFormatter::formatWhole(MinorUnits amount, const Currency &currency, const QLocale &locale)
{
    return (amount < 0 ? locale.negativeSign() : QString()) + currency.symbol()
           + grouped(roundedMajor(magnitudeOf(amount), currency), locale);
}

QString MoneyFormatter::formatWholeNumber(MinorUnits amount, const Currency &currency, const QLocale &locale)
{
    const quint64 major = roundedMajor(magnitudeOf(amount), currency);
    return (amount < 0 ? locale.negativeSign() : QString()) + grouped(major, locale);
}

QString MoneyFormatter::formatNumber(MinorUnits amount, const Currency &currency, const QLocale &locale)
{
    const quint64 magnitude = magnitudeOf(amount);
    return (amount < 0 ? locale.negativeSign() : QString())
           + grouped(magnitude / quint64(currency.minorPerMajor()), locale)
           + minorPart(magnitude, currency, locale.decimalPoint());
}

QString MoneyFormatter::editText(MinorUnits amount, const Currency &currency, const QLocale &locale)
{
    const quint64 magnitude = magnitudeOf(amount);
    return (amount < 0 ? locale.negativeSign() : QString())
           + QString::number(magnitude / quint64(currency.minorPerMajor()))
           + minorPart(magnitude, currency, locale.decimalPoint());
}

QString MoneyFormatter::dataFileText(MinorUnits amount, const Currency &currency)
{
    const quint64 magnitude = magnitudeOf(amount);
    return (amount < 0 ? QStringLiteral("-") : QString())
           + QString::number(magnitude / quint64(currency.minorPerMajor())) + minorPart(magnitude, currency, u".");
}

} // namespace kehu
