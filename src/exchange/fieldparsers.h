#pragma once

#include "money.h"

#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

namespace kehu {

/// A parsed value, or a translated sentence saying what was expected ("expected a date such
/// as 2024-03-15 ..."). Exactly one of the two is set.
template<typename T>
struct ParseResult
{
    std::optional<T> value;
    QString expected;

    bool ok() const { return value.has_value(); }
    static ParseResult success(T v) { return {std::move(v), {}}; }
    static ParseResult failure(QString why) { return {std::nullopt, std::move(why)}; }
};

/// How to read dates whose year comes last. ISO forms (year first) are always accepted:
/// yyyy-MM-dd, yyyy/MM/dd, yyyy.MM.dd, yyyyMMdd and the Chinese yyyy年M月d日, which are
/// unambiguous. A date like 03/04/2024 is only read when the day/month order was named:
/// we never guess.
enum class DateFormat {
    YearFirst,    ///< only the year-first forms above (the default)
    DayMonthYear, ///< also dd/MM/yyyy, dd.MM.yyyy, dd-MM-yyyy
    MonthDayYear, ///< also MM/dd/yyyy, MM.dd.yyyy, MM-dd-yyyy
};

/// Parsers for the values found in import files. They trim blanks (also U+3000 ideographic
/// space and no-break space) and never use floating point. Overloads taking QByteArrayView
/// are the fast path for fields that are pure ASCII (the caller checks; ASCII bytes are the
/// same in UTF-8, GB18030 and Latin-1); they give the same results as the QStringView ones.
/// An empty value is an error here: callers decide whether a column may be empty.
namespace FieldParsers {

/// "yyyy-MM-dd", "iso", "dd/MM/yyyy", "dd.MM.yyyy", "dd-MM-yyyy", "dmy", "MM/dd/yyyy",
/// "MM.dd.yyyy", "mdy", "yyyy年M月d日" (case-sensitive for the patterns: MM is month).
std::optional<DateFormat> dateFormatFromName(QStringView name);

ParseResult<QDate> parseDate(QStringView text, DateFormat format = DateFormat::YearFirst);
ParseResult<QDate> parseDate(QByteArrayView ascii, DateFormat format = DateFormat::YearFirst);

/// A date, optionally followed by a space or 'T' and HH:mm or HH:mm:ss (fractions of a
/// second are ignored). A date alone means midnight. Local time.
ParseResult<QDateTime> parseDateTime(QStringView text, DateFormat format = DateFormat::YearFirst);

// Money is read by MoneyParser (core/moneyparser.h): MoneyParser::forDataFiles(currency).

/// A whole number in [minimum, maximum]; "3.0" is accepted as 3, "3.5" is not.
ParseResult<int> parseInteger(QStringView text, int minimum, int maximum);
ParseResult<int> parseInteger(QByteArrayView ascii, int minimum, int maximum);

/// Trims blanks, including U+3000 and U+00A0, which QString::trimmed() keeps or not
/// depending on the version.
QStringView trimmed(QStringView text);

} // namespace FieldParsers

} // namespace kehu
