#include "copyin.h"

#include "database.h"
#include "libpqsupport.h"

#include <QRegularExpression>
#include <QSqlDriver>

#include <array>
#include <charconv>
#include <memory>

namespace kehu {

namespace {

/// Rows are sent in chunks of about this size. Small enough that the server always has rows
/// to store while the desk makes the next chunk: a send blocks until the socket takes the
/// chunk, and with 256 KB chunks desk and server mostly waited for each other (1M purchases:
/// 1.8 s, with 32 KB 1.15 s, as fast as psql sending a file of the same rows).
constexpr qsizetype kChunkBytes = 32 * 1024;

} // namespace

CopyIn::CopyIn(Database &database, const QString &table, const QStringList &columns)
{
    PGconn *connection = database.serverHandle();
    if (!connection) {
        m_error = QStringLiteral("COPY needs a book on a PostgreSQL server");
        return;
    }
    const QSqlDriver *driver = database.connection().driver();
    QStringList quoted;
    for (const QString &column : columns)
        quoted << driver->escapeIdentifier(column, QSqlDriver::FieldName);
    const QString sql = QStringLiteral("COPY %1 (%2) FROM STDIN")
                            .arg(driver->escapeIdentifier(table, QSqlDriver::TableName), quoted.join(u", "));
    const libpq::Result started(PQexec(connection, sql.toUtf8().constData()));
    if (PQresultStatus(started.get()) != PGRES_COPY_IN) {
        m_error = QStringLiteral("COPY into %1 refused: %2").arg(table, libpq::connectionMessage(connection));
        return;
    }
    m_connection = connection;
    m_buffer.reserve(kChunkBytes + 4096);
}

CopyIn::~CopyIn()
{
    if (!m_connection)
        return;
    // Abandoned half-way: end the COPY with an error so that the connection is usable again
    // (the transaction is aborted and rolls back).
    PQputCopyEnd(m_connection, "abandoned by Kehu");
    libpq::drainResults(m_connection);
}

void CopyIn::separate()
{
    if (m_rowStarted)
        m_buffer += '\t';
    m_rowStarted = true;
}

void CopyIn::appendInt(QByteArray &buffer, qint64 value)
{
    std::array<char, 24> digits{};
    const auto written = std::to_chars(digits.data(), digits.data() + digits.size(), value);
    buffer.append(digits.data(), written.ptr - digits.data());
}

void CopyIn::addInt(qint64 value)
{
    separate();
    appendInt(m_buffer, value);
}

void CopyIn::addInt(std::optional<qint64> value)
{
    if (value)
        addInt(*value);
    else
        addNull();
}

void CopyIn::appendEscaped(QByteArray &buffer, QStringView value)
{
    appendEscaped(buffer, QLatin1StringView(value.toUtf8()));
}

void CopyIn::appendEscaped(QByteArray &buffer, QLatin1StringView value)
{
    // Byte by byte: UTF-8's multi-byte sequences never contain the ASCII bytes escaped here.
    for (const char c : value) {
        switch (c) {
        case '\\': buffer += "\\\\"; break;
        case '\t': buffer += "\\t"; break;
        case '\n': buffer += "\\n"; break;
        case '\r': buffer += "\\r"; break;
        default: buffer += c;
        }
    }
}

void CopyIn::addText(QStringView value)
{
    separate();
    appendEscaped(m_buffer, value);
}

void CopyIn::addEncoded(QByteArrayView field)
{
    separate();
    m_buffer.append(field);
}

void CopyIn::addAscii(QLatin1StringView value)
{
    separate();
    m_buffer.append(value.data(), value.size());
}

void CopyIn::addNull()
{
    separate();
    m_buffer += "\\N";
}

bool CopyIn::endRow()
{
    m_buffer += '\n';
    m_rowStarted = false;
    return m_buffer.size() < kChunkBytes || send();
}

bool CopyIn::send()
{
    if (!m_connection)
        return false;
    if (!m_buffer.isEmpty() && PQputCopyData(m_connection, m_buffer.constData(), int(m_buffer.size())) != 1) {
        fail(QStringLiteral("sending rows failed"));
        return false;
    }
    m_buffer.clear();
    return true;
}

void CopyIn::fail(const QString &what)
{
    m_error = QStringLiteral("%1: %2").arg(what, libpq::connectionMessage(m_connection));
    PQputCopyEnd(m_connection, "failed in Kehu");
    libpq::drainResults(m_connection);
    m_connection = nullptr;
}

std::optional<qint64> CopyIn::finish()
{
    if (!send())
        return std::nullopt;
    PGconn *connection = m_connection;
    m_connection = nullptr;
    if (PQputCopyEnd(connection, nullptr) != 1) {
        m_error = QStringLiteral("ending the COPY failed: %1").arg(libpq::connectionMessage(connection));
        return std::nullopt;
    }
    std::optional<qint64> rows;
    while (PGresult *raw = PQgetResult(connection)) {
        const libpq::Result result(raw);
        if (PQresultStatus(raw) == PGRES_COMMAND_OK) {
            rows = QByteArray(PQcmdTuples(raw)).toLongLong();
        } else {
            m_error = libpq::resultMessage(raw);
            // PostgreSQL's context of a refused row, the last of its lines (a trigger's come
            // first): "COPY purchases, line 401: ...".
            static const QRegularExpression line(QStringLiteral("^COPY [^,]*, line (\\d+)"),
                                                 QRegularExpression::MultilineOption);
            const QRegularExpressionMatch match = line.match(
                QString::fromUtf8(PQresultErrorField(raw, PG_DIAG_CONTEXT)));
            m_failedLine = match.hasMatch() ? match.captured(1).toLongLong() : 0;
        }
    }
    if (!m_error.isEmpty())
        return std::nullopt;
    return rows;
}

} // namespace kehu
