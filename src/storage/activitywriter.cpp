#include "activitywriter.h"

#include "bulkinserter.h"
#include "database.h"
#include "daynumber.h"
#include "enumkeys.h"
#include "sqlrows.h"
#include "transaction.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <utility>

namespace kehu {

ActivityWriter::ActivityWriter(Database &database) : m_database(database) {}

ActivityWriter::~ActivityWriter() = default;

qint64 ActivityWriter::importKey(QStringView identity)
{
    // FNV-1a over UTF-16: stable across runs and platforms, unlike qHash's seeded hash.
    quint64 hash = 14695981039346656037ULL;
    for (QChar c : identity) {
        hash ^= c.unicode();
        hash *= 1099511628211ULL;
    }
    return static_cast<qint64>(hash >> 1);
}

qint64 ActivityWriter::rowKey(qint64 amount, int occurrence)
{
    // splitmix64 finaliser over (amount, occurrence): stable everywhere, well spread.
    quint64 z = quint64(amount) * 0x9E3779B97F4A7C15ULL + quint64(occurrence);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return static_cast<qint64>((z ^ (z >> 31)) >> 1);
}

ActivityWriter::Result ActivityWriter::finish(BulkInserter &inserter)
{
    m_last = &inserter;
    switch (inserter.step()) {
    case BulkInserter::Step::Inserted: return Result::Inserted;
    case BulkInserter::Step::Ignored: return Result::AlreadyThere;
    case BulkInserter::Step::Failed: break;
    }
    m_error = inserter.errorText();
    return Result::Failed;
}

namespace {

// Must stay the definition of schema_v1.sql; a storage test compares the two.
constexpr QLatin1StringView kPurchaseKeyIndex(
    "CREATE UNIQUE INDEX purchases_customer_day_key ON purchases(customer_id, purchased_on, import_key)");

} // namespace

bool ActivityWriter::purchasesEmpty() const
{
    QSqlQuery q(m_database.connection());
    return q.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM purchases)")) && q.next() && q.value(0).toBool();
}

QString ActivityWriter::quoted(const QString &identifier) const
{
    return m_database.connection().driver()->escapeIdentifier(identifier, QSqlDriver::TableName);
}

bool ActivityWriter::beginPurchaseBulkLoad(QString *error)
{
    m_droppedKeys.clear();
    // When a drop fails, rolling back to the savepoint puts back what was dropped and the
    // caller's transaction goes on without the bulk load (on a server it was aborted).
    Savepoint savepoint(m_database.connection(), QStringLiteral("kehu_bulk_load"));
    if (!savepoint.isActive()) {
        if (error)
            *error = QStringLiteral("cannot set a savepoint for the bulk load");
        return false;
    }
    if (m_database.isServer()) {
        // The foreign key too: checking it row by row costs as much as the insert, one
        // check of the whole table when it comes back is a single join. And the primary key:
        // its index, built in one pass afterwards, saves a fifth of the COPY. Put back in
        // this order (the primary key before the foreign key).
        const bool read = visitRows(
            m_database.connection(),
            QStringLiteral("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
                           "WHERE conrelid = 'purchases'::regclass AND contype IN ('p', 'f') ORDER BY contype DESC"),
            {},
            [this](const QSqlQuery &q) {
                m_droppedKeys.append({q.value(0).toString(), q.value(1).toString()});
            },
            error);
        if (!read)
            return false;
        for (const auto &[name, definition] : std::as_const(m_droppedKeys)) {
            if (!m_database.execute(u"ALTER TABLE purchases DROP CONSTRAINT " + quoted(name), error)) {
                m_droppedKeys.clear();
                return false;
            }
        }
    }
    if (!m_database.execute(QStringLiteral("DROP INDEX IF EXISTS purchases_customer_day_key"), error)
        || !savepoint.release()) {
        m_droppedKeys.clear();
        return false;
    }
    m_purchases.reset();
    m_bulkLoad = true;
    return true;
}

bool ActivityWriter::endPurchaseBulkLoad(QString *error)
{
    m_purchases.reset();
    m_bulkLoad = false;
    if (!m_database.execute(QString(kPurchaseKeyIndex), error))
        return false;
    for (const auto &[name, definition] : std::as_const(m_droppedKeys)) {
        if (!m_database.execute(u"ALTER TABLE purchases ADD CONSTRAINT " + quoted(name) + u' ' + definition, error))
            return false;
    }
    m_droppedKeys.clear();
    return true;
}

namespace {

constexpr QLatin1StringView kStagingTable("kehu_purchase_staging");
constexpr QLatin1StringView
    kPurchaseColumns("customer_id, purchased_on, amount, profit, quantity, channel, source_ref, import_key");

} // namespace

bool ActivityWriter::beginStagedPurchases(QString *error)
{
    if (!m_database.isServer())
        return false;
    m_staged = 0;
    QStringList columns = QString(kPurchaseColumns).split(QStringLiteral(", "));
    if (m_bulkLoad) {
        // A first load into the empty table has nothing stored to skip: straight in, no merge.
        m_staging = std::make_unique<BulkInserter>(m_database, QStringLiteral("purchases"), columns);
    } else {
        // The purchases' column types without their constraints, and each row's place in the
        // order it was staged; dropped by the merge, or at the end of the transaction.
        if (!m_database.execute(u"CREATE TEMPORARY TABLE " + kStagingTable + u" ON COMMIT DROP AS SELECT "
                                    + kPurchaseColumns + u", 0::bigint AS ordinal FROM purchases WITH NO DATA",
                                error))
            return false;
        columns << QStringLiteral("ordinal");
        m_staging = std::make_unique<BulkInserter>(m_database, QString(kStagingTable), columns);
    }
    if (!m_staging->isValid()) {
        if (error)
            *error = m_staging->errorText();
        m_staging.reset();
        return false;
    }
    return true;
}

std::optional<qint64> ActivityWriter::mergeStagedRange(qint64 from, qint64 to, QString *error, QString *sqlState)
{
    // In staging order, so that ids follow the file as they do one by one.
    QSqlQuery merge(m_database.connection());
    if (!execQuery(merge,
                   u"INSERT INTO purchases (" + kPurchaseColumns + u") SELECT " + kPurchaseColumns + u" FROM "
                       + kStagingTable + u" WHERE ordinal >= ? AND ordinal < ? ORDER BY ordinal ON CONFLICT DO NOTHING",
                   {from, to}, error)) {
        if (sqlState)
            *sqlState = merge.lastError().nativeErrorCode();
        return std::nullopt;
    }
    return merge.numRowsAffected();
}

qint64 ActivityWriter::firstFailingStagedRow(qint64 staged, QString *error)
{
    // Halves the rows known to hold the failure, each try in a savepoint: rows before the
    // failure stay merged, so the search costs about two merges (the caller rolls back).
    qint64 from = 0;
    qint64 to = staged;
    while (to - from > 1) {
        const qint64 middle = from + (to - from) / 2;
        bool merged = false;
        {
            Savepoint attempt(m_database.connection(), QStringLiteral("kehu_merge_search"));
            if (!attempt.isActive())
                return -1;
            merged = mergeStagedRange(from, middle, error).has_value() && attempt.release();
        }
        (merged ? from : to) = middle;
    }
    // The row left must fail on its own; when it does not, the failure came and went.
    return staged > 0 && !mergeStagedRange(from, to, error) ? from : -1;
}

std::optional<qint64> ActivityWriter::mergeStagedPurchases(QString *error, qint64 *failedRow)
{
    if (failedRow)
        *failedRow = -1;
    if (!m_staging)
        return 0;
    const std::unique_ptr<BulkInserter> staging = std::move(m_staging);
    if (!staging->finish()) {
        if (error)
            *error = staging->errorText();
        // Straight into purchases the COPY names the row; into the staging table nothing
        // is checked yet, so a refusal there is the connection's, not a row's.
        if (failedRow && m_bulkLoad && staging->failedRow() > 0)
            *failedRow = staging->failedRow() - 1;
        return std::nullopt;
    }
    if (m_bulkLoad)
        return m_staged;
    QString mergeError;
    QString sqlState;
    std::optional<qint64> inserted;
    {
        Savepoint merge(m_database.connection(), QStringLiteral("kehu_merge"));
        inserted = merge.isActive() ? mergeStagedRange(0, m_staged, &mergeError, &sqlState) : std::nullopt;
        if (inserted && !merge.release()) {
            if (error)
                *error = m_database.connection().lastError().text();
            return std::nullopt;
        }
    }
    if (!inserted) {
        if (error)
            *error = mergeError;
        // Only a refused row (bad data, a constraint, a trigger's exception: SQLSTATE classes
        // 22, 23, P0) has a line to find; a deadlock, a timeout or a cancel has none.
        const bool rowRefused = sqlState.startsWith(u"22") || sqlState.startsWith(u"23") || sqlState.startsWith(u"P0");
        if (!rowRefused)
            return std::nullopt;
        QString rowError;
        const qint64 row = firstFailingStagedRow(m_staged, &rowError);
        if (row >= 0) {
            if (failedRow)
                *failedRow = row;
            if (error)
                *error = rowError;
        }
        return std::nullopt;
    }
    if (!m_database.execute(u"DROP TABLE " + kStagingTable, error))
        return std::nullopt;
    return inserted;
}

ActivityWriter::Result ActivityWriter::addPurchase(const Purchase &p, qint64 importKey)
{
    if (!m_staging && !m_purchases) {
        const QString insert = u"INSERT INTO purchases (" + kPurchaseColumns + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        m_purchases = std::make_unique<BulkInserter>(
            m_database, m_bulkLoad ? insert : insert + QStringLiteral(" ON CONFLICT DO NOTHING"));
    }
    BulkInserter &ins = m_staging ? *m_staging : *m_purchases;
    ins.bindInt(0, p.customerId);
    char date[10];
    ins.bindText(1, isoDate(p.date, date));
    ins.bindInt(2, p.amount);
    ins.bindInt(3, p.profit);
    ins.bindInt(4, p.quantity);
    ins.bindText(5, p.channel);
    ins.bindText(6, p.sourceRef);
    ins.bindInt(7, importKey);
    if (!m_staging)
        return finish(ins);
    if (!m_bulkLoad)
        ins.bindInt(8, m_staged);
    ++m_staged;
    if (ins.step() == BulkInserter::Step::Inserted)
        return Result::Staged;
    m_error = ins.errorText();
    return Result::Failed;
}

ActivityWriter::Result ActivityWriter::addVisit(const Visit &v, std::optional<qint64> importKey)
{
    if (!m_visits) {
        m_visits = std::make_unique<BulkInserter>(
            m_database, QStringLiteral("INSERT INTO visits (customer_id, visited_at, kind, staff, amount, "
                                       "satisfaction, note, next_followup, import_key) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    }
    BulkInserter &ins = *m_visits;
    ins.bindInt(0, v.customerId);
    ins.bindText(1, v.time.toString(Qt::ISODate));
    ins.bindText(2, toKey(v.kind).toString());
    ins.bindText(3, v.staff);
    ins.bindInt(4, v.amount);
    ins.bindInt(5, v.satisfaction);
    ins.bindText(6, v.note);
    ins.bindDate(7, v.nextFollowUp);
    ins.bindInt(8, importKey);
    return finish(ins);
}

ActivityWriter::Result ActivityWriter::addSurvey(const SurveyResponse &s, std::optional<qint64> importKey)
{
    if (!m_surveys) {
        m_surveys = std::make_unique<BulkInserter>(
            m_database, QStringLiteral("INSERT INTO surveys (customer_id, surveyed_on, nps, csat, comment, "
                                       "import_key) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    }
    BulkInserter &ins = *m_surveys;
    ins.bindInt(0, s.customerId);
    ins.bindText(1, isoDate(s.date));
    ins.bindInt(2, s.nps);
    ins.bindInt(3, s.csat);
    ins.bindText(4, s.comment);
    ins.bindInt(5, importKey);
    return finish(ins);
}

qint64 ActivityWriter::lastInsertId() const
{
    return m_last ? m_last->lastInsertId() : 0;
}

} // namespace kehu
