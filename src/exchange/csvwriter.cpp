#include "csvwriter.h"

namespace kehu {

CsvWriter::CsvWriter(QIODevice &device, bool byteOrderMark) : m_device(device)
{
    if (byteOrderMark)
        m_device.write("\xEF\xBB\xBF");
}

QString CsvWriter::quoted(const QString &field)
{
    const bool needsQuotes = field.contains(u',') || field.contains(u'"') || field.contains(u'\n')
                             || field.contains(u'\r');
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

void CsvWriter::writeRecord(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u',';
        line += quoted(fields.at(i));
    }
    line += QStringLiteral("\r\n");
    m_device.write(line.toUtf8());
}

} // namespace kehu
