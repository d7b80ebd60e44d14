#pragma once

#include <QIODevice>
#include <QStringList>

namespace kehu {

/// Writes RFC 4180 CSV in UTF-8: fields with a comma, quote, CR or LF are quoted and their
/// quotes doubled; records end in CRLF as the RFC (and Excel) expect. An optional BOM makes
/// Excel on Chinese Windows read UTF-8 instead of guessing GBK.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice &device, bool byteOrderMark = false);

    void writeRecord(const QStringList &fields);

    static QString quoted(const QString &field);

private:
    QIODevice &m_device;
};

} // namespace kehu
