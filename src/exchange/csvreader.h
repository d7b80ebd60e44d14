#pragma once

#include "csvrecord.h"

#include <QByteArray>
#include <QByteArrayView>

namespace kehu {

/// How fields are separated. Whitespace is for fixed layouts such as the CDNOW transaction
/// log: fields are runs of non-blank bytes separated by runs of spaces or tabs; leading and
/// trailing blanks are ignored and quotes have no special meaning.
enum class CsvSeparator { Auto, Comma, Semicolon, Tab, Whitespace };

/// An RFC 4180 splitter over a whole file held in memory.
///
/// It works on bytes, not on decoded text: delimiters, quotes and line breaks are ASCII and
/// never occur inside a multi-byte character in UTF-8 or GB18030, so the file is split first
/// and each field decoded only when it is needed (see FieldDecoder). Feed it the bytes of a
/// PreparedText (UTF-16 already converted, BOM removed).
///
/// Accepted: quoted fields with embedded delimiters, doubled quotes and line breaks; CRLF, LF
/// and lone CR line ends. Empty physical lines are skipped (line numbers still count them).
/// Syntax problems are reported in the record, not thrown, and splitting goes on:
/// - a quote inside an unquoted field is kept as a literal character;
/// - characters after a closing quote are dropped up to the next delimiter;
/// - an unterminated quote is reported where it opened, and the record is cut at the end of
///   that physical line so that the following lines are still checked;
/// - a NUL byte is reported and kept.
/// There are no limits on line or field length beyond memory.
class CsvReader
{
public:
    /// `data` is implicitly shared, not copied. With CsvSeparator::Auto the delimiter is
    /// detected from the first lines (see detectSeparator()).
    explicit CsvReader(QByteArray data, CsvSeparator separator = CsvSeparator::Auto);

    /// The separator in use (never Auto).
    CsvSeparator separator() const { return m_separator; }

    /// Reads the next record into `record`, reusing its storage. False at the end of the data.
    bool readRecord(CsvRecord &record);

    /// Bytes consumed so far and in total, for progress reporting.
    qsizetype position() const { return m_pos; }
    qsizetype size() const { return m_data.size(); }
    const QByteArray &data() const { return m_data; }

    /// Comma, semicolon or tab: counts each outside quotes on the first `maxLines` non-empty
    /// lines and picks the one whose count is non-zero on the first line and the same on the
    /// most lines (ties: the higher count, then comma, semicolon, tab). Comma when none occurs.
    static CsvSeparator detectSeparator(QByteArrayView data, int maxLines = 20);

    /// The delimiter byte of a separator (0 for Whitespace and Auto).
    static char delimiterByte(CsvSeparator separator);

private:
    bool readDelimited(CsvRecord &record);
    bool readWhitespace(CsvRecord &record);
    void readQuotedField(CsvRecord &record);
    void addError(CsvRecord &record, CsvSyntaxError::Kind kind, qsizetype at);
    void consumeLineBreak();

    QByteArray m_data;
    const char *m_begin = nullptr;
    qsizetype m_size = 0;
    CsvSeparator m_separator = CsvSeparator::Comma;
    char m_delimiter = ',';
    qsizetype m_pos = 0;
    qsizetype m_line = 1;      // physical line of m_pos
    qsizetype m_lineStart = 0; // offset where that line starts
    bool m_stop[256] = {};     // bytes that end an unquoted field
};

} // namespace kehu
