#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

namespace kehu {

/// A syntax problem the CSV splitter found. `line` and `column` are 1-based and physical;
/// `column` counts bytes from the start of that line. `field` is the 0-based field index.
struct CsvSyntaxError
{
    enum class Kind { UnterminatedQuote, QuoteInUnquotedField, TextAfterClosingQuote, NulByte };
    Kind kind = Kind::UnterminatedQuote;
    qsizetype line = 0;
    qsizetype column = 0;
    qsizetype field = 0;
};

/// One record as split by CsvReader: its fields as byte ranges (quotes removed, doubled quotes
/// undone), the 1-based physical line it starts on, and its raw bytes without the final line
/// break, so a rejected record can be copied to a reject file unchanged.
///
/// A record refers to the reader's buffer: it is valid while the reader lives and until the
/// next readRecord() into the same object, which reuses its storage (no allocation per record).
class CsvRecord
{
public:
    qsizetype line() const { return m_line; }
    /// Physical line the record ends on (larger than line() when a quoted field spans lines).
    qsizetype lastLine() const { return m_lastLine; }
    qsizetype size() const { return static_cast<qsizetype>(m_fields.size()); }
    bool isEmpty() const { return m_fields.empty(); }

    /// Field `index` (0-based); an empty view when the record has fewer fields.
    QByteArrayView field(qsizetype index) const
    {
        if (index < 0 || index >= size())
            return {};
        const Span &span = m_fields[static_cast<std::size_t>(index)];
        const char *base = span.unescaped ? m_unescaped.constData() : m_data;
        return QByteArrayView(base + span.begin, span.end - span.begin);
    }
    /// Whether field `index` was written in quotes.
    bool isQuoted(qsizetype index) const
    {
        return index >= 0 && index < size() && m_fields[static_cast<std::size_t>(index)].quoted;
    }

    QByteArrayView raw() const { return QByteArrayView(m_data + m_rawBegin, m_rawEnd - m_rawBegin); }
    /// Byte offsets of raw() in the reader's buffer.
    qsizetype rawBegin() const { return m_rawBegin; }
    qsizetype rawEnd() const { return m_rawEnd; }

    bool hasErrors() const { return !m_errors.empty(); }
    const std::vector<CsvSyntaxError> &errors() const { return m_errors; }

private:
    friend class CsvReader;

    struct Span
    {
        qsizetype begin;
        qsizetype end;
        bool quoted;
        bool unescaped; // the bytes live in m_unescaped (the field had doubled quotes)
    };

    void clear()
    {
        m_fields.clear();
        m_errors.clear();
        m_unescaped.resize(0);
    }

    const char *m_data = nullptr;
    qsizetype m_line = 0;
    qsizetype m_lastLine = 0;
    qsizetype m_rawBegin = 0;
    qsizetype m_rawEnd = 0;
    std::vector<Span> m_fields;
    std::vector<CsvSyntaxError> m_errors;
    QByteArray m_unescaped;
};

} // namespace kehu
