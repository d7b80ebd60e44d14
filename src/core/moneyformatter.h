#pragma once

#include "money.h"

#include <QLocale>
#include <QString>

namespace kehu {

/// Money as text, from integer minor units without a detour through floating point, so
/// every amount a qint64 holds is shown exactly. For display the major part is grouped by
/// the locale ("1,234" or "1.234"), the currency's minor digits (two for CNY, none for JPY)
/// follow the locale's decimal point, and the currency's symbol comes first, after the sign.
/// For data files (CSV, JSON) amounts are plain: "1234.50", whatever the locale.
class MoneyFormatter
{
public:
    /// "¥1,234.50" for 123450 in CNY under an English or Chinese locale; "-$0.05" for -5 in USD;
    /// "€1.234,50" in German; "JP¥1,234" for 1234 in JPY.
    static QString format(MinorUnits amount, const Currency &currency, const QLocale &locale = QLocale());
    static QString format(const Money &money, const QLocale &locale = QLocale());
    /// Without the minor digits, rounded half away from zero: "¥1,235" for 123450 in CNY.
    static QString formatWhole(MinorUnits amount, const Currency &currency, const QLocale &locale = QLocale());
    /// Rounded like formatWhole(), grouped, no symbol: "1,235" (the customer list's CLV column).
    static QString formatWholeNumber(MinorUnits amount, const Currency &currency, const QLocale &locale = QLocale());
    /// Grouped, with the minor digits and no symbol: "1,234.50" (report tables).
    static QString formatNumber(MinorUnits amount, const Currency &currency, const QLocale &locale = QLocale());
    /// What an editor shows for the user to change: no symbol, no grouping, the locale's
    /// decimal point and the currency's digits ("1234.50"; "1234,50" in German). MoneyParser
    /// with the same locale reads it back.
    static QString editText(MinorUnits amount, const Currency &currency, const QLocale &locale = QLocale());
    /// For data files: "1234.50" for 123450 in CNY, "-0.05" for -5, "1234" for 1234 in JPY;
    /// no grouping, a decimal point, always the currency's number of digits.
    static QString dataFileText(MinorUnits amount, const Currency &currency = Currency());
};

} // namespace kehu
