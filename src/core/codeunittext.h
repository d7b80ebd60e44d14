#pragma once

#include <QString>
#include <QStringView>

#include <type_traits>

namespace kehu::text {

/// A window on text for the hand-written parsers (money, dates, numbers), written once over
/// code units: char for the ASCII fast path, char16_t for decoded text. Every character the
/// parsers look for by itself is one UTF-16 code unit.
template<typename C>
struct Text
{
    Text(const C *data, qsizetype size) : base(data), p(data), n(size) {}

    const C *base; ///< the whole text, for positions
    const C *p;
    qsizetype n;

    char32_t at(qsizetype i) const { return static_cast<std::make_unsigned_t<C>>(p[i]); }
    qsizetype offset(qsizetype i = 0) const { return (p - base) + i; }
    bool startsWith(char32_t c) const { return n > 0 && at(0) == c; }
    bool endsWith(char32_t c) const { return n > 0 && at(n - 1) == c; }
    void dropFront(qsizetype k)
    {
        p += k;
        n -= k;
    }
    void dropBack(qsizetype k) { n -= k; }
};

/// Spaces a cell may carry around its value: space, tab, the ideographic space, no-break space.
inline bool isBlank(char32_t c)
{
    return c == U' ' || c == U'\t' || c == 0x3000 || c == 0xA0;
}

inline bool isDigit(char32_t c)
{
    return c >= U'0' && c <= U'9';
}

template<typename C>
void trim(Text<C> &t)
{
    while (t.n > 0 && isBlank(t.at(0)))
        t.dropFront(1);
    while (t.n > 0 && isBlank(t.at(t.n - 1)))
        t.dropBack(1);
}

/// Whether `text` has full-width forms (０-９, ．, ，, －, （, ）, ＄ ...) as a Chinese input method types them.
inline bool hasFullWidth(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
            return true;
    }
    return false;
}

/// The full-width forms become ASCII, one code unit for one, so positions stay the same.
inline QString foldFullWidth(QStringView text)
{
    QString folded = text.toString();
    for (QChar &c : folded) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(static_cast<char16_t>(u - 0xFF01 + 0x21));
    }
    return folded;
}

} // namespace kehu::text
