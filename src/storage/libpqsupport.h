#pragma once

#include <libpq-fe.h>

#include <QString>

#include <memory>

/// Small helpers for storage's own libpq calls on QPSQL's connection (CopyIn, CopyOut).
namespace kehu::libpq {

struct ResultDeleter
{
    void operator()(PGresult *result) const { PQclear(result); }
};
/// A result that clears itself.
using Result = std::unique_ptr<PGresult, ResultDeleter>;

/// What the connection last said went wrong.
inline QString connectionMessage(const PGconn *connection)
{
    return QString::fromUtf8(PQerrorMessage(connection)).trimmed();
}

inline QString resultMessage(const PGresult *result)
{
    return QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
}

/// Reads the results still waiting after a statement or a COPY, so that the connection can
/// take the next statement; the first error among them, empty when there was none.
inline QString drainResults(PGconn *connection)
{
    QString error;
    while (PGresult *result = PQgetResult(connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && error.isEmpty())
            error = resultMessage(result);
        PQclear(result);
    }
    return error;
}

} // namespace kehu::libpq
