#include "money.h"

#include <QtNumeric>

namespace kehu {

std::optional<Money> Money::plus(const Money &other) const
{
    MinorUnits sum = 0;
    if (!(m_currency == other.m_currency) || qAddOverflow(m_minorUnits, other.m_minorUnits, &sum))
        return std::nullopt;
    return Money(sum, m_currency);
}

std::optional<Money> Money::minus(const Money &other) const
{
    MinorUnits difference = 0;
    if (!(m_currency == other.m_currency) || qSubOverflow(m_minorUnits, other.m_minorUnits, &difference))
        return std::nullopt;
    return Money(difference, m_currency);
}

std::optional<Money> Money::times(MinorUnits factor) const
{
    MinorUnits product = 0;
    if (qMulOverflow(m_minorUnits, factor, &product))
        return std::nullopt;
    return Money(product, m_currency);
}

std::optional<Money> Money::negated() const
{
    return times(-1);
}

} // namespace kehu
