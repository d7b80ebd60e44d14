#include "namepinyin.h"

#include <QHash>
#include <QStringList>

#include <memory>

#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace kehu::NamePinyin {

namespace {

/// One thread's transliterators and the syllable of every character met so far, as a
/// surname (first character) and elsewhere.
class Reader
{
public:
    Reader()
    {
        UErrorCode status = U_ZERO_ERROR;
        m_common.reset(icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8("Han-Latin; Latin-ASCII"),
                                                           UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            m_common.reset();
        status = U_ZERO_ERROR;
        m_surname.reset(icu::Transliterator::createInstance(
            icu::UnicodeString::fromUTF8("Han-Latin/Names; Latin-ASCII"), UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            m_surname.reset();
    }

    QString syllable(char32_t ch, bool surname)
    {
        QHash<char32_t, QString> &cache = surname ? m_surnameCache : m_commonCache;
        if (const auto found = cache.constFind(ch); found != cache.cend())
            return found.value();
        icu::Transliterator *transliterator = surname && m_surname ? m_surname.get() : m_common.get();
        QString syllable;
        if (transliterator) {
            icu::UnicodeString text(static_cast<UChar32>(ch));
            transliterator->transliterate(text);
            // Keep the letters: a character ICU cannot read comes back unchanged (not ASCII).
            for (int32_t i = 0; i < text.length(); ++i) {
                const char16_t c = text.charAt(i);
                if (c >= u'a' && c <= u'z')
                    syllable += QChar(c);
                else if (c >= u'A' && c <= u'Z')
                    syllable += QChar(c + (u'a' - u'A'));
                else if (c > 0x7f) {
                    syllable.clear();
                    break;
                }
            }
        }
        cache.insert(ch, syllable);
        return syllable;
    }

private:
    std::unique_ptr<icu::Transliterator> m_common;
    std::unique_ptr<icu::Transliterator> m_surname;
    QHash<char32_t, QString> m_commonCache;
    QHash<char32_t, QString> m_surnameCache;
};

Reader &reader()
{
    thread_local Reader instance;
    return instance;
}

bool isHan(char32_t ch)
{
    return QChar::script(ch) == QChar::Script_Han;
}

} // namespace

bool hasHan(QStringView name)
{
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.unicode() < 0x2e80) // below the CJK radicals: Latin, Cyrillic, ...
            continue;
        char32_t ch = c.unicode();
        if (c.isHighSurrogate() && i + 1 < name.size() && name.at(i + 1).isLowSurrogate())
            ch = QChar::surrogateToUcs4(c, name.at(++i));
        if (isHan(ch))
            return true;
    }
    return false;
}

QString searchTerms(QStringView name)
{
    if (!hasHan(name))
        return {};
    QStringList syllables;
    Reader &r = reader();
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        char32_t ch = c.unicode();
        if (c.isHighSurrogate() && i + 1 < name.size() && name.at(i + 1).isLowSurrogate())
            ch = QChar::surrogateToUcs4(c, name.at(++i));
        if (ch < 0x2e80 || !isHan(ch))
            continue;
        const QString syllable = r.syllable(ch, syllables.isEmpty());
        if (!syllable.isEmpty())
            syllables << syllable;
    }
    if (syllables.isEmpty())
        return {};
    QStringList terms = syllables;
    for (qsizetype start = 0; start + 1 < syllables.size(); ++start) {
        QString run;
        QString initials;
        for (qsizetype k = start; k < syllables.size(); ++k) {
            run += syllables.at(k);
            initials += syllables.at(k).at(0);
        }
        terms << run << initials;
    }
    terms.removeDuplicates();
    return terms.join(u' ');
}

} // namespace kehu::NamePinyin
