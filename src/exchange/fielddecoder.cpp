#include "fielddecoder.h"

#include <cstring>

namespace kehu {

namespace {

// GB18030's four-byte encoding of U+FFFD itself, so a genuine replacement character in the
// data is not mistaken for a decoding failure.
constexpr char kGb18030ReplacementChar[] = "\x84\x31\xA4\x37";

// Checks the byte structure of GB18030: one byte 00-7F; two bytes 81-FE + 40-7E/80-FE;
// four bytes 81-FE + 30-39 + 81-FE + 30-39. The converter alone does not flag a multi-byte
// sequence cut off at the end of a field (it drops it silently).
bool hasGb18030Structure(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        const unsigned char b = *p;
        if (b < 0x80) {
            ++p;
            continue;
        }
        if (b == 0x80 || b == 0xFF || end - p < 2)
            return false;
        const unsigned char b2 = p[1];
        if ((b2 >= 0x40 && b2 <= 0x7E) || (b2 >= 0x80 && b2 <= 0xFE)) {
            p += 2;
            continue;
        }
        if (b2 < 0x30 || b2 > 0x39 || end - p < 4)
            return false;
        if (p[2] < 0x81 || p[2] > 0xFE || p[3] < 0x30 || p[3] > 0x39)
            return false;
        p += 4;
    }
    return true;
}

} // namespace

FieldDecoder::FieldDecoder(TextEncodingKind splitEncoding, bool knownValid)
    : m_encoding(splitEncoding), m_knownValid(knownValid)
{
    if (m_encoding == TextEncodingKind::Gb18030) {
        m_decoder = QStringDecoder("GB18030", QStringConverter::Flag::Stateless);
        m_valid = m_decoder.isValid();
    }
}

bool FieldDecoder::isAscii(QByteArrayView bytes)
{
    const char *p = bytes.data();
    const char *end = p + bytes.size();
    // Eight bytes at a time: a field is ASCII when no byte has its high bit set.
    for (; end - p >= 8; p += 8) {
        quint64 word;
        std::memcpy(&word, p, sizeof word);
        if (word & 0x8080808080808080ULL)
            return false;
    }
    for (; p < end; ++p) {
        if (static_cast<unsigned char>(*p) & 0x80)
            return false;
    }
    return true;
}

bool FieldDecoder::decode(QByteArrayView bytes, QString &out)
{
    switch (m_encoding) {
    case TextEncodingKind::Latin1: out = QString::fromLatin1(bytes); return true;
    case TextEncodingKind::Utf8:
    case TextEncodingKind::Utf16Le:
    case TextEncodingKind::Utf16Be: out = QString::fromUtf8(bytes); return m_knownValid || bytes.isValidUtf8();
    case TextEncodingKind::Gb18030: break;
    }
    if (isAscii(bytes)) {
        out = QString::fromLatin1(bytes);
        return true;
    }
    if (!m_valid) {
        out = QString::fromLatin1(bytes);
        return false;
    }
    // The ICU-backed decoder keeps its error flag once set, so failure is recognised by the
    // replacement character instead of hasError().
    out = m_decoder.decode(bytes);
    if (!hasGb18030Structure(bytes))
        return false;
    if (!out.contains(QChar::ReplacementCharacter))
        return true;
    return bytes.indexOf(QByteArrayView(kGb18030ReplacementChar, 4)) >= 0
           && out.count(QChar::ReplacementCharacter) == bytes.count(QByteArrayView(kGb18030ReplacementChar, 4));
}

} // namespace kehu
