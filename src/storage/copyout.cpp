#include "copyout.h"

#include "database.h"

#include <libpq-fe.h>

namespace kehu {

namespace {

QString resultError(PGresult *result)
{
    return QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
}

/// Collects what follows a COPY (its final status); the error, empty when it succeeded.
QString finalStatus(PGconn *connection)
{
    QString error;
    while (PGresult *result = PQgetResult(connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && error.isEmpty())
            error = resultError(result);
        PQclear(result);
    }
    return error;
}

} // namespace

bool CopyOut::run(const QString &query, const std::function<bool(QByteArrayView line)> &row)
{
    m_error.clear();
    PGconn *connection = m_database.serverHandle();
    if (!connection) {
        m_error = QStringLiteral("COPY needs a book on a PostgreSQL server");
        return false;
    }
    PGresult *started = PQexec(connection, QStringLiteral("COPY (%1) TO STDOUT").arg(query).toUtf8().constData());
    const bool copying = PQresultStatus(started) == PGRES_COPY_OUT;
    if (!copying) // no result at all (a broken connection): the connection says why
        m_error = started ? resultError(started) : QString::fromUtf8(PQerrorMessage(connection)).trimmed();
    PQclear(started);
    if (!copying) {
        finalStatus(connection);
        return false;
    }
    bool wanted = true;
    for (;;) {
        char *buffer = nullptr;
        const int length = PQgetCopyData(connection, &buffer, 0);
        if (length < 0) {
            if (length == -2)
                m_error = QString::fromUtf8(PQerrorMessage(connection)).trimmed();
            break;
        }
        // Once the caller has what it wants, the rest is still read: a COPY cannot be left
        // half-way without cancelling the statement, which costs a round trip as well.
        if (wanted) {
            const qsizetype size = length > 0 && buffer[length - 1] == '\n' ? length - 1 : length;
            wanted = row(QByteArrayView(buffer, size));
        }
        PQfreemem(buffer);
    }
    if (const QString status = finalStatus(connection); m_error.isEmpty())
        m_error = status;
    return m_error.isEmpty();
}

} // namespace kehu
