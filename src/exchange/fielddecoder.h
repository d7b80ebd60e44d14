#pragma once

#include "textencoding.h"

#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

namespace kehu {

/// Decodes the bytes of one CSV field into a QString, in the encoding the file was split in
/// (see PreparedText::splitEncoding). Fields that are pure ASCII, nearly all of them in
/// purchase files, take a fast path with no converter call. Decoding is stateless: each field
/// is complete, and a truncated multi-byte sequence at its end is an error.
class FieldDecoder
{
public:
    /// `knownValid`: the whole buffer was already validated, so skip per-field checks.
    FieldDecoder(TextEncodingKind splitEncoding, bool knownValid);

    /// False when the platform has no converter for the encoding (GB18030 needs ICU).
    bool isValid() const { return m_valid; }
    TextEncodingKind encoding() const { return m_encoding; }

    /// Decodes `bytes` into `out`. Returns false when they are not valid in the encoding;
    /// `out` then holds the text with U+FFFD replacement characters, for display.
    bool decode(QByteArrayView bytes, QString &out);

    /// True when every byte is below 0x80.
    static bool isAscii(QByteArrayView bytes);

private:
    TextEncodingKind m_encoding;
    bool m_knownValid;
    bool m_valid = true;
    QStringDecoder m_decoder;
};

} // namespace kehu
