#include "benchmarks.h"

#include "activitywriter.h"
#include "bookaddress.h"
#include "customerbook.h"
#include "customerlistrepository.h"
#include "customerrepository.h"
#include "customersearchindex.h"
#include "dashboardrepository.h"
#include "database.h"
#include "daynumber.h"
#include "deskledger.h"
#include "followuprepository.h"
#include "handover.h"
#include "importer.h"
#include "plainpurchasefile.h"
#include "snapshotaggregator.h"
#include "transaction.h"
#include "visitrecorder.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <memory>
#include <utility>
#include <vector>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace kehu::bench {

namespace {

/// splitmix64: fast, reproducible benchmark data.
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    int below(int n) { return int(next() % quint64(n)); }
    bool chance(double p) { return uniform() < p; }

private:
    quint64 m_state;
};

/// About `rows` purchases of `customers` customers over three years, from a BG/NBD-like
/// process: each customer buys at their own rate (mean gap 7 to 120 days) and stops after
/// any purchase with a probability that makes the mean count rows / customers, and never
/// after the end of the history. Customer by customer, days increasing: the shape of a
/// real purchase log. With `exactRows` more customers are added (or the last ones cut) until
/// there are exactly `rows` purchases; otherwise the total is close to `rows`.
std::vector<PlainPurchase> generatePurchases(qint64 rows, int customers, quint64 seed, bool exactRows = false)
{
    Random random(seed);
    std::vector<PlainPurchase> purchases;
    purchases.reserve(std::size_t(rows + rows / 4));
    const DayNumber start = toDayNumber(QDate(2023, 1, 1));
    const DayNumber end = toDayNumber(QDate(2025, 12, 31));
    const double meanCount = double(rows) / double(customers);
    // Truncation at the end day cuts the mean count; this factor, measured, puts it back.
    const double dropout = 1.0 / (meanCount * 1.6);
    for (int c = 0; c < customers || (exactRows && qint64(purchases.size()) < rows); ++c) {
        const double meanGap = 7.0 + 113.0 * random.uniform();
        const qint64 spend = 2000 + qint64(random.below(30000));
        DayNumber day = start + random.below(end - start + 1);
        do {
            const qint64 amount = spend / 2 + qint64(random.below(int(spend)));
            purchases.push_back({c, day, amount, amount / 4});
            day += 1 + int(-std::log1p(-random.uniform()) * meanGap);
        } while (day <= end && !random.chance(dropout));
    }
    if (exactRows)
        purchases.resize(std::size_t(rows));
    return purchases;
}

QString code(int customer)
{
    return QStringLiteral("C%1").arg(customer + 1, 7, 10, QLatin1Char('0'));
}

bool writeCsv(const QString &path, const std::vector<PlainPurchase> &purchases)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray buffer = "customer,date,amount,profit\n";
    for (const PlainPurchase &p : purchases) {
        buffer += code(p.customer).toLatin1() + ',' + isoDate(fromDayNumber(p.day)).toLatin1() + ','
                  + QByteArray::number(p.amount / 100) + '.' + QByteArray::number(p.amount % 100).rightJustified(2, '0')
                  + ',' + QByteArray::number(p.profit / 100) + '.'
                  + QByteArray::number(p.profit % 100).rightJustified(2, '0') + '\n';
        if (buffer.size() > (1 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
    return true;
}

/// Seconds from BEGIN to COMMIT of the plain insert loop; negative when it failed.
double plainInsertSeconds(const QString &path, const std::vector<PlainPurchase> &purchases)
{
    const auto file = PlainPurchaseFile::create(path);
    if (!file)
        return -1;
    QElapsedTimer timer;
    timer.start();
    const bool committed = file->insertAll(purchases);
    const double elapsed = double(timer.nsecsElapsed()) / 1e9;
    return committed ? elapsed : -1;
}

} // namespace

namespace {

/// Whether the book at `path` exists and holds customers.
bool holdsCustomers(const QString &path)
{
    if (!BookAddress::looksLikeServer(path))
        return QFileInfo::exists(path);
    auto opened = Database::open(path);
    return opened.database && CustomerRepository(*opened.database).count() > 0;
}

QString rate(double rows, double seconds)
{
    return QString::number(rows / seconds / 1e6, 'f', 2) + QStringLiteral("M rows/s");
}

/// Imports `csvPath` into the book at `address` with Kehu's importer; the seconds it took,
/// or a negative number after reporting on `err`.
double timeKehuImport(const QString &address, const QString &csvPath, qint64 expected, QTextStream &out,
                      QTextStream &err)
{
    auto opened = Database::open(address);
    if (!opened.database) {
        err << "kehu-cli bench import: " << opened.message << "\n";
        return -1;
    }
    ImportRequest request;
    request.kind = ImportKind::Purchases;
    request.path = csvPath;
    QElapsedTimer timer;
    timer.start();
    Workspace workspace(std::move(opened.database));
    const ImportSummary summary = workspace.importer().run(request);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (summary.outcome != ImportSummary::Outcome::Committed || summary.inserted != expected) {
        err << "kehu-cli bench import: the import did not write every row (" << summary.inserted << " of " << expected
            << "): " << summary.failure << "\n";
        return -1;
    }
    out << "kehu import (read, validate, resolve customers, insert with index, commit): "
        << QString::number(seconds, 'f', 3) << " s, " << rate(double(expected), seconds) << " (read and validate "
        << QString::number(summary.readMilliseconds / 1000.0, 'f', 3) << " s, write "
        << QString::number(summary.writeMilliseconds / 1000.0, 'f', 3) << " s)\n";
    if (opened.database->isServer())
        out << (summary.bulkLoaded ? "bulk path: COPY straight into purchases, their keys and the customers' indexes "
                                     "made again after the load\n"
                                   : "bulk path: COPY into a staging table, merged with INSERT ... SELECT\n");
    else
        out << "bulk path: "
            << (opened.database->nativeHandle() ? "SQLite C API on Qt's connection" : "Qt SQL (portable path)")
            << (summary.bulkLoaded ? ", key index rebuilt after the load" : ", key index maintained row by row")
            << "\n";
    return seconds;
}

/// psql's `\copy` of the CSV into a bare table of the same columns (the server's own bulk
/// path with nothing around it), in the book's database; the table is dropped afterwards.
/// Seconds, or a negative number after reporting on `err`.
double psqlCopySeconds(const QString &address, const QString &csvPath, QTextStream &err)
{
    // The password through the environment: the command line is visible to every user.
    BookAddress::Server server = BookAddress::parse(address).serverPart();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!server.password.isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), std::exchange(server.password, QString()));
    const QString connection = BookAddress::server(server).connectionString();
    const auto psql = [&connection, &environment](const QString &command) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                                               QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), connection,
                                               QStringLiteral("-c"), command});
        if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            return QStringLiteral("psql: %1 %2").arg(process.errorString(), QString::fromUtf8(process.readAll()));
        return QString();
    };
    if (const QString problem = psql(PlainPurchaseTable::create()); !problem.isEmpty()) {
        err << "kehu-cli bench import: " << problem << "\n";
        return -1;
    }
    QElapsedTimer timer;
    timer.start();
    const QString copied = psql(PlainPurchaseTable::copyFrom(csvPath));
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    psql(PlainPurchaseTable::drop());
    if (!copied.isEmpty()) {
        err << "kehu-cli bench import: " << copied << "\n";
        return -1;
    }
    return seconds;
}

} // namespace

int importBenchmark(qint64 rows, const QString &server, QTextStream &out, QTextStream &err)
{
    if (!server.isEmpty() && holdsCustomers(server)) {
        err << "kehu-cli bench import: " << BookAddress::parse(server).toString()
            << " already holds customers; the benchmark needs an empty book\n";
        return 2;
    }
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("purchases.csv"));
    out << "generating " << rows << " purchases...\n";
    out.flush();
    const auto purchases = generatePurchases(rows, int(std::max<qint64>(1, rows / 10)), 42, true);
    const qint64 generated = qint64(purchases.size());
    const int customers = purchases.empty() ? 0 : purchases.back().customer + 1;
    if (!writeCsv(csvPath, purchases)) {
        err << "kehu-cli bench import: cannot write " << csvPath << "\n";
        return 2;
    }
    out << "file: " << QFileInfo(csvPath).size() / (1024 * 1024) << " MB, " << generated << " rows, " << customers
        << " customers (created by the import)\n";
    const bool onServer = !server.isEmpty();
    const double raw = onServer ? psqlCopySeconds(server, csvPath, err)
                                : plainInsertSeconds(dir.filePath(QStringLiteral("raw.sqlite")), purchases);
    if (raw < 0)
        return 2;
    out << (onServer ? "psql \\copy into a bare table (text, date, numeric, numeric), one transaction: "
                     : "raw sqlite3 prepared insert, one transaction: ")
        << QString::number(raw, 'f', 3) << " s, " << rate(double(generated), raw) << "\n";
    out.flush();
    const double kehu = timeKehuImport(onServer ? server : dir.filePath(QStringLiteral("kehu.sqlite")), csvPath,
                                       generated, out, err);
    if (kehu < 0)
        return 2;
    out << "kehu / raw: " << QString::number(100.0 * raw / kehu, 'f', 0) << "% (goal: 50% or more)\n";
    return 0;
}

namespace {

/// Builds a database of `customers` customers and about `rows` purchases through the same
/// bulk paths a first import takes (lean customer inserts, search and key indexes rebuilt
/// once on a file; COPY on a server).
bool buildClassifyDatabase(const QString &path, int customers, qint64 rows, QString *error)
{
    auto opened = Database::open(path);
    if (!opened.database) {
        *error = opened.message;
        return false;
    }
    Database &db = *opened.database;
    const auto purchases = generatePurchases(rows, customers, 7);
    Transaction transaction(db.connection());
    CustomerSearchIndex search(db);
    const bool searchSuspended = search.suspend(nullptr);
    QStringList codes;
    codes.reserve(customers);
    for (int c = 0; c < customers; ++c)
        codes << code(c);
    const std::vector<CustomerId> ids = CustomerRepository(db).insertMinimal(codes, codes, error);
    if (ids.size() != std::size_t(customers))
        return false;
    ActivityWriter writer(db);
    const bool bulk = writer.beginPurchaseBulkLoad(nullptr);
    const bool staged = writer.beginStagedPurchases(error);
    qint64 key = 0;
    for (const PlainPurchase &p : purchases) {
        Purchase purchase;
        purchase.customerId = ids[std::size_t(p.customer)];
        purchase.date = fromDayNumber(p.day);
        purchase.amount = p.amount;
        purchase.profit = p.profit;
        if (writer.addPurchase(purchase, ++key) == ActivityWriter::Result::Failed) {
            *error = writer.errorText();
            return false;
        }
    }
    if (staged && !writer.mergeStagedPurchases(error))
        return false;
    if (bulk && !writer.endPurchaseBulkLoad(error))
        return false;
    return (!searchSuspended || search.rebuildAndResume(error)) && transaction.commit();
}

} // namespace

int classifyBenchmark(int customers, qint64 rows, const QString &keep, QTextStream &out, QTextStream &err)
{
    QTemporaryDir dir;
    QString path = keep;
    if (path.isEmpty())
        path = dir.filePath(QStringLiteral("bench.kehu"));
    const QString shown = BookAddress::parse(path).toString();
    if (!holdsCustomers(path)) {
        out << "building " << shown << ": " << customers << " customers, " << rows << " purchases...\n";
        out.flush();
        QElapsedTimer build;
        build.start();
        QString error;
        if (!buildClassifyDatabase(path, customers, rows, &error)) {
            err << "kehu-cli bench classify: " << error << "\n";
            return 2;
        }
        out << "built in " << QString::number(double(build.elapsed()) / 1000.0, 'f', 1) << " s\n";
    } else {
        out << "reusing " << shown << "\n";
    }
    // The run happens in a child process, so that its peak memory is its own and not the
    // generator's.
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    // The book through the environment: a server address may hold a password, which the
    // command line would show to every user of the machine.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("KEHU_DB"), path);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("classify"), QStringLiteral("--skip-check"), QStringLiteral("--as-of"),
                 QStringLiteral("2025-12-31"), QStringLiteral("--label"), QStringLiteral("bench")});
    child.waitForFinished(-1);
    const double wall = double(timer.nsecsElapsed()) / 1e9;
    out << child.readAllStandardOutput();
    if (child.exitCode() != 0) {
        err << "kehu-cli bench classify: the classify run failed\n";
        return 2;
    }
    out << "whole classify run (process start to exit, without the integrity check at open): "
        << QString::number(wall, 'f', 2) << " s (goal < 5 s)\n";
#ifdef Q_OS_UNIX
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    out << "peak memory of the run: " << usage.ru_maxrss / 1024 << " MB (goal < 1536 MB)\n";
#endif
    return 0;
}

namespace {

const QString kLeavingRep = QStringLiteral("离职的销售");

/// 3 x `customers` customers, every third one the leaving rep's with an open follow-up
/// assigned to them; the others are two colleagues'.
bool buildHandoverBook(Database &db, int customers, QString *error)
{
    Transaction transaction(db.connection());
    QStringList codes;
    codes.reserve(3 * customers);
    for (int c = 0; c < 3 * customers; ++c)
        codes << code(c);
    const std::vector<CustomerId> ids = CustomerRepository(db).insertMinimal(codes, codes, error);
    if (ids.size() != std::size_t(3) * std::size_t(customers))
        return false;
    QList<CustomerId> owners[3];
    QList<FollowUp> followUps;
    followUps.reserve(customers);
    for (std::size_t i = 0; i < ids.size(); ++i) {
        owners[i % 3] << ids[i];
        if (i % 3 == 0)
            followUps.append(
                FollowUp{0, ids[i], QDate(2026, 12, 1), std::nullopt, kLeavingRep, QStringLiteral("bench")});
    }
    CustomerRepository repository(db);
    return repository.setOwner(owners[0], kLeavingRep, error)
           && repository.setOwner(owners[1], QStringLiteral("同事甲"), error)
           && repository.setOwner(owners[2], QStringLiteral("同事乙"), error)
           && FollowUpRepository(db).addAll(followUps, error) == customers && transaction.commit();
}

QString secondsSince(QElapsedTimer &timer)
{
    QString text = QString::number(double(timer.nsecsElapsed()) / 1e9, 'f', 2) + QStringLiteral(" s");
    timer.restart();
    return text;
}

} // namespace

int handoverBenchmark(int customers, QTextStream &out, QTextStream &err)
{
    QTemporaryDir dir;
    auto opened = Workspace::open(dir.filePath(QStringLiteral("handover.kehu")));
    if (!opened.workspace) {
        err << "kehu-cli bench handover: " << opened.message << "\n";
        return 2;
    }
    Workspace &workspace = *opened.workspace;
    QString error;
    QElapsedTimer timer;
    timer.start();
    if (!buildHandoverBook(workspace.database(), customers, &error)) {
        err << "kehu-cli bench handover: " << error << "\n";
        return 2;
    }
    out << "built " << 3 * customers << " customers, " << customers << " of them with a follow-up, in "
        << secondsSince(timer) << "\n";
    CustomerListQuery query;
    query.filter.owner = kLeavingRep;
    Handover handover(workspace);
    const auto plan = handover.plan(query, QStringLiteral("接手的销售"), &error);
    if (!plan) {
        err << "kehu-cli bench handover: " << error << "\n";
        return 2;
    }
    const QString planned = secondsSince(timer);
    qint64 followUps = 0;
    if (!handover.handOver(*plan, &error, &followUps)) {
        err << "kehu-cli bench handover: " << error << "\n";
        return 2;
    }
    const QString handed = secondsSince(timer);
    out << "plan (" << plan->customers.size() << " customers): " << planned << "\n"
        << "hand over (" << plan->customers.size() << " customers, " << followUps << " follow-ups): " << handed << "\n";
    workspace.undoStack()->undo();
    out << "undo: " << secondsSince(timer) << "\n";
    workspace.undoStack()->redo();
    out << "redo: " << secondsSince(timer) << "\n";
    const qint64 moved = CustomerListRepository(workspace.database()).matching(query).size();
    if (moved != 0) {
        err << "kehu-cli bench handover: " << moved << " customers still with the leaving rep\n";
        return 2;
    }
    return 0;
}

int dashboardBenchmark(Workspace &workspace, QTextStream &out, QTextStream &err)
{
    DashboardRepository repo(workspace.database());
    QString error;
    QElapsedTimer timer;
    const auto first = repo.load({}, &error); // writes missing aggregates
    if (!first.snapshot.id) {
        err << "kehu-cli dashboard: no snapshot " << error << "\n";
        return 1;
    }
    timer.start();
    if (!SnapshotAggregator(workspace.database()).write(first.snapshot.id, &error)) {
        err << "kehu-cli dashboard: " << error << "\n";
        return 2;
    }
    out << "aggregates of snapshot " << first.snapshot.id << " (" << first.kpis.customers << " customers) written in "
        << timer.elapsed() << " ms\n";
    QList<DashboardFilter> filters{DashboardFilter{}};
    for (const QString &owner : repo.distinct(QStringLiteral("owner")))
        filters << DashboardFilter{{}, {}, owner, {}, {}};
    for (const QString &region : repo.distinct(QStringLiteral("region")))
        filters << DashboardFilter{QDate(2025, 10, 1), QDate(2025, 12, 31), {}, region, {}};
    for (const QString &channel : repo.distinct(QStringLiteral("channel")))
        filters << DashboardFilter{{}, {}, {}, {}, channel};
    QList<double> ms;
    for (const DashboardFilter &f : filters) {
        timer.restart();
        const auto d = repo.load(f, &error);
        ms << double(timer.nsecsElapsed()) / 1e6;
        Q_UNUSED(d);
    }
    std::sort(ms.begin(), ms.end());
    out << "refresh after a filter change, " << ms.size() << " filters: median "
        << QString::number(ms.at(ms.size() / 2), 'f', 1) << " ms, max " << QString::number(ms.last(), 'f', 1)
        << " ms\n";
    return 0;
}

} // namespace kehu::bench

namespace kehu::bench {

namespace {

/// What one simulated desk did.
struct DeskTally
{
    qint64 visits = 0;    ///< visits recorded (their note carries the run's tag)
    qint64 edits = 0;     ///< customer saves that went through
    qint64 conflicts = 0; ///< saves refused because another desk saved first
    qint64 errors = 0;
    QString firstError;
    std::vector<double> saveMs; ///< every write's latency, visits and edits
};

/// One desk for `seconds`: three visits logged at the counter for each customer edited,
/// on customers picked at random from `customers`, through the services a person's clicks
/// call (VisitRecorder, CustomerBook::save).
DeskTally runDesk(const QString &address, int desk, const QString &tag, const std::vector<CustomerId> &customers,
                  int seconds)
{
    DeskTally tally;
    auto opened = Workspace::open(address);
    if (!opened.workspace) {
        tally.errors = 1;
        tally.firstError = opened.message;
        return tally;
    }
    Workspace &workspace = *opened.workspace;
    Random random(quint64(desk) * 7919 + 1);
    QElapsedTimer clock;
    clock.start();
    QElapsedTimer one;
    const auto failed = [&tally](const QString &error) {
        if (tally.errors++ == 0)
            tally.firstError = error;
    };
    while (clock.elapsed() < qint64(seconds) * 1000) {
        const CustomerId id = customers[std::size_t(random.below(int(customers.size())))];
        QString error;
        if (random.below(4) != 0) {
            VisitDraft draft;
            draft.customerId = id;
            draft.amount = 1000 + random.below(50000);
            draft.satisfaction = 1 + random.below(5);
            draft.staff = QStringLiteral("desk %1").arg(desk);
            draft.note = QStringLiteral("%1 desk %2 #%3").arg(tag).arg(desk).arg(tally.visits + 1);
            one.start();
            const bool recorded = VisitRecorder(workspace).record(draft, &error).has_value();
            tally.saveMs.push_back(double(one.nsecsElapsed()) / 1e6);
            if (recorded)
                ++tally.visits;
            else
                failed(error);
            continue;
        }
        std::optional<Customer> customer = workspace.customers().get(id);
        if (!customer) {
            failed(QStringLiteral("customer %1 vanished").arg(id));
            continue;
        }
        customer->preferences = QStringLiteral("%1 desk %2 edit %3").arg(tag).arg(desk).arg(tally.edits + 1);
        one.start();
        const SaveResult saved = workspace.customers().save(*customer, &error);
        tally.saveMs.push_back(double(one.nsecsElapsed()) / 1e6);
        switch (saved) {
        case SaveResult::Saved: ++tally.edits; break;
        case SaveResult::Conflict: ++tally.conflicts; break;
        case SaveResult::NotFound:
        case SaveResult::Failed: failed(error); break;
        }
    }
    return tally;
}

constexpr int kDeskCustomers = 2000;
constexpr QLatin1StringView kDeskCode("DESK");

/// The customers the desks work on ("DESK0001"...), made the first time.
std::vector<CustomerId> deskCustomers(Database &db, QString *error)
{
    CustomerRepository repository(db);
    QStringList codes;
    QStringList names;
    std::vector<CustomerId> ids;
    const QHash<QString, CustomerId> known = repository.codeIndex();
    for (int i = 1; i <= kDeskCustomers; ++i) {
        const QString code = QString(kDeskCode) + QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0'));
        if (const auto found = known.constFind(code); found != known.cend()) {
            ids.push_back(found.value());
        } else {
            codes << code;
            names << QStringLiteral("Desk customer %1").arg(i);
        }
    }
    if (codes.isEmpty())
        return ids;
    Transaction transaction(db.connection());
    const std::vector<CustomerId> made = repository.insertMinimal(codes, names, error);
    if (made.size() != std::size_t(codes.size()) || !transaction.commit())
        return {};
    ids.insert(ids.end(), made.begin(), made.end());
    return ids;
}

} // namespace

int desksBenchmark(const QString &address, int clients, int seconds, QTextStream &out, QTextStream &err)
{
    auto opened = Database::open(address);
    if (!opened.database) {
        err << "kehu-cli bench desks: " << opened.message << "\n";
        return 2;
    }
    Database &db = *opened.database;
    QString error;
    const std::vector<CustomerId> customers = deskCustomers(db, &error);
    if (customers.empty()) {
        err << "kehu-cli bench desks: cannot make the desks' customers: " << error << "\n";
        return 2;
    }
    const DeskLedger ledger(db);
    const std::optional<qint64> versionsBefore = ledger.versionSum(QString(kDeskCode));
    const QString tag = QStringLiteral("bench-%1").arg(QDateTime::currentMSecsSinceEpoch());
    out << clients << " desks on " << BookAddress::parse(address).toString() << " for " << seconds << " s, "
        << customers.size() << " customers...\n";
    out.flush();

    std::vector<DeskTally> tallies(static_cast<std::size_t>(clients));
    std::vector<std::unique_ptr<QThread>> threads;
    for (int d = 0; d < clients; ++d) {
        threads.emplace_back(
            QThread::create([&, d] { tallies[std::size_t(d)] = runDesk(address, d + 1, tag, customers, seconds); }));
        threads.back()->start();
    }
    for (auto &thread : threads)
        thread->wait();

    DeskTally all;
    for (const DeskTally &t : tallies) {
        all.visits += t.visits;
        all.edits += t.edits;
        all.conflicts += t.conflicts;
        all.errors += t.errors;
        if (all.firstError.isEmpty())
            all.firstError = t.firstError;
        all.saveMs.insert(all.saveMs.end(), t.saveMs.begin(), t.saveMs.end());
    }
    std::sort(all.saveMs.begin(), all.saveMs.end());
    const auto percentile = [&all](double p) {
        return all.saveMs.empty()
                   ? 0.0
                   : all.saveMs[std::min(all.saveMs.size() - 1, std::size_t(p * double(all.saveMs.size())))];
    };
    // Counted afterwards, in the book: every visit a desk was told was recorded is there
    // once (by its tag), and every edit that was saved bumped its customer's version once.
    const std::optional<DeskLedger::NotedVisits> visits = ledger.visitsNoted(tag + u' ');
    const std::optional<qint64> versionsAfter = ledger.versionSum(QString(kDeskCode));
    if (!visits || !versionsBefore || !versionsAfter) {
        err << "kehu-cli bench desks: cannot count what the book holds afterwards\n";
        return 2;
    }
    const qint64 editsStored = *versionsAfter - *versionsBefore;
    const qint64 lostVisits = std::max<qint64>(0, all.visits - visits->distinctNotes);
    const qint64 lostEdits = std::max<qint64>(0, all.edits - editsStored);
    // Rows beyond the visits that were asked for and found once, and versions beyond the edits.
    const qint64 extra = (visits->rows - std::min(all.visits, visits->distinctNotes))
                         + std::max<qint64>(0, editsStored - all.edits);
    out << "visits recorded: " << all.visits << " (" << QString::number(double(all.visits) / seconds, 'f', 1)
        << " per second), customer edits saved: " << all.edits << ", edits refused as conflicts: " << all.conflicts
        << "\n";
    out << "save latency (visits and edits, " << all.saveMs.size() << " saves): median "
        << QString::number(percentile(0.5), 'f', 1) << " ms, p95 " << QString::number(percentile(0.95), 'f', 1)
        << " ms, max " << QString::number(all.saveMs.empty() ? 0.0 : all.saveMs.back(), 'f', 1) << " ms\n";
    out << "counted afterwards: " << visits->distinctNotes << " of " << all.visits << " visits, " << editsStored
        << " of " << all.edits << " edits; lost writes: " << lostVisits + lostEdits
        << ", written twice or unasked: " << extra << "\n";
    if (all.errors > 0)
        out << "errors: " << all.errors << " (first: " << all.firstError << ")\n";
    return lostVisits + lostEdits == 0 && extra == 0 && all.errors == 0 ? 0 : 2;
}

} // namespace kehu::bench
