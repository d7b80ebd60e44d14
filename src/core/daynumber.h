#pragma once

#include <QDate>
#include <QLatin1StringView>
#include <QString>

#include <cstdint>

namespace kehu {

/// Calendar days since 1970-01-01, the time axis of every analytics column.
/// Stored dates stay ISO-8601 text; day numbers exist only in memory.
using DayNumber = std::int32_t;

inline constexpr qint64 kUnixEpochJulianDay = 2440588;

inline DayNumber toDayNumber(QDate date)
{
    return static_cast<DayNumber>(date.toJulianDay() - kUnixEpochJulianDay);
}

inline QDate fromDayNumber(DayNumber day)
{
    return QDate::fromJulianDay(kUnixEpochJulianDay + day);
}

/// "YYYY-MM-DD" of a date, without QDate::toString's locale machinery: the import and
/// snapshot writers format millions of dates.
QString isoDate(QDate date);

/// The same into a caller's buffer of 10 chars, for hot paths that bind ASCII directly.
/// Years outside 0..9999 give an empty view.
QLatin1StringView isoDate(QDate date, char (&buffer)[10]);

/// Parses exactly "YYYY-MM-DD" (what Kehu stores) from UTF-8 or Latin-1 bytes; false when the
/// text is not such a date.
bool parseIsoDay(const char *text, qsizetype size, DayNumber *day);

} // namespace kehu
