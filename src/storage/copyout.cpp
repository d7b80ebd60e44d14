#include "copyout.h"

#include "database.h"
#include "libpqsupport.h"

namespace kehu {

bool CopyOut::run(const QString &query, const std::function<bool(QByteArrayView line)> &row)
{
    m_error.clear();
    PGconn *connection = m_database.serverHandle();
    if (!connection) {
        m_error = QStringLiteral("COPY needs a book on a PostgreSQL server");
        return false;
    }
    const libpq::Result started(
        PQexec(connection, QStringLiteral("COPY (%1) TO STDOUT").arg(query).toUtf8().constData()));
    if (PQresultStatus(started.get()) != PGRES_COPY_OUT) {
        // No result at all (a broken connection): the connection says why.
        m_error = started ? libpq::resultMessage(started.get()) : libpq::connectionMessage(connection);
        libpq::drainResults(connection);
        return false;
    }
    bool wanted = true;
    for (;;) {
        char *buffer = nullptr;
        const int length = PQgetCopyData(connection, &buffer, 0);
        if (length < 0) {
            if (length == -2)
                m_error = libpq::connectionMessage(connection);
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
    if (const QString status = libpq::drainResults(connection); m_error.isEmpty())
        m_error = status;
    return m_error.isEmpty();
}

} // namespace kehu
