#include "fieldparsers.h"

#include "codeunittext.h"

#include <QCoreApplication>

#include <limits>

namespace kehu::FieldParsers {

namespace {

using text::foldFullWidth;
using text::hasFullWidth;
using text::isDigit;
using text::Text;
using text::trim;

QString tr(const char *text)
{
    return QCoreApplication::translate("kehu::ImportIssue", text);
}

// Reads a run of digits at `i`, at most `maxDigits` long; returns how many were read.
template<typename C>
int readDigits(const Text<C> &t, qsizetype &i, int maxDigits, int &value)
{
    int count = 0;
    value = 0;
    while (i < t.n && isDigit(t.at(i)) && count < maxDigits + 1) {
        value = value * 10 + static_cast<int>(t.at(i) - U'0');
        ++i;
        ++count;
    }
    return count;
}

QString expectedDate()
{
    return tr("expected a date such as 2024-03-15 (yyyy-MM-dd, yyyy/MM/dd, yyyy.MM.dd, yyyyMMdd or yyyy年M月d日)");
}

template<typename C>
ParseResult<QDate> dateImpl(Text<C> t, DateFormat format)
{
    trim(t);
    if (t.n == 0)
        return ParseResult<QDate>::failure(expectedDate());

    int year = 0;
    int month = 0;
    int day = 0;
    qsizetype i = 0;
    int a = 0;
    const int da = readDigits(t, i, 8, a);
    if (da == 8 && i == t.n) {
        year = a / 10000;
        month = a / 100 % 100;
        day = a % 100;
    } else {
        if (da == 0 || i >= t.n)
            return ParseResult<QDate>::failure(expectedDate());
        const char32_t sep1 = t.at(i++);
        int b = 0;
        const int db = readDigits(t, i, 4, b);
        if (db == 0 || i >= t.n)
            return ParseResult<QDate>::failure(expectedDate());
        const char32_t sep2 = t.at(i++);
        int c = 0;
        const int dc = readDigits(t, i, 4, c);
        const bool chinese = sep1 == U'年' && sep2 == U'月';
        if (chinese) {
            if (i < t.n && t.at(i) == U'日')
                ++i;
        } else if (sep1 != sep2 || (sep1 != U'-' && sep1 != U'/' && sep1 != U'.')) {
            return ParseResult<QDate>::failure(expectedDate());
        }
        if (i != t.n || dc == 0 || db > 2 || dc > 4)
            return ParseResult<QDate>::failure(expectedDate());
        if (da == 4 && dc <= 2) {
            year = a;
            month = b;
            day = c;
        } else if (!chinese && da <= 2 && dc == 4) {
            switch (format) {
            case DateFormat::YearFirst:
                return ParseResult<QDate>::failure(
                    tr("ambiguous date: the order of day and month is unknown; "
                       "say whether the day or the month comes first (dd/MM/yyyy or MM/dd/yyyy)"));
            case DateFormat::DayMonthYear:
                day = a;
                month = b;
                break;
            case DateFormat::MonthDayYear:
                month = a;
                day = b;
                break;
            }
            year = c;
        } else {
            return ParseResult<QDate>::failure(expectedDate());
        }
    }
    if (year < 1000 || !QDate::isValid(year, month, day))
        return ParseResult<QDate>::failure(tr("expected a real calendar date (this day does not exist)"));
    return ParseResult<QDate>::success(QDate(year, month, day));
}

template<typename C>
ParseResult<int> integerImpl(Text<C> t, int minimum, int maximum)
{
    auto expected = [&] { return tr("expected a whole number from %1 to %2").arg(minimum).arg(maximum); };
    trim(t);
    bool negative = false;
    if (t.startsWith(U'-') || t.startsWith(U'+')) {
        negative = t.startsWith(U'-');
        t.dropFront(1);
    }
    qint64 value = 0;
    qsizetype i = 0;
    while (i < t.n && isDigit(t.at(i))) {
        value = value * 10 + (t.at(i) - U'0');
        if (value > qint64(std::numeric_limits<int>::max()))
            return ParseResult<int>::failure(expected());
        ++i;
    }
    if (i == 0)
        return ParseResult<int>::failure(expected());
    if (i < t.n && t.at(i) == U'.') {
        // Spreadsheets sometimes write whole numbers as 3.0.
        ++i;
        while (i < t.n && t.at(i) == U'0')
            ++i;
    }
    if (i != t.n)
        return ParseResult<int>::failure(expected());
    const qint64 signedValue = negative ? -value : value;
    if (signedValue < minimum || signedValue > maximum)
        return ParseResult<int>::failure(expected());
    return ParseResult<int>::success(static_cast<int>(signedValue));
}

Text<char> asText(QByteArrayView bytes)
{
    return {bytes.data(), bytes.size()};
}

Text<char16_t> asText(QStringView text)
{
    return {text.utf16(), text.size()};
}

QString expectedDateTime()
{
    return tr("expected a date and time such as 2024-03-15 14:30 (yyyy-MM-dd HH:mm or yyyy-MM-dd HH:mm:ss)");
}

} // namespace

QStringView trimmed(QStringView text)
{
    Text<char16_t> t = asText(text);
    trim(t);
    return QStringView(t.p, t.n);
}

std::optional<DateFormat> dateFormatFromName(QStringView name)
{
    const QStringView n = name.trimmed();
    for (const char *key : {"yyyy-MM-dd", "iso", "yyyy/MM/dd", "yyyyMMdd", "yyyy年M月d日"}) {
        if (n == QString::fromUtf8(key))
            return DateFormat::YearFirst;
    }
    for (const char *key : {"dd/MM/yyyy", "dd.MM.yyyy", "dd-MM-yyyy", "d/M/yyyy", "d.M.yyyy", "dmy"}) {
        if (n == QLatin1StringView(key))
            return DateFormat::DayMonthYear;
    }
    for (const char *key : {"MM/dd/yyyy", "MM.dd.yyyy", "MM-dd-yyyy", "M/d/yyyy", "mdy"}) {
        if (n == QLatin1StringView(key))
            return DateFormat::MonthDayYear;
    }
    return std::nullopt;
}

ParseResult<QDate> parseDate(QStringView text, DateFormat format)
{
    if (hasFullWidth(text))
        return dateImpl(asText(QStringView(foldFullWidth(text))), format);
    return dateImpl(asText(text), format);
}

ParseResult<QDate> parseDate(QByteArrayView ascii, DateFormat format)
{
    return dateImpl(asText(ascii), format);
}

ParseResult<QDateTime> parseDateTime(QStringView text, DateFormat format)
{
    const QString folded = hasFullWidth(text) ? foldFullWidth(text) : text.toString();
    const QStringView t = trimmed(folded);
    qsizetype split = t.indexOf(u' ');
    if (split < 0)
        split = t.indexOf(u'T');
    const QStringView datePart = split < 0 ? t : t.first(split);
    const ParseResult<QDate> date = parseDate(datePart, format);
    if (!date.ok())
        return ParseResult<QDateTime>::failure(split < 0 ? date.expected : expectedDateTime());
    if (split < 0)
        return ParseResult<QDateTime>::success(QDateTime(*date.value, QTime(0, 0)));

    Text<char16_t> tt = asText(trimmed(t.sliced(split + 1)));
    qsizetype i = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    const int dh = readDigits(tt, i, 2, hour);
    if (dh < 1 || dh > 2 || i >= tt.n || tt.at(i) != U':')
        return ParseResult<QDateTime>::failure(expectedDateTime());
    ++i;
    if (readDigits(tt, i, 2, minute) != 2)
        return ParseResult<QDateTime>::failure(expectedDateTime());
    if (i < tt.n && tt.at(i) == U':') {
        ++i;
        if (readDigits(tt, i, 2, second) != 2)
            return ParseResult<QDateTime>::failure(expectedDateTime());
        if (i < tt.n && tt.at(i) == U'.') {
            ++i;
            while (i < tt.n && isDigit(tt.at(i)))
                ++i;
        }
    }
    if (i != tt.n || !QTime::isValid(hour, minute, second))
        return ParseResult<QDateTime>::failure(expectedDateTime());
    return ParseResult<QDateTime>::success(QDateTime(*date.value, QTime(hour, minute, second)));
}

ParseResult<int> parseInteger(QStringView text, int minimum, int maximum)
{
    if (hasFullWidth(text))
        return integerImpl(asText(QStringView(foldFullWidth(text))), minimum, maximum);
    return integerImpl(asText(text), minimum, maximum);
}

ParseResult<int> parseInteger(QByteArrayView ascii, int minimum, int maximum)
{
    return integerImpl(asText(ascii), minimum, maximum);
}

} // namespace kehu::FieldParsers
