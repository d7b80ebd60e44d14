#pragma once

#include "money.h"

#include <QByteArrayView>
#include <QLocale>
#include <QString>
#include <QStringView>

#include <optional>

namespace kehu {

/// What MoneyParser read: an amount, or a translated sentence saying what was expected
/// ("expected at most 2 decimal places for CNY") and where in the text the problem is.
/// Exactly one of `value` and `error` is set.
struct MoneyParseResult
{
    std::optional<Money> value;
    QString error;
    /// Index in the text given to parse() of the character found wrong; -1 on success.
    qsizetype position = -1;

    bool ok() const { return value.has_value(); }
    /// The minor units, or nullopt on error.
    std::optional<MinorUnits> minorUnits() const
    {
        return value ? std::optional<MinorUnits>(value->minorUnits()) : std::nullopt;
    }
};

/// Reads money typed by a user or found in a file into integer minor units of one currency,
/// with integer arithmetic only (never a double). Accepted:
/// - digits with the locale's decimal separator and its group separator in groups of three
///   ("1,234.50" in English or Chinese, "1.234,50" in German; "1 234,50" where the group
///   separator is a space, which then also matches U+00A0 and U+202F);
/// - an optional sign ("-", "+", U+2212) or parentheses for a negative amount (a refund);
/// - currency marks before or after the number: ¥, ￥, $, €, "RMB", "CNY", 元 after, and the
///   currency's own code and symbol ("HK$", "USD"), in any case;
/// - full-width digits and punctuation as Chinese input methods type them ("１２３．５").
/// More decimals than the currency has are refused unless the extra digits are all zero
/// ("12.500" is 12.50 in CNY; "12.345" is an error; "12.5" is an error in JPY). Amounts that do
/// not fit in qint64 minor units are refused. Blanks around the text (also U+3000) are ignored;
/// empty text is an error (callers decide whether a value may be empty).
class MoneyParser
{
public:
    /// Parses with `locale`'s separators.
    explicit MoneyParser(Currency currency = Currency(), const QLocale &locale = QLocale());

    /// The parser for data files (CSV imports): a decimal point and comma grouping whatever
    /// the user's locale, and "12,50" is refused as a decimal comma instead of guessed.
    static MoneyParser forDataFiles(Currency currency = Currency());

    MoneyParseResult parse(QStringView text) const;
    /// The fast path for fields known to be ASCII (same results as the QStringView overload).
    MoneyParseResult parse(QByteArrayView ascii) const;

    const Currency &currency() const { return m_currency; }

private:
    MoneyParser(Currency currency, char16_t decimalPoint, char16_t groupSeparator);

    Currency m_currency;
    QString m_symbol; ///< without the space of an unknown code's symbol
    char16_t m_decimalPoint = u'.';
    char16_t m_groupSeparator = u',';
};

} // namespace kehu
