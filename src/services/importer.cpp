#include "importer.h"

#include "accessguard.h"
#include "restorepoints.h"
#include "workspace.h"

#include "activitywriter.h"
#include "cachesizescope.h"
#include "contactnormalizer.h"
#include "customerrepository.h"
#include "customersearchindex.h"
#include "database.h"
#include "daynumber.h"
#include "flatcounter.h"
#include "recordparser.h"
#include "settingsrepository.h"
#include "transaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <utility>

namespace kehu {

qsizetype ImportSummary::errorCount() const
{
    return std::count_if(issues.cbegin(), issues.cend(), [](const ImportIssue &i) { return i.isError(); });
}

namespace {

constexpr qsizetype kProgressEvery = 4096;

/// Progress and cancellation shared by the writers; they return false to stop.
struct WriteState
{
    ImportSummary &summary;
    const Importer::Progress &progress;
    qsizetype total = 0;
    qsizetype done = 0;
    bool cancelled = false;

    /// Counts one written row; false when writing failed (the reason names the line) or the
    /// user cancelled.
    bool record(ActivityWriter::Result result, qsizetype line, const ActivityWriter &writer)
    {
        switch (result) {
        case ActivityWriter::Result::Inserted: ++summary.inserted; break;
        case ActivityWriter::Result::AlreadyThere: ++summary.unchanged; break;
        case ActivityWriter::Result::Staged: break; // counted at the merge
        case ActivityWriter::Result::Failed:
            summary.failure = QStringLiteral("line %1: %2").arg(line).arg(writer.errorText());
            return false;
        }
        return step();
    }

    bool step()
    {
        ++done;
        if (progress && done % kProgressEvery == 0 && !progress(done, total))
            cancelled = true;
        return !cancelled;
    }
};

/// Customers a file names by a code the book does not know yet, in the order the file first
/// names them, with the name each gets.
struct NewCustomers
{
    QStringList codes;
    QStringList names;
};

/// Resolves customer codes to ids; the customers a file names by a new code are made first,
/// all in one batch (on a server one COPY).
class CustomerResolver
{
public:
    explicit CustomerResolver(Database &database) : m_repository(database), m_index(m_repository.codeIndex()) {}

    qint64 knownCustomers() const { return m_index.size(); }

    /// The codes of `rows` that are not customers yet; `name(row)` is the name a new customer
    /// gets (its code when empty).
    template<typename Rows, typename Name>
    NewCustomers missing(const Rows &rows, Name name) const
    {
        NewCustomers missing;
        QSet<QString> seen;
        for (const auto &row : rows) {
            if (m_index.contains(row.customerCode) || seen.contains(row.customerCode))
                continue;
            seen.insert(row.customerCode);
            missing.codes << row.customerCode;
            const QString given = name(row);
            missing.names << (given.isEmpty() ? row.customerCode : given);
        }
        return missing;
    }

    /// Makes the customers; false with summary.failure set.
    bool create(const NewCustomers &customers, ImportSummary &summary)
    {
        const std::vector<CustomerId> ids = m_repository.insertMinimal(customers.codes, customers.names,
                                                                       &summary.failure);
        if (ids.size() != std::size_t(customers.codes.size()))
            return false;
        for (qsizetype i = 0; i < customers.codes.size(); ++i)
            m_index.insert(customers.codes.at(i), ids[std::size_t(i)]);
        summary.customersCreated += customers.codes.size();
        return true;
    }

    /// The id of a code the book knows or create() made.
    CustomerId resolve(const QString &code) const { return m_index.value(code); }

private:
    CustomerRepository m_repository;
    QHash<QString, CustomerId> m_index;
};

/// Counts how often an identity has been seen so far in this file, so that two equal rows
/// get different keys and a re-import of the file gets the same keys again.
class OccurrenceCounter
{
public:
    QString keyed(const QString &identity) { return identity + u'#' + QString::number(++m_seen[identity]); }

private:
    QHash<QString, int> m_seen;
};

/// Rows this large into an empty table are bulk-loaded (see ActivityWriter).
constexpr qsizetype kBulkLoadRows = 50000;

/// Suspends the search indexes when the import creates more customers than the book has,
/// and rebuilds them at the end (CustomerSearchIndex); a no-op otherwise.
class SearchIndexLoad
{
public:
    SearchIndexLoad(Database &db, qint64 existing, qint64 added) : m_index(db)
    {
        m_suspended = CustomerSearchIndex::worthSuspending(existing, added) && m_index.suspend(nullptr);
    }
    bool finish(QString *error) { return !m_suspended || m_index.rebuildAndResume(error); }

private:
    CustomerSearchIndex m_index;
    bool m_suspended = false;
};

bool writePurchases(Database &db, const ParsedPurchases &parsed, WriteState &state)
{
    CustomerResolver customers(db);
    const NewCustomers added = customers.missing(parsed.rows,
                                                 [](const ParsedPurchaseRow &row) { return row.customerName; });
    SearchIndexLoad search(db, customers.knownCustomers(), added.codes.size());
    if (!customers.create(added, state.summary))
        return false;
    ActivityWriter writer(db);
    // Dropping the index fails e.g. on a file while another statement on this connection is
    // still reading; the import then simply keeps the index up to date row by row. On a
    // server every purchase goes through COPY.
    const bool bulkWanted = parsed.rows.size() >= kBulkLoadRows && writer.purchasesEmpty();
    const bool bulkLoad = bulkWanted && writer.beginPurchaseBulkLoad(&state.summary.failure);
    if (bulkWanted && !bulkLoad)
        state.summary.failure.clear();
    const bool staged = writer.beginStagedPurchases(&state.summary.failure);
    if (db.isServer() && !staged)
        return false;
    state.summary.bulkLoaded = bulkLoad;
    // How often each (customer, day, amount) occurred so far gives rows without an order
    // reference their key; in bulk mode a second counter replaces the unique index in
    // catching rows whose (customer, day, key) repeats (the same order reference twice).
    FlatCounter occurrences(std::size_t(parsed.rows.size()));
    FlatCounter seen(bulkLoad ? std::size_t(parsed.rows.size()) : 0);
    std::vector<qsizetype> stagedLines; // the file's line of each staged row, for a merge's error
    for (const ParsedPurchaseRow &row : parsed.rows) {
        Purchase purchase = row.purchase;
        purchase.customerId = customers.resolve(row.customerCode);
        const quint64 customerDay = quint64(purchase.customerId) * 0x9E3779B97F4A7C15ULL
                                    ^ quint64(purchase.date.toJulianDay()) * 0xC2B2AE3D27D4EB4FULL;
        const qint64 key = purchase.sourceRef.isEmpty()
                               ? ActivityWriter::rowKey(
                                   purchase.amount, int(occurrences.increment(customerDay ^ quint64(purchase.amount))))
                               : ActivityWriter::importKey(QString(u"ref:" + purchase.sourceRef));
        if (bulkLoad && seen.increment(customerDay ^ (quint64(key) * 0xD6E8FEB86659FD93ULL)) > 1) {
            ++state.summary.unchanged;
            if (!state.step())
                return false;
            continue;
        }
        const ActivityWriter::Result result = writer.addPurchase(purchase, key);
        if (result == ActivityWriter::Result::Staged)
            stagedLines.push_back(row.line);
        if (!state.record(result, row.line, writer))
            return false;
    }
    if (staged) {
        qint64 failedRow = -1;
        const std::optional<qint64> inserted = writer.mergeStagedPurchases(&state.summary.failure, &failedRow);
        if (!inserted) {
            if (failedRow >= 0 && std::size_t(failedRow) < stagedLines.size())
                state.summary.failure =
                    QStringLiteral("line %1: %2").arg(stagedLines[std::size_t(failedRow)]).arg(state.summary.failure);
            return false;
        }
        state.summary.inserted += *inserted;
        state.summary.unchanged += qint64(stagedLines.size()) - *inserted;
    }
    if (bulkLoad && !writer.endPurchaseBulkLoad(&state.summary.failure))
        return false;
    return search.finish(&state.summary.failure);
}

/// Visits and surveys: resolve the customer, key the row by what identifies it in the file
/// (customer, time or day, and how many equal rows came before), write it.
/// `prepare` fills the row's customer id and returns its identity and the value to write.
template<typename Rows, typename Prepare, typename Add>
bool writeActivities(Database &db, const Rows &rows, WriteState &state, Prepare prepare, Add add)
{
    CustomerResolver customers(db);
    if (!customers.create(customers.missing(rows, [](const auto &) { return QString(); }), state.summary))
        return false;
    ActivityWriter writer(db);
    OccurrenceCounter occurrences;
    for (const auto &row : rows) {
        auto [value, identity] = prepare(row, customers.resolve(row.customerCode));
        const qint64 key = ActivityWriter::importKey(occurrences.keyed(identity));
        if (!state.record(add(writer, value, key), row.line, writer))
            return false;
    }
    return true;
}

bool writeVisits(Database &db, const ParsedVisits &parsed, WriteState &state)
{
    return writeActivities(
        db, parsed.rows, state,
        [](const ParsedVisitRow &row, CustomerId id) {
            Visit visit = row.visit;
            visit.customerId = id;
            return std::pair{visit, QString(u"visit|" + row.customerCode + u'|' + visit.time.toString(Qt::ISODate))};
        },
        [](ActivityWriter &writer, const Visit &visit, qint64 key) { return writer.addVisit(visit, key); });
}

bool writeSurveys(Database &db, const ParsedSurveys &parsed, WriteState &state)
{
    return writeActivities(
        db, parsed.rows, state,
        [](const ParsedSurveyRow &row, CustomerId id) {
            SurveyResponse survey = row.survey;
            survey.customerId = id;
            return std::pair{survey, QString(u"survey|" + row.customerCode + u'|' + isoDate(survey.date))};
        },
        [](ActivityWriter &writer, const SurveyResponse &survey, qint64 key) { return writer.addSurvey(survey, key); });
}

/// Non-empty values of the file overwrite the stored ones; blanks keep what is stored.
bool mergeInto(Customer &stored, const Customer &incoming)
{
    bool changed = false;
    auto take = [&](QString &target, const QString &value) {
        if (!value.isEmpty() && target != value) {
            target = value;
            changed = true;
        }
    };
    take(stored.name, incoming.name);
    take(stored.phone, incoming.phone);
    take(stored.email, incoming.email);
    take(stored.company, incoming.company);
    take(stored.industry, incoming.industry);
    take(stored.companySize, incoming.companySize);
    take(stored.region, incoming.region);
    take(stored.channel, incoming.channel);
    take(stored.owner, incoming.owner);
    take(stored.explicitNeeds, incoming.explicitNeeds);
    take(stored.implicitNeeds, incoming.implicitNeeds);
    take(stored.preferences, incoming.preferences);
    take(stored.notes, incoming.notes);
    if (incoming.budget && stored.budget != incoming.budget) {
        stored.budget = incoming.budget;
        changed = true;
    }
    if (incoming.personality != PersonalityType::Unknown && stored.personality != incoming.personality) {
        stored.personality = incoming.personality;
        changed = true;
    }
    for (const QString &tag : incoming.tags) {
        if (!stored.tags.contains(tag)) {
            stored.tags.append(tag);
            changed = true;
        }
    }
    return changed;
}

QString duplicateReason(DuplicateMatch match)
{
    switch (match) {
    case DuplicateMatch::Phone: return QStringLiteral("phone");
    case DuplicateMatch::Email: return QStringLiteral("email");
    case DuplicateMatch::Name: break;
    }
    return QStringLiteral("name");
}

bool writeCustomers(Database &db, const ParsedCustomers &parsed, WriteState &state)
{
    CustomerRepository repository(db);
    QHash<QString, CustomerId> codes = repository.codeIndex();
    const qint64 newRows = std::count_if(parsed.rows.cbegin(), parsed.rows.cend(), [&](const ParsedCustomerRow &row) {
        return row.customer.code.isEmpty() || !codes.contains(row.customer.code);
    });
    SearchIndexLoad search(db, codes.size(), newRows);
    // Within the file, too: two new rows with the same phone are as suspicious as one
    // matching a stored customer.
    QHash<QString, const ParsedCustomerRow *> phonesInFile;
    QHash<QString, const ParsedCustomerRow *> emailsInFile;

    for (const ParsedCustomerRow &row : parsed.rows) {
        Customer incoming = row.customer;
        std::optional<Customer> stored;
        if (!incoming.code.isEmpty()) {
            if (codes.contains(incoming.code))
                stored = repository.findById(codes.value(incoming.code));
        } else {
            // No code: an exact (normalised) name match stands for the customer, so that
            // importing the file again does not create them twice.
            const auto sameName = repository.likelyDuplicates(incoming);
            const auto byName = std::count_if(sameName.cbegin(), sameName.cend(), [](const DuplicateCandidate &d) {
                return d.match == DuplicateMatch::Name;
            });
            if (byName == 1) {
                for (const DuplicateCandidate &d : sameName) {
                    if (d.match == DuplicateMatch::Name)
                        stored = d.customer;
                }
            } else {
                incoming.code = QStringLiteral("K%1").arg(qint64(codes.size()) + 1, 6, 10, QLatin1Char('0'));
                while (codes.contains(incoming.code))
                    incoming.code += u'x';
            }
        }

        if (stored) {
            if (mergeInto(*stored, incoming)) {
                QString error;
                if (repository.update(*stored, &error) != SaveResult::Saved) {
                    state.summary.failure = QStringLiteral("line %1: %2").arg(row.line).arg(error);
                    return false;
                }
                ++state.summary.updated;
            } else {
                ++state.summary.unchanged;
            }
        } else {
            for (const DuplicateCandidate &d : repository.likelyDuplicates(incoming))
                state.summary.likelyDuplicates.append({row.line, incoming.code, incoming.name, d.customer.code,
                                                       d.customer.name, duplicateReason(d.match)});
            const QString phone = ContactNormalizer::phone(incoming.phone);
            const QString email = ContactNormalizer::email(incoming.email);
            if (const ParsedCustomerRow *other = phonesInFile.value(phone); other && !phone.isEmpty())
                state.summary.likelyDuplicates.append({row.line, incoming.code, incoming.name, other->customer.code,
                                                       other->customer.name, QStringLiteral("phone")});
            else if (const ParsedCustomerRow *other = emailsInFile.value(email); other && !email.isEmpty())
                state.summary.likelyDuplicates.append({row.line, incoming.code, incoming.name, other->customer.code,
                                                       other->customer.name, QStringLiteral("email")});
            if (!phone.isEmpty())
                phonesInFile.insert(phone, &row);
            if (!email.isEmpty())
                emailsInFile.insert(email, &row);

            const CustomerId id = repository.insert(incoming, &state.summary.failure);
            if (id == 0) {
                state.summary.failure = QStringLiteral("line %1: %2").arg(row.line).arg(state.summary.failure);
                return false;
            }
            codes.insert(incoming.code, id);
            ++state.summary.inserted;
        }
        if (!state.step())
            return false;
    }
    return search.finish(&state.summary.failure);
}

template<typename Parsed>
void takeReport(const Parsed &parsed, ImportSummary &summary)
{
    summary.issues = parsed.issues;
    summary.records = parsed.recordCount;
    summary.rejected = parsed.rejected.size();
}

template<typename Parsed>
bool writeRejects(const Parsed &parsed, const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("%1: cannot write the reject file: %2").arg(path, file.errorString());
        return false;
    }
    if (!parsed.headerRaw.isEmpty())
        file.write(parsed.headerRaw + "\n");
    for (const RejectedRecord &record : parsed.rejected)
        file.write(record.raw + "\n");
    return file.flush();
}

template<typename Parsed, typename Writer>
ImportSummary importParsed(Database &db, const ImportRequest &request, const Parsed &parsed, Writer write,
                           const Importer::Progress &progress,
                           const std::function<bool(const ImportSummary &, QString *)> &record)
{
    ImportSummary summary;
    summary.kind = request.kind;
    takeReport(parsed, summary);
    if (!parsed.usable || (parsed.errorCount() > 0 && !request.skipInvalid)) {
        summary.outcome = ImportSummary::Outcome::Rejected;
        return summary;
    }

    // A big import touches the tables and indexes all over; with SQLite's default 2 MB page
    // cache it rereads and rewrites the same pages many times (pread/pwrite in the profile).
    const CacheSizeScope cache(db.connection(), 256);
    Transaction transaction(db.connection());
    if (!transaction.isActive()) {
        summary.failure = QStringLiteral("cannot start a transaction");
        return summary;
    }
    QElapsedTimer timer;
    timer.start();
    WriteState state{summary, progress, parsed.rows.size()};
    if (!write(db, parsed, state)) {
        transaction.rollback();
        summary.outcome = state.cancelled ? ImportSummary::Outcome::Cancelled : ImportSummary::Outcome::Failed;
        return summary;
    }
    if (request.dryRun) {
        // Running the real writes and rolling back gives exact counts, duplicates included.
        transaction.rollback();
        summary.outcome = ImportSummary::Outcome::DryRun;
        return summary;
    }
    if (request.skipInvalid && !parsed.rejected.isEmpty()) {
        const QFileInfo input(request.path);
        summary.rejectFile = request.rejectPath.isEmpty()
                                 ? input.dir().filePath(input.completeBaseName() + QStringLiteral(".rejected.csv"))
                                 : request.rejectPath;
        if (!writeRejects(parsed, summary.rejectFile, &summary.failure)) {
            summary.outcome = ImportSummary::Outcome::Failed;
            return summary;
        }
    }
    if (!record(summary, &summary.failure) || !transaction.commit()) {
        if (summary.failure.isEmpty())
            summary.failure = QStringLiteral("commit failed");
        summary.outcome = ImportSummary::Outcome::Failed;
        return summary;
    }
    summary.outcome = ImportSummary::Outcome::Committed;
    summary.writeMilliseconds = double(timer.nsecsElapsed()) / 1e6;
    return summary;
}

} // namespace

bool Importer::recordImport(const ImportRequest &request, const QString &fileName, const ImportSummary &summary,
                            QString *error)
{
    // An import that found everything already there wrote nothing: there is nothing to record.
    if (summary.inserted == 0 && summary.updated == 0 && summary.customersCreated == 0)
        return true;
    static const char *const kinds[] = {"customers", "purchases", "visits", "surveys"};
    const QJsonObject after{{QStringLiteral("file"), fileName},
                            {QStringLiteral("kind"), QString::fromLatin1(kinds[int(request.kind)])},
                            {QStringLiteral("records"), double(summary.records)},
                            {QStringLiteral("inserted"), double(summary.inserted)},
                            {QStringLiteral("updated"), double(summary.updated)},
                            {QStringLiteral("customers_created"), double(summary.customersCreated)},
                            {QStringLiteral("rejected"), double(summary.rejected)}};
    AuditEntry entry{QStringLiteral("import"), QStringLiteral("file")};
    entry.detail = fileName;
    entry.after = QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact));
    return m_workspace.access().record(entry, error);
}

Importer::Importer(Workspace &workspace) : m_workspace(workspace), m_database(workspace.database()) {}

ImportSummary Importer::run(const ImportRequest &request, const Progress &progress)
{
    QString error;
    if (!m_workspace.access().require(Operation::ImportData, &error)) {
        ImportSummary summary;
        summary.kind = request.kind;
        summary.failure = error;
        return summary;
    }
    const std::optional<QByteArray> bytes = RecordParser::readFile(request.path, &error);
    if (!bytes) {
        ImportSummary summary;
        summary.kind = request.kind;
        summary.failure = error;
        return summary;
    }
    if (!request.dryRun && !RestorePoints(m_workspace).takeBeforeRiskyWrite(QStringLiteral("import"), &error)) {
        ImportSummary summary;
        summary.kind = request.kind;
        summary.failure = error;
        return summary;
    }
    ImportOptions options = request.options;
    if (options.fileName.isEmpty())
        options.fileName = QFileInfo(request.path).fileName();
    options.currency = Currency(SettingsRepository(m_database).currency());
    const RecordParser parser(options);
    QElapsedTimer timer;
    timer.start();
    auto import = [&](const auto &parsed, auto write) {
        const double readMilliseconds = double(timer.nsecsElapsed()) / 1e6;
        ImportSummary summary = importParsed(m_database, request, parsed, write, progress,
                                             [&](const ImportSummary &done, QString *recordError) {
                                                 return recordImport(request, options.fileName, done, recordError);
                                             });
        summary.readMilliseconds = readMilliseconds;
        return summary;
    };
    switch (request.kind) {
    case ImportKind::Customers: return import(parser.parseCustomers(*bytes), writeCustomers);
    case ImportKind::Purchases: return import(parser.parsePurchases(*bytes), writePurchases);
    case ImportKind::Visits: return import(parser.parseVisits(*bytes), writeVisits);
    case ImportKind::Surveys: return import(parser.parseSurveys(*bytes), writeSurveys);
    }
    return {};
}

} // namespace kehu
