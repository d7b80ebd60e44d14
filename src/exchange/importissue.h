#pragma once

#include <QString>
#include <QStringView>

namespace kehu {

/// One problem found while reading an import file: where it is (file, 1-based physical line,
/// 1-based column number as a spreadsheet shows it), which column header, the offending value
/// (already shortened for display) and a translated sentence saying what was expected.
///
/// Line 0 means the problem concerns the whole file (empty file, a required column missing);
/// column 0 means it concerns the whole record (too few fields, duplicate row).
/// Errors reject the record (or the file); warnings are reported and the record is kept.
struct ImportIssue
{
    enum class Severity { Error, Warning };

    /// What went wrong, so callers and tests need not compare translated text.
    enum class Kind {
        EmptyFile,             ///< the file has no bytes, or only a BOM and blank lines
        NoDataRows,            ///< a header but no records (warning)
        EncodingUnavailable,   ///< the platform has no converter for the named encoding
        UnknownEncoding,       ///< --encoding names something we do not know
        InvalidEncoding,       ///< bytes that are not valid in the file's encoding
        UnterminatedQuote,     ///< a quoted field that never closes (line/column: where it opened)
        QuoteInUnquotedField,  ///< a '"' inside a field that did not start with one
        TextAfterClosingQuote, ///< characters between a closing quote and the next delimiter
        NulByte,               ///< a NUL byte (often a UTF-16 file read as 8-bit)
        MissingColumn,         ///< a required field has no column
        BadMapping,            ///< an explicit mapping names an unknown column or field
        DuplicateColumn,       ///< two columns map to the same field (warning; the first wins)
        TooFewFields,          ///< a record shorter than the header
        TooManyFields,         ///< a record longer than the header, with non-empty extras
        MissingValue,          ///< a required value is empty
        InvalidValue,          ///< a value that does not parse as what the column holds
        DuplicateRow,          ///< a record byte-for-byte identical to an earlier one (warning)
    };

    Severity severity = Severity::Error;
    Kind kind = Kind::InvalidValue;
    QString fileName;
    qsizetype line = 0;
    int column = 0;
    QString header;
    QString value;
    /// Translated; for value problems it starts with "expected ...".
    QString message;

    bool isError() const { return severity == Severity::Error; }

    /// `file:line:column: <header> "<value>": <message>`; parts that are unknown are left out.
    QString toString() const;

    /// `text` shortened to about 60 characters (with an ellipsis) and with control
    /// characters made visible, for messages.
    static QString displayValue(QStringView text);
};

} // namespace kehu
