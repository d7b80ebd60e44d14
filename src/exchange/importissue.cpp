#include "importissue.h"

namespace kehu {

namespace {
constexpr qsizetype kMaxDisplayChars = 60;
}

QString ImportIssue::toString() const
{
    QString text = fileName.isEmpty() ? QStringLiteral("<input>") : fileName;
    if (line > 0)
        text += u':' + QString::number(line);
    if (column > 0)
        text += u':' + QString::number(column);
    text += QStringLiteral(": ");
    if (!header.isEmpty())
        text += header + u' ';
    if (column > 0 || !value.isEmpty())
        text += u'"' + value + QStringLiteral("\": ");
    text += message;
    return text;
}

QString ImportIssue::displayValue(QStringView text)
{
    QString shown;
    qsizetype limit = qMin(text.size(), kMaxDisplayChars);
    if (limit < text.size() && limit > 0 && text[limit - 1].isHighSurrogate())
        --limit; // never cut a character outside the BMP in half
    shown.reserve(limit + 1);
    for (qsizetype i = 0; i < limit; ++i) {
        const QChar c = text[i];
        // Control characters would break the one-line report; show them escaped.
        if (c == u'\n')
            shown += QStringLiteral("\\n");
        else if (c == u'\r')
            shown += QStringLiteral("\\r");
        else if (c == u'\t')
            shown += QStringLiteral("\\t");
        else if (c.unicode() == 0)
            shown += QStringLiteral("\\0");
        else if (c.unicode() < 0x20)
            shown += QStringLiteral("\\x") + QString::number(c.unicode(), 16).rightJustified(2, u'0');
        else
            shown += c;
    }
    if (text.size() > limit)
        shown += QChar(0x2026);
    return shown;
}

} // namespace kehu
