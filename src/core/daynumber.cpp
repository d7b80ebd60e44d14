#include "daynumber.h"

#include <algorithm>
#include <iterator>

namespace kehu {

QString isoDate(QDate date)
{
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (!date.isValid() || year < 0 || year > 9999)
        return date.toString(Qt::ISODate);
    const char16_t text[10] = {
        char16_t(u'0' + year / 1000),
        char16_t(u'0' + year / 100 % 10),
        char16_t(u'0' + year / 10 % 10),
        char16_t(u'0' + year % 10),
        u'-',
        char16_t(u'0' + month / 10),
        char16_t(u'0' + month % 10),
        u'-',
        char16_t(u'0' + day / 10),
        char16_t(u'0' + day % 10),
    };
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

QLatin1StringView isoDate(QDate date, char (&buffer)[10])
{
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (!date.isValid() || year < 0 || year > 9999)
        return {};
    const char text[10] = {char('0' + year / 1000),
                           char('0' + year / 100 % 10),
                           char('0' + year / 10 % 10),
                           char('0' + year % 10),
                           '-',
                           char('0' + month / 10),
                           char('0' + month % 10),
                           '-',
                           char('0' + day / 10),
                           char('0' + day % 10)};
    std::copy(std::begin(text), std::end(text), buffer);
    return QLatin1StringView(buffer, 10);
}

bool parseIsoDay(const char *text, qsizetype size, DayNumber *day)
{
    if (size != 10 || text[4] != '-' || text[7] != '-')
        return false;
    int digits[8];
    const int positions[8] = {0, 1, 2, 3, 5, 6, 8, 9};
    for (int i = 0; i < 8; ++i) {
        const char c = text[positions[i]];
        if (c < '0' || c > '9')
            return false;
        digits[i] = c - '0';
    }
    const int year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
    const unsigned month = unsigned(digits[4] * 10 + digits[5]);
    const unsigned dayOfMonth = unsigned(digits[6] * 10 + digits[7]);
    static constexpr unsigned kDaysInMonth[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > kDaysInMonth[month - 1])
        return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (month == 2 && dayOfMonth == 29 && !leap)
        return false;
    // Days from civil (Howard Hinnant's algorithm): no QDate allocation per row on the hot path.
    const int y = year - (month <= 2 ? 1 : 0);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + dayOfMonth - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    *day = era * 146097 + int(doe) - 719468;
    return true;
}

} // namespace kehu
