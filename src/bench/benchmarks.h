#pragma once

#include <QString>
#include <QTextStream>

namespace kehu {

class Workspace;

/// The benchmarks behind `kehu-cli bench ...` and `kehu-cli dashboard --bench`. They drive
/// storage directly (bulk writers, a raw SQLite baseline, the dashboard's aggregates), which
/// is why they live here and not in kehu-cli. Each prints its report on @p out and problems
/// on @p err (prefixed with the kehu-cli command) and returns kehu-cli's exit code: 0 ok,
/// 1 user error, 2 internal error.
namespace bench {

/// `bench import`: a purchases CSV of @p rows generated rows imported by Kehu, against a raw
/// sqlite3 insert of the same rows; with @p server (the address of an empty database), into
/// that database against psql's `\copy` of the same file (psql must be on the PATH).
int importBenchmark(qint64 rows, const QString &server, QTextStream &out, QTextStream &err);

/// `bench classify`: builds (or, with @p keep naming an existing file, reuses) a book of
/// @p customers customers and about @p rows purchases, and times a `kehu-cli classify` run
/// of it in a child process (this program, which must be kehu-cli) and its peak memory.
int classifyBenchmark(int customers, qint64 rows, const QString &keep, QTextStream &out, QTextStream &err);

/// `bench desks`: @p clients simulated desks on the server book at @p address (each its own
/// Workspace and connection, in its own thread) log visits and edit customers for @p seconds;
/// reports visits per second, save latency and, counted in the book afterwards, lost writes.
/// Exit code 2 when a write was lost or failed.
int desksBenchmark(const QString &address, int clients, int seconds, QTextStream &out, QTextStream &err);

/// `bench handover`: a book of 3 x @p customers customers, @p customers of them one rep's,
/// each of those with an open follow-up assigned to the rep; times planning the handover of
/// the rep's customers (filter by owner), the handover itself (one undoable step), its undo
/// and its redo.
int handoverBenchmark(int customers, QTextStream &out, QTextStream &err);

/// `dashboard --bench`: times the write of the current snapshot's aggregates and a refresh
/// of the dashboard for every owner, region and channel.
int dashboardBenchmark(Workspace &workspace, QTextStream &out, QTextStream &err);

} // namespace bench
} // namespace kehu
