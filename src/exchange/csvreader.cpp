#include "csvreader.h"

#include <array>
#include <utility>
#include <vector>

namespace kehu {

namespace {

inline unsigned char byteAt(const char *p)
{
    return static_cast<unsigned char>(*p);
}

} // namespace

CsvReader::CsvReader(QByteArray data, CsvSeparator separator)
    : m_data(std::move(data)), m_begin(m_data.constData()), m_size(m_data.size())
{
    m_separator = separator == CsvSeparator::Auto ? detectSeparator(m_data) : separator;
    m_delimiter = delimiterByte(m_separator);
    m_stop[static_cast<unsigned char>('\n')] = true;
    m_stop[static_cast<unsigned char>('\r')] = true;
    m_stop[static_cast<unsigned char>('"')] = true;
    m_stop[0] = true;
    if (m_separator == CsvSeparator::Whitespace) {
        m_stop[static_cast<unsigned char>(' ')] = true;
        m_stop[static_cast<unsigned char>('\t')] = true;
        m_stop[static_cast<unsigned char>('"')] = false; // quotes are plain text here
    } else {
        m_stop[static_cast<unsigned char>(m_delimiter)] = true;
    }
}

char CsvReader::delimiterByte(CsvSeparator separator)
{
    switch (separator) {
    case CsvSeparator::Comma: return ',';
    case CsvSeparator::Semicolon: return ';';
    case CsvSeparator::Tab: return '\t';
    case CsvSeparator::Auto:
    case CsvSeparator::Whitespace: return 0;
    }
    return 0;
}

CsvSeparator CsvReader::detectSeparator(QByteArrayView data, int maxLines)
{
    constexpr std::array<std::pair<char, CsvSeparator>, 3> kCandidates{
        {{',', CsvSeparator::Comma}, {';', CsvSeparator::Semicolon}, {'\t', CsvSeparator::Tab}}};
    // counts[line][candidate]
    std::vector<std::array<int, 3>> counts;
    std::array<int, 3> current{};
    bool inQuotes = false;
    bool lineHasText = false;
    for (qsizetype i = 0; i < data.size() && static_cast<int>(counts.size()) < maxLines; ++i) {
        const char c = data[i];
        if (c == '"') {
            inQuotes = !inQuotes; // a doubled quote toggles twice: no net change
            lineHasText = true;
            continue;
        }
        if (inQuotes)
            continue;
        if (c == '\n' || c == '\r') {
            if (lineHasText)
                counts.push_back(current);
            current = {};
            lineHasText = false;
            continue;
        }
        lineHasText = true;
        for (std::size_t k = 0; k < kCandidates.size(); ++k) {
            if (c == kCandidates[k].first)
                ++current[k];
        }
    }
    if (lineHasText && static_cast<int>(counts.size()) < maxLines)
        counts.push_back(current);
    if (counts.empty())
        return CsvSeparator::Comma;

    int best = -1;
    int bestScore = -1;
    for (std::size_t k = 0; k < kCandidates.size(); ++k) {
        const int first = counts.front()[k];
        if (first == 0)
            continue;
        int score = 0;
        for (const auto &line : counts) {
            if (line[k] == first)
                ++score;
        }
        if (score > bestScore || (score == bestScore && first > counts.front()[static_cast<std::size_t>(best)])) {
            best = static_cast<int>(k);
            bestScore = score;
        }
    }
    return best < 0 ? CsvSeparator::Comma : kCandidates[static_cast<std::size_t>(best)].second;
}

void CsvReader::addError(CsvRecord &record, CsvSyntaxError::Kind kind, qsizetype at)
{
    record.m_errors.push_back({kind, m_line, at - m_lineStart + 1, record.size()});
}

void CsvReader::consumeLineBreak()
{
    // At '\r' or '\n': CRLF, LF and a lone CR each end one physical line.
    if (m_begin[m_pos] == '\r' && m_pos + 1 < m_size && m_begin[m_pos + 1] == '\n')
        ++m_pos;
    ++m_pos;
    ++m_line;
    m_lineStart = m_pos;
}

bool CsvReader::readRecord(CsvRecord &record)
{
    record.clear();
    record.m_data = m_begin;
    return m_separator == CsvSeparator::Whitespace ? readWhitespace(record) : readDelimited(record);
}

bool CsvReader::readDelimited(CsvRecord &record)
{
    while (m_pos < m_size && (m_begin[m_pos] == '\n' || m_begin[m_pos] == '\r'))
        consumeLineBreak();
    if (m_pos >= m_size)
        return false;

    record.m_line = m_line;
    record.m_rawBegin = m_pos;
    const char *const data = m_begin;
    for (;;) {
        if (m_pos < m_size && data[m_pos] == '"') {
            readQuotedField(record);
        } else {
            const qsizetype begin = m_pos;
            bool quoteReported = false;
            for (;;) {
                while (m_pos < m_size && !m_stop[byteAt(data + m_pos)])
                    ++m_pos;
                if (m_pos >= m_size)
                    break;
                const char c = data[m_pos];
                if (c == '"') {
                    if (!quoteReported)
                        addError(record, CsvSyntaxError::Kind::QuoteInUnquotedField, m_pos);
                    quoteReported = true;
                    ++m_pos;
                } else if (c == 0) {
                    addError(record, CsvSyntaxError::Kind::NulByte, m_pos);
                    ++m_pos;
                } else {
                    break; // delimiter or line break
                }
            }
            record.m_fields.push_back({begin, m_pos, false, false});
        }
        if (m_pos >= m_size) {
            record.m_rawEnd = m_pos;
            break;
        }
        if (data[m_pos] == m_delimiter) {
            ++m_pos;
            continue;
        }
        // Line break (readQuotedField stops only at a delimiter, a line break or the end).
        record.m_rawEnd = m_pos;
        record.m_lastLine = m_line;
        consumeLineBreak();
        return true;
    }
    record.m_lastLine = m_line;
    return true;
}

void CsvReader::readQuotedField(CsvRecord &record)
{
    const char *const data = m_begin;
    const qsizetype open = m_pos;
    const qsizetype openLine = m_line;
    const qsizetype openLineStart = m_lineStart;
    const qsizetype contentBegin = ++m_pos;
    const qsizetype unescapedBegin = record.m_unescaped.size();
    qsizetype segment = contentBegin;
    bool escaped = false;

    for (;;) {
        // Fast scan to the next byte that matters inside quotes.
        while (m_pos < m_size) {
            const char c = data[m_pos];
            if (c == '"' || c == '\n' || c == '\r' || c == 0)
                break;
            ++m_pos;
        }
        if (m_pos >= m_size) {
            // Unterminated: report where the quote opened, then resume after the end of that
            // physical line so the rest of the file is still checked.
            m_line = openLine;
            m_lineStart = openLineStart;
            record.m_errors.push_back(
                {CsvSyntaxError::Kind::UnterminatedQuote, openLine, open - openLineStart + 1, record.size()});
            qsizetype eol = contentBegin;
            while (eol < m_size && data[eol] != '\n' && data[eol] != '\r')
                ++eol;
            record.m_fields.push_back({contentBegin, eol, true, false});
            m_pos = eol;
            return;
        }
        const char c = data[m_pos];
        if (c == '\n' || c == '\r') {
            consumeLineBreak();
            continue;
        }
        if (c == 0) {
            addError(record, CsvSyntaxError::Kind::NulByte, m_pos);
            ++m_pos;
            continue;
        }
        // A quote: doubled means a literal quote, single means the field ends.
        if (m_pos + 1 < m_size && data[m_pos + 1] == '"') {
            record.m_unescaped.append(data + segment, m_pos + 1 - segment);
            escaped = true;
            m_pos += 2;
            segment = m_pos;
            continue;
        }
        break;
    }

    const qsizetype contentEnd = m_pos;
    if (escaped) {
        record.m_unescaped.append(data + segment, contentEnd - segment);
        record.m_fields.push_back({unescapedBegin, record.m_unescaped.size(), true, true});
    } else {
        record.m_fields.push_back({contentBegin, contentEnd, true, false});
    }
    ++m_pos; // the closing quote
    if (m_pos < m_size && data[m_pos] != m_delimiter && data[m_pos] != '\n' && data[m_pos] != '\r') {
        record.m_errors.push_back(
            {CsvSyntaxError::Kind::TextAfterClosingQuote, m_line, m_pos - m_lineStart + 1, record.size() - 1});
        while (m_pos < m_size && data[m_pos] != m_delimiter && data[m_pos] != '\n' && data[m_pos] != '\r')
            ++m_pos;
    }
}

bool CsvReader::readWhitespace(CsvRecord &record)
{
    const char *const data = m_begin;
    auto isBlank = [](char c) { return c == ' ' || c == '\t'; };
    // Skip empty and blank-only lines.
    for (;;) {
        qsizetype p = m_pos;
        while (p < m_size && isBlank(data[p]))
            ++p;
        if (p < m_size && (data[p] == '\n' || data[p] == '\r')) {
            m_pos = p;
            consumeLineBreak();
            continue;
        }
        if (p >= m_size)
            return false;
        break;
    }
    record.m_line = m_line;
    record.m_rawBegin = m_pos;
    for (;;) {
        while (m_pos < m_size && isBlank(data[m_pos]))
            ++m_pos;
        if (m_pos >= m_size || data[m_pos] == '\n' || data[m_pos] == '\r')
            break;
        const qsizetype begin = m_pos;
        for (;;) {
            while (m_pos < m_size && !m_stop[byteAt(data + m_pos)])
                ++m_pos;
            if (m_pos < m_size && data[m_pos] == 0) {
                addError(record, CsvSyntaxError::Kind::NulByte, m_pos);
                ++m_pos;
                continue;
            }
            break;
        }
        record.m_fields.push_back({begin, m_pos, false, false});
    }
    record.m_rawEnd = m_pos;
    record.m_lastLine = m_line;
    if (m_pos < m_size)
        consumeLineBreak();
    return true;
}

} // namespace kehu
