#pragma once

#include "currency.h"

#include <compare>
#include <cstdint>
#include <optional>

namespace kehu {

/// An amount of money in integer minor units (fen / cents). Never a float: sums stay exact.
/// Negative amounts are refunds. Entities and analytics columns store this; a `Money` pairs
/// it with its currency where the currency matters (parsing, display, arithmetic).
using MinorUnits = std::int64_t;

/// An amount in integer minor units of one currency (12345 in CNY is ¥123.45; 12345 in JPY
/// is ¥12,345). Arithmetic never mixes currencies: adding or comparing amounts of two
/// currencies gives no result (nullopt, or "unordered") instead of a wrong one, and a sum
/// that would leave the qint64 range gives nullopt instead of wrapping. Text in and out goes
/// through MoneyParser and MoneyFormatter.
class Money
{
public:
    Money() = default;
    Money(MinorUnits minorUnits, Currency currency) : m_minorUnits(minorUnits), m_currency(std::move(currency)) {}

    MinorUnits minorUnits() const { return m_minorUnits; }
    const Currency &currency() const { return m_currency; }
    bool isZero() const { return m_minorUnits == 0; }
    bool isNegative() const { return m_minorUnits < 0; }

    /// The sum, or nullopt when the currencies differ or the sum overflows.
    std::optional<Money> plus(const Money &other) const;
    /// The difference, or nullopt when the currencies differ or it overflows.
    std::optional<Money> minus(const Money &other) const;
    /// The amount times a whole factor, or nullopt on overflow.
    std::optional<Money> times(MinorUnits factor) const;
    /// The opposite amount, or nullopt for the one amount without one (INT64_MIN).
    std::optional<Money> negated() const;

    friend bool operator==(const Money &a, const Money &b) = default;
    /// Amounts of one currency are ordered; amounts of two currencies are unordered
    /// (every comparison but != is false).
    friend std::partial_ordering operator<=>(const Money &a, const Money &b)
    {
        if (!(a.m_currency == b.m_currency))
            return std::partial_ordering::unordered;
        return a.m_minorUnits <=> b.m_minorUnits;
    }

private:
    MinorUnits m_minorUnits = 0;
    Currency m_currency;
};

} // namespace kehu
