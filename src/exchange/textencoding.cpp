#include "textencoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <array>
#include <utility>

namespace kehu {

namespace {

constexpr std::array<std::pair<QLatin1StringView, TextEncodingKind>, 14> kNames{{
    {QLatin1StringView("utf-8"), TextEncodingKind::Utf8},
    {QLatin1StringView("utf8"), TextEncodingKind::Utf8},
    {QLatin1StringView("gb18030"), TextEncodingKind::Gb18030},
    {QLatin1StringView("gbk"), TextEncodingKind::Gb18030},
    {QLatin1StringView("gb2312"), TextEncodingKind::Gb18030},
    {QLatin1StringView("cp936"), TextEncodingKind::Gb18030},
    {QLatin1StringView("latin1"), TextEncodingKind::Latin1},
    {QLatin1StringView("latin-1"), TextEncodingKind::Latin1},
    {QLatin1StringView("iso-8859-1"), TextEncodingKind::Latin1},
    {QLatin1StringView("iso8859-1"), TextEncodingKind::Latin1},
    {QLatin1StringView("utf-16le"), TextEncodingKind::Utf16Le},
    {QLatin1StringView("utf-16be"), TextEncodingKind::Utf16Be},
    {QLatin1StringView("utf-16"), TextEncodingKind::Utf16Le},
    {QLatin1StringView("utf16"), TextEncodingKind::Utf16Le},
}};

QString tr(const char *text)
{
    return QCoreApplication::translate("kehu::ImportIssue", text);
}

bool isUtf16(TextEncodingKind e)
{
    return e == TextEncodingKind::Utf16Le || e == TextEncodingKind::Utf16Be;
}

} // namespace

std::optional<TextEncodingKind> TextEncoding::fromName(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    for (const auto &[candidate, encoding] : kNames) {
        if (trimmed.compare(candidate, Qt::CaseInsensitive) == 0)
            return encoding;
    }
    return std::nullopt;
}

QLatin1StringView TextEncoding::name(TextEncodingKind encoding)
{
    switch (encoding) {
    case TextEncodingKind::Utf8: return QLatin1StringView("UTF-8");
    case TextEncodingKind::Utf16Le: return QLatin1StringView("UTF-16LE");
    case TextEncodingKind::Utf16Be: return QLatin1StringView("UTF-16BE");
    case TextEncodingKind::Gb18030: return QLatin1StringView("GB18030");
    case TextEncodingKind::Latin1: return QLatin1StringView("ISO-8859-1");
    }
    return QLatin1StringView("UTF-8");
}

qsizetype TextEncoding::bomLength(QByteArrayView bytes, TextEncodingKind *encoding)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        if (encoding)
            *encoding = TextEncodingKind::Utf8;
        return 3;
    }
    if (bytes.size() >= 2) {
        const auto b0 = static_cast<unsigned char>(bytes[0]);
        const auto b1 = static_cast<unsigned char>(bytes[1]);
        if (b0 == 0xFF && b1 == 0xFE) {
            if (encoding)
                *encoding = TextEncodingKind::Utf16Le;
            return 2;
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            if (encoding)
                *encoding = TextEncodingKind::Utf16Be;
            return 2;
        }
    }
    return 0;
}

PreparedText TextEncoding::prepare(const QByteArray &raw, std::optional<TextEncodingKind> forced)
{
    PreparedText result;
    result.forced = forced.has_value();

    TextEncodingKind bomEncoding = TextEncodingKind::Utf8;
    const qsizetype bom = bomLength(raw, &bomEncoding);
    result.hadBom = bom > 0;

    TextEncodingKind source;
    if (bom > 0 && isUtf16(bomEncoding))
        source = bomEncoding;
    else if (forced)
        source = *forced;
    else if (bom > 0)
        source = TextEncodingKind::Utf8;
    else
        source = QByteArrayView(raw).isValidUtf8() ? TextEncodingKind::Utf8 : TextEncodingKind::Gb18030;
    result.sourceEncoding = source;

    if (bom > 0 && bomEncoding == TextEncodingKind::Utf8 && source != TextEncodingKind::Utf8) {
        result.warning =
            tr("the file starts with a UTF-8 byte order mark but is read as %1 as requested").arg(name(source));
    }

    if (isUtf16(source)) {
        // UTF-16 cannot be split on single bytes; convert the whole file to UTF-8 once.
        QStringDecoder decoder(source == TextEncodingKind::Utf16Le ? QStringConverter::Utf16LE
                                                                   : QStringConverter::Utf16BE,
                               QStringConverter::Flag::Stateless);
        const QString text = decoder.decode(QByteArrayView(raw).sliced(bom));
        if (decoder.hasError()) {
            result.fatalError = tr("the file is not valid %1 (odd length or broken surrogate pairs)").arg(name(source));
        }
        result.bytes = text.toUtf8();
        result.splitEncoding = TextEncodingKind::Utf8;
        result.knownValid = true;
        return result;
    }

    result.bytes = bom > 0 ? raw.sliced(bom) : raw;
    result.splitEncoding = source;
    switch (source) {
    case TextEncodingKind::Utf8:
        // Detection already proved validity when nothing was forced and there was no BOM.
        result.knownValid = (!forced && bom == 0) || QByteArrayView(result.bytes).isValidUtf8();
        break;
    case TextEncodingKind::Latin1: result.knownValid = true; break;
    case TextEncodingKind::Gb18030: {
        const QStringDecoder probe("GB18030");
        if (!probe.isValid()) {
            result.fatalError = tr("this system has no GB18030 converter (Qt was built without ICU); "
                                   "save the file as UTF-8 and import it again");
        }
        result.knownValid = false;
        break;
    }
    case TextEncodingKind::Utf16Le:
    case TextEncodingKind::Utf16Be: break;
    }
    return result;
}

} // namespace kehu
