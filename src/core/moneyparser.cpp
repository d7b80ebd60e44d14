#include "moneyparser.h"

#include "codeunittext.h"

#include <QCoreApplication>

#include <array>
#include <limits>
#include <type_traits>

namespace kehu {

namespace {

using text::foldFullWidth;
using text::hasFullWidth;
using text::isBlank;
using text::isDigit;
using text::Text;
using text::trim;

// Core has no QObject: its messages are marked with QT_TRANSLATE_NOOP in this context and
// translated here, when they are made.
constexpr const char *kContext = "kehu::MoneyParser";

QString translated(const char *source)
{
    return QCoreApplication::translate(kContext, source);
}

bool isSpaceLike(char32_t c)
{
    return c == U' ' || c == 0xA0 || c == 0x202F;
}

char32_t upper(char32_t c)
{
    return c >= U'a' && c <= U'z' ? c - (U'a' - U'A') : c;
}

// Case-insensitive for ASCII letters.
template<typename C>
bool matchesAt(const Text<C> &t, qsizetype from, QStringView token)
{
    if (token.isEmpty() || from < 0 || from + token.size() > t.n)
        return false;
    for (qsizetype k = 0; k < token.size(); ++k) {
        if (upper(t.at(from + k)) != upper(token.at(k).unicode()))
            return false;
    }
    return true;
}

template<typename C>
bool dropPrefix(Text<C> &t, QStringView token)
{
    if (!matchesAt(t, 0, token))
        return false;
    t.dropFront(token.size());
    return true;
}

template<typename C>
bool dropSuffix(Text<C> &t, QStringView token)
{
    if (!matchesAt(t, t.n - token.size(), token))
        return false;
    t.dropBack(token.size());
    return true;
}

class Reader
{
public:
    Reader(const Currency &currency, QStringView symbol, char16_t decimalPoint, char16_t groupSeparator)
        : m_currency(currency), m_decimalPoint(decimalPoint), m_groupSeparator(groupSeparator),
          // The currency's own marks first, so that "HK$" is taken whole.
          m_prefixes{symbol, currency.code(), u"RMB", u"CNY", u"¥", u"￥", u"$", u"€"},
          m_suffixes{symbol, currency.code(), u"RMB", u"CNY", u"元", u"€"}
    {}

    template<typename C>
    MoneyParseResult read(Text<C> t) const;

private:
    /// Takes the sign, parentheses and currency marks off both ends; true when negative.
    template<typename C>
    bool stripSignsAndMarks(Text<C> &t) const;
    /// Reads the fraction after the decimal point at `i` into `minor` (in minor units);
    /// an error when it has more digits than the currency or none at all after no whole part.
    template<typename C>
    std::optional<MoneyParseResult> readFraction(const Text<C> &t, qsizetype &i, bool hadWhole, quint64 &minor) const;

public:
private:
    bool isGroup(char32_t c) const
    {
        return c == m_groupSeparator || (isSpaceLike(m_groupSeparator) && isSpaceLike(c));
    }

    // "1234.50": the example digits with this currency's decimals.
    QString fraction(QStringView digits) const
    {
        const int n = m_currency.minorDigits();
        if (n == 0)
            return {};
        return QChar(m_decimalPoint) + digits.toString().leftJustified(n, u'0', true);
    }

    MoneyParseResult failure(QString error, qsizetype position) const
    {
        return {std::nullopt, std::move(error), position};
    }

    MoneyParseResult expectedAmount(qsizetype position) const
    {
        const QString frac = fraction(u"50");
        const QString grouped = QStringLiteral("1") + QChar(m_groupSeparator) + QStringLiteral("234") + frac;
        return failure(translated(QT_TRANSLATE_NOOP("kehu::MoneyParser", "expected an amount such as %1, %2 or %3"))
                           .arg(QStringLiteral("1234") + frac, grouped, m_currency.symbol() + grouped),
                       position);
    }

    MoneyParseResult expectedGroups(qsizetype position) const
    {
        const QChar g(m_groupSeparator);
        return failure(
            translated(
                QT_TRANSLATE_NOOP("kehu::MoneyParser", "expected thousands separators in groups of three, as in %1"))
                .arg(QStringLiteral("1") + g + QStringLiteral("234") + g + QStringLiteral("567") + fraction(u"89")),
            position);
    }

    MoneyParseResult tooLarge(qsizetype position) const
    {
        return failure(
            translated(QT_TRANSLATE_NOOP("kehu::MoneyParser", "expected a smaller amount (too large to store)")),
            position);
    }

    MoneyParseResult tooManyDecimals(qsizetype position) const
    {
        if (m_currency.minorDigits() == 0)
            return failure(translated(QT_TRANSLATE_NOOP("kehu::MoneyParser",
                                                        "expected a whole amount for %1 (it has no decimal places)"))
                               .arg(m_currency.code()),
                           position);
        return failure(translated(QT_TRANSLATE_NOOP("kehu::MoneyParser", "expected at most %1 decimal places for %2"))
                           .arg(m_currency.minorDigits())
                           .arg(m_currency.code()),
                       position);
    }

    const Currency &m_currency;
    char16_t m_decimalPoint;
    char16_t m_groupSeparator;
    std::array<QStringView, 8> m_prefixes;
    std::array<QStringView, 6> m_suffixes;
};

template<typename C>
bool Reader::stripSignsAndMarks(Text<C> &t) const
{
    bool negative = false;
    if (t.startsWith(U'(') && t.endsWith(U')')) {
        negative = true;
        t.dropFront(1);
        t.dropBack(1);
    }
    // Signs and currency marks may come in either order: "-¥12", "¥-12", "12元", "RMB 12".
    bool signSeen = false;
    for (bool changed = true; changed;) {
        changed = false;
        trim(t);
        if (!signSeen && !negative && (t.startsWith(U'-') || t.startsWith(0x2212))) {
            negative = signSeen = changed = true;
            t.dropFront(1);
            continue;
        }
        if (!signSeen && t.startsWith(U'+')) {
            signSeen = changed = true;
            t.dropFront(1);
            continue;
        }
        for (QStringView mark : m_prefixes) {
            if (dropPrefix(t, mark)) {
                changed = true;
                break;
            }
        }
        if (changed)
            continue;
        for (QStringView mark : m_suffixes) {
            if (dropSuffix(t, mark)) {
                changed = true;
                break;
            }
        }
    }
    return negative;
}

template<typename C>
std::optional<MoneyParseResult> Reader::readFraction(const Text<C> &t, qsizetype &i, bool hadWhole,
                                                     quint64 &minor) const
{
    if (i < t.n && t.at(i) == m_decimalPoint) {
        ++i;
        int fractionDigits = 0;
        while (i < t.n && isDigit(t.at(i))) {
            const quint64 d = t.at(i) - U'0';
            if (fractionDigits < m_currency.minorDigits())
                minor = minor * 10 + d;
            else if (d != 0)
                return tooManyDecimals(t.offset(i));
            ++fractionDigits;
            ++i;
        }
        for (int k = fractionDigits; k < m_currency.minorDigits(); ++k)
            minor *= 10;
        if (fractionDigits == 0 && !hadWhole)
            return expectedAmount(t.offset(i - 1));
    } else if (!hadWhole) {
        return expectedAmount(t.offset(i));
    }
    return std::nullopt;
}

template<typename C>
MoneyParseResult Reader::read(Text<C> t) const
{
    trim(t);
    if (t.n == 0)
        return expectedAmount(t.offset());

    const bool negative = stripSignsAndMarks(t);
    if (t.n == 0)
        return expectedAmount(t.offset());

    // The magnitude is read as unsigned so that INT64_MIN itself can be read.
    const quint64 limit = negative ? quint64(1) << 63 : quint64(std::numeric_limits<qint64>::max());
    const quint64 scale = quint64(m_currency.minorPerMajor());
    quint64 whole = 0;
    qsizetype i = 0;
    int digits = 0;     // digits in the current group
    int groups = 0;     // groups closed by a group separator
    int firstGroup = 0; // digits before the first separator
    qsizetype groupAt = -1;
    while (i < t.n) {
        const char32_t c = t.at(i);
        if (isDigit(c)) {
            const quint64 d = c - U'0';
            if (whole > (limit - d) / 10 || (whole * 10 + d) > limit / scale)
                return tooLarge(t.offset(i));
            whole = whole * 10 + d;
            ++digits;
            ++i;
        } else if (isGroup(c) && c != m_decimalPoint) {
            if (groups == 0) {
                firstGroup = digits;
                if (digits < 1 || digits > 3)
                    return expectedAmount(t.offset(i));
            } else if (digits != 3) {
                break; // reported below
            }
            ++groups;
            groupAt = i;
            digits = 0;
            ++i;
        } else {
            break;
        }
    }
    if (groups > 0 && digits != 3) {
        // "12,50" is a decimal comma (German or French Excel) where a decimal point is
        // expected; never guess which was meant.
        if (m_decimalPoint == u'.' && m_groupSeparator == u',' && groups == 1 && firstGroup >= 1 && digits >= 1
            && digits <= 2 && i == t.n)
            return failure(
                translated(QT_TRANSLATE_NOOP("kehu::MoneyParser",
                                             "expected a decimal point, not a decimal comma: write 12.50, not 12,50")),
                t.offset(groupAt));
        return expectedGroups(t.offset(groupAt));
    }
    const bool hadWhole = groups > 0 || digits > 0;
    quint64 minor = 0;
    if (const auto error = readFraction(t, i, hadWhole, minor))
        return *error;
    if (i != t.n)
        return expectedAmount(t.offset(i));
    if (whole > (limit - minor) / scale)
        return tooLarge(t.offset());
    const quint64 magnitude = whole * scale + minor;
    // Two's complement: the negation of the magnitude, as unsigned, is the negative amount.
    const MinorUnits amount = negative ? static_cast<MinorUnits>(quint64(0) - magnitude)
                                       : static_cast<MinorUnits>(magnitude);
    return {Money(amount, m_currency), QString(), -1};
}

char16_t singleCodeUnit(const QString &text, char16_t fallback)
{
    return text.size() == 1 ? text.at(0).unicode() : fallback;
}

} // namespace

MoneyParser::MoneyParser(Currency currency, const QLocale &locale)
    : MoneyParser(std::move(currency), singleCodeUnit(locale.decimalPoint(), u'.'),
                  singleCodeUnit(locale.groupSeparator(), u','))
{}

MoneyParser::MoneyParser(Currency currency, char16_t decimalPoint, char16_t groupSeparator)
    : m_currency(std::move(currency)), m_symbol(m_currency.symbol().trimmed()), m_decimalPoint(decimalPoint),
      m_groupSeparator(groupSeparator)
{}

MoneyParser MoneyParser::forDataFiles(Currency currency)
{
    return MoneyParser(std::move(currency), u'.', u',');
}

MoneyParseResult MoneyParser::parse(QStringView text) const
{
    const Reader reader(m_currency, m_symbol, m_decimalPoint, m_groupSeparator);
    if (hasFullWidth(text)) {
        const QString folded = foldFullWidth(text);
        const char16_t *data = QStringView(folded).utf16();
        return reader.read(Text<char16_t>(data, folded.size()));
    }
    const char16_t *data = text.utf16();
    return reader.read(Text<char16_t>(data, text.size()));
}

MoneyParseResult MoneyParser::parse(QByteArrayView ascii) const
{
    const Reader reader(m_currency, m_symbol, m_decimalPoint, m_groupSeparator);
    return reader.read(Text<char>(ascii.data(), ascii.size()));
}

} // namespace kehu
