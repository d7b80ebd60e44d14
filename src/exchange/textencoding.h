#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>
#include <QString>
#include <QStringView>

#include <optional>

namespace kehu {

/// The encodings an import file may be in. Excel on Chinese Windows writes GBK/GB18030
/// ("ANSI"), newer Excel and most tools write UTF-8 (often with a BOM), "Unicode text" is UTF-16.
enum class TextEncodingKind { Utf8, Utf16Le, Utf16Be, Gb18030, Latin1 };

/// A file's bytes made ready for byte-level CSV splitting: UTF-16 input converted to UTF-8,
/// any byte order mark removed. `splitEncoding` is what `bytes` are in now (UTF-8, GB18030 or
/// Latin-1: all ASCII-transparent, so delimiters, quotes and newlines are single ASCII bytes
/// that never occur inside a multi-byte character). `knownValid` is true when the whole
/// buffer was checked and needs no per-field validation.
struct PreparedText
{
    QByteArray bytes;
    TextEncodingKind sourceEncoding = TextEncodingKind::Utf8;
    TextEncodingKind splitEncoding = TextEncodingKind::Utf8;
    bool forced = false;
    bool hadBom = false;
    bool knownValid = false;
    /// Set when the text cannot be read at all (no converter for it on this platform,
    /// broken UTF-16); the import stops with this message.
    QString fatalError;
    /// Set when a UTF-8 BOM contradicts a forced 8-bit encoding; reported as a warning.
    QString warning;
};

/// Encoding detection and naming for import files.
///
/// Detection order: UTF-8 BOM, UTF-16 LE/BE BOM, then "the whole file is valid UTF-8" → UTF-8,
/// else GB18030 (a superset of GBK and GB2312). A forced encoding skips detection; a UTF-16
/// BOM still wins over a forced 8-bit encoding, since reading UTF-16 as bytes is never useful.
class TextEncoding
{
public:
    /// "utf-8", "utf8", "gb18030", "gbk", "gb2312", "cp936", "latin1", "iso-8859-1",
    /// "utf-16le", "utf-16be", "utf-16" (case-insensitive); nullopt when unknown.
    static std::optional<TextEncodingKind> fromName(QStringView name);

    /// The canonical name, as shown in reports ("UTF-8", "GB18030", ...).
    static QLatin1StringView name(TextEncodingKind encoding);

    /// Length of a byte order mark at the start of `bytes` (0 when none) and what it says.
    static qsizetype bomLength(QByteArrayView bytes, TextEncodingKind *encoding = nullptr);

    /// Detects the encoding (see the class comment) and prepares the bytes for splitting.
    /// `raw` is implicitly shared, so an 8-bit file without a BOM is not copied.
    static PreparedText prepare(const QByteArray &raw, std::optional<TextEncodingKind> forced = std::nullopt);
};

} // namespace kehu
