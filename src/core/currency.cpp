#include "currency.h"

#include <array>

namespace kehu {

namespace {

struct CurrencyFacts
{
    char16_t code[4];
    int minorDigits;
    const char16_t *symbol; ///< empty: show the code
};

// ISO 4217 minor units; the symbols are the ones Kehu has always shown.
constexpr std::array<CurrencyFacts, 12> kCurrencies{{
    {u"CNY", 2, u"¥"},
    {u"HKD", 2, u"HK$"},
    {u"TWD", 2, u"NT$"},
    {u"USD", 2, u"$"},
    {u"EUR", 2, u"€"},
    {u"GBP", 2, u"£"},
    {u"SGD", 2, u"S$"},
    {u"AUD", 2, u"A$"},
    {u"JPY", 0, u"JP¥"},
    {u"KRW", 0, u"₩"},
    {u"MOP", 2, u"MOP$"},
    {u"KWD", 3, u""},
}};

const CurrencyFacts *find(QStringView code)
{
    for (const CurrencyFacts &facts : kCurrencies) {
        if (code == QStringView(facts.code))
            return &facts;
    }
    return nullptr;
}

} // namespace

Currency::Currency(QStringView code) : m_code(code.trimmed().toString().toUpper())
{
    const CurrencyFacts *facts = find(m_code);
    m_minorDigits = facts ? facts->minorDigits : 2;
}

qint64 Currency::minorPerMajor() const
{
    qint64 scale = 1;
    for (int i = 0; i < m_minorDigits; ++i)
        scale *= 10;
    return scale;
}

QString Currency::symbol() const
{
    const CurrencyFacts *facts = find(m_code);
    if (!facts || !*facts->symbol)
        return m_code + u' ';
    // The table is static: no copy, no allocation (the import parser asks for every field).
    const QStringView symbol(facts->symbol);
    return QString::fromRawData(symbol.data(), symbol.size());
}

bool Currency::isKnown() const
{
    return find(m_code) != nullptr;
}

QStringList Currency::knownCodes()
{
    QStringList codes;
    for (const CurrencyFacts &facts : kCurrencies)
        codes << QString::fromUtf16(facts.code);
    return codes;
}

} // namespace kehu
