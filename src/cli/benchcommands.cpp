#include "benchcommands.h"

#include "benchmarks.h"
#include "bookaddress.h"

namespace kehu::cli {

namespace {

int benchImport(const QCommandLineParser &parser, const QString &server)
{
    bool ok = false;
    const qint64 rows = parser.value(QStringLiteral("rows")).toLongLong(&ok);
    if (!ok || rows <= 0) {
        err() << "kehu-cli bench import: --rows expects a positive whole number\n";
        return UserError;
    }
    return bench::importBenchmark(rows, server, out(), err());
}

int benchClassify(const QCommandLineParser &parser, const QString &server)
{
    bool ok = false;
    const int customers = parser.value(QStringLiteral("customers")).toInt(&ok);
    bool okRows = false;
    const qint64 rows = parser.value(QStringLiteral("purchases")).toLongLong(&okRows);
    if (!ok || !okRows || customers <= 0 || rows < customers) {
        err() << "kehu-cli bench classify: --customers and --purchases expect positive numbers, purchases >= "
                 "customers\n";
        return UserError;
    }
    return bench::classifyBenchmark(customers, rows, server.isEmpty() ? parser.value(QStringLiteral("keep")) : server,
                                    out(), err());
}

int benchDesks(const QCommandLineParser &parser, const QString &server)
{
    bool ok = false;
    const int clients = parser.value(QStringLiteral("clients")).toInt(&ok);
    bool okSeconds = false;
    const int seconds = parser.value(QStringLiteral("seconds")).toInt(&okSeconds);
    if (!ok || !okSeconds || clients <= 0 || clients > 200 || seconds <= 0) {
        err() << "kehu-cli bench desks: --clients expects 1 to 200, --seconds a positive number\n";
        return UserError;
    }
    if (server.isEmpty()) {
        err() << "kehu-cli bench desks: give the server book with --db postgresql://...\n";
        return UserError;
    }
    return bench::desksBenchmark(server, clients, seconds, out(), err());
}

int benchHandover(const QCommandLineParser &parser, const QString &)
{
    bool ok = true;
    const int customers = parser.isSet(QStringLiteral("customers"))
                              ? parser.value(QStringLiteral("customers")).toInt(&ok)
                              : 100000;
    if (!ok || customers <= 0 || customers > 10000000) {
        err() << "kehu-cli bench handover: --customers expects 1 to 10000000\n";
        return UserError;
    }
    return bench::handoverBenchmark(customers, out(), err());
}

} // namespace

int runBench(const CommandArgs &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("what"), QStringLiteral("import, classify, desks or handover"));
    parser.addOption({QStringLiteral("rows"), QStringLiteral("bench import: purchases to generate (default 1000000)."),
                      QStringLiteral("n"), QStringLiteral("1000000")});
    parser.addOption(
        {QStringLiteral("customers"),
         QStringLiteral(
             "bench classify: customers (default 1000000); bench handover: the rep's customers (default 100000)."),
         QStringLiteral("n"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("purchases"), QStringLiteral("bench classify: purchases (default 10000000)."),
                      QStringLiteral("n"), QStringLiteral("10000000")});
    parser.addOption({QStringLiteral("clients"), QStringLiteral("bench desks: simulated desks (default 20)."),
                      QStringLiteral("n"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("bench desks: how long they work (default 60)."),
                      QStringLiteral("n"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("keep"),
                      QStringLiteral("bench classify: build the database at this path, or reuse it if it exists."),
                      QStringLiteral("file")});
    if (const int code = parseCommand(parser, args,
                                      QStringLiteral("Benchmarks on generated data. 'import' times a purchases CSV "
                                                     "import against a raw sqlite3 insert of the same rows; "
                                                     "'classify' times a full classification run and its peak "
                                                     "memory. With --db postgresql://... (an empty database), both "
                                                     "run on that server: import against psql's \\copy of the "
                                                     "same file. 'desks' (server only) has --clients desks log "
                                                     "visits and edit customers at once and counts lost writes."));
        code >= 0)
        return code;
    const QString what = parser.positionalArguments().value(0);
    // Only a server is taken from --db: the file benchmarks make their own books. Not from
    // KEHU_DB, which names the user's own book, never one to fill with generated data.
    const QString server = givenBook(parser, args);
    if (!server.isEmpty() && !BookAddress::looksLikeServer(server)) {
        err() << "kehu-cli bench: --db names the server database to measure (postgresql://...); file books are "
                 "made by the benchmark itself (bench classify: --keep FILE)\n";
        return UserError;
    }
    using Run = int (*)(const QCommandLineParser &, const QString &);
    const std::pair<const char16_t *, Run> runs[] = {
        {u"import", benchImport}, {u"classify", benchClassify}, {u"desks", benchDesks}, {u"handover", benchHandover}};
    for (const auto &[name, run] : runs) {
        if (what == QStringView(name))
            return run(parser, server);
    }
    err() << "kehu-cli bench: expected 'bench import', 'bench classify', 'bench desks' or 'bench handover'\n";
    return UserError;
}

} // namespace kehu::cli
