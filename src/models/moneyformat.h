#pragma once

#include "core/money.h"

#include <QLocale>
#include <QString>

namespace kehu {

/// Money for display, from integer minor units (fen / cents) without a detour through
/// floating point: the major part is grouped by the locale ("1,234" or "1 234"), the two
/// minor digits follow the locale's decimal point, and the currency's symbol comes first.
namespace MoneyFormat {

/// "¥1,234.50" for 123450 in CNY under an English or Chinese locale.
QString format(MinorUnits amount, const QString &currency, const QLocale &locale = QLocale());
/// Without the minor digits, rounded half away from zero: "¥1,235".
QString formatWhole(MinorUnits amount, const QString &currency, const QLocale &locale = QLocale());
/// The symbol shown for an ISO 4217 code ("¥" for CNY, "HK$" for HKD); the code when unknown.
QString symbol(const QString &currency);

} // namespace MoneyFormat

} // namespace kehu
