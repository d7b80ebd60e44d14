#include "contactnormalizer.h"

namespace kehu::ContactNormalizer {

QString phone(QStringView text)
{
    QString digits;
    digits.reserve(text.size());
    for (QChar c : text) {
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue()));
    }
    const bool internationalPrefix = text.trimmed().startsWith(u'+');
    if (internationalPrefix && digits.size() == 13 && digits.startsWith(u"86"))
        digits.remove(0, 2);
    else if (digits.size() == 15 && digits.startsWith(u"0086"))
        digits.remove(0, 4);
    return digits.size() < 5 ? QString() : digits;
}

QString email(QStringView text)
{
    const QString trimmed = text.trimmed().toString().toLower();
    return trimmed.contains(u'@') ? trimmed : QString();
}

QString name(QStringView text)
{
    QString folded;
    folded.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace())
            folded.append(c);
    }
    return folded.toCaseFolded();
}

} // namespace kehu::ContactNormalizer
