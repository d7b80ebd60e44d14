#include "purchasecolumnsloader.h"

#include "copyout.h"
#include "database.h"
#include "daynumber.h"
#include "sqlrows.h"

#include <sqlite3.h>

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <charconv>
#include <numeric>
#include <unordered_map>

namespace kehu {

namespace {

/// Maps customer ids to dense indexes. Ids are SQLite rowids, nearly contiguous, so a flat
/// table beats a hash map; a sparse id range falls back to one.
class DenseIndex
{
public:
    explicit DenseIndex(const std::vector<CustomerId> &ids)
    {
        if (ids.empty())
            return;
        m_min = ids.front();
        const CustomerId span = ids.back() - m_min + 1;
        if (span <= CustomerId(ids.size()) * 4 + 1024) {
            m_flat.assign(std::size_t(span), kMissing);
            for (std::size_t i = 0; i < ids.size(); ++i)
                m_flat[std::size_t(ids[i] - m_min)] = std::uint32_t(i);
        } else {
            m_sparse.reserve(ids.size());
            for (std::size_t i = 0; i < ids.size(); ++i)
                m_sparse.emplace(ids[i], std::uint32_t(i));
        }
    }

    static constexpr std::uint32_t kMissing = 0xffffffffu;

    std::uint32_t operator()(CustomerId id) const
    {
        if (!m_flat.empty()) {
            const CustomerId offset = id - m_min;
            return offset >= 0 && offset < CustomerId(m_flat.size()) ? m_flat[std::size_t(offset)] : kMissing;
        }
        const auto found = m_sparse.find(id);
        return found == m_sparse.end() ? kMissing : found->second;
    }

private:
    CustomerId m_min = 0;
    std::vector<std::uint32_t> m_flat;
    std::unordered_map<CustomerId, std::uint32_t> m_sparse;
};

struct RawRows
{
    std::vector<std::uint32_t> customer;
    std::vector<std::int32_t> day;
    std::vector<std::int64_t> amount;
    std::vector<std::int64_t> profit;

    void append(std::uint32_t c, std::int32_t d, std::int64_t a, std::int64_t p)
    {
        customer.push_back(c);
        day.push_back(d);
        amount.push_back(a);
        profit.push_back(p);
    }
};

constexpr const char *kPurchaseScan = "SELECT customer_id, purchased_on, amount, coalesce(profit, 0) FROM purchases";

bool scanNative(sqlite3 *db, const DenseIndex &index, RawRows *rows, QString *error)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, kPurchaseScan, -1, &statement, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    int rc = SQLITE_ROW;
    bool ok = true;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        const std::uint32_t customer = index(sqlite3_column_int64(statement, 0));
        if (customer == DenseIndex::kMissing)
            continue; // a purchase of a deleted customer
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, 1));
        DayNumber day = 0;
        if (!text || !parseIsoDay(text, sqlite3_column_bytes(statement, 1), &day)) {
            *error = QStringLiteral("purchase of customer %1 has an unreadable date '%2'")
                         .arg(sqlite3_column_int64(statement, 0))
                         .arg(QString::fromUtf8(text ? text : ""));
            ok = false;
            break;
        }
        rows->append(customer, day, sqlite3_column_int64(statement, 2), sqlite3_column_int64(statement, 3));
    }
    if (ok && rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        ok = false;
    }
    sqlite3_finalize(statement);
    return ok;
}

bool scanPortable(const QSqlDatabase &db, const DenseIndex &index, RawRows *rows, QString *error)
{
    bool dated = true;
    const bool read = visitRows(
        db, QString::fromLatin1(kPurchaseScan), {},
        [&](const QSqlQuery &query) {
            const std::uint32_t customer = index(query.value(0).toLongLong());
            if (customer == DenseIndex::kMissing)
                return true;
            const QByteArray text = query.value(1).toString().toLatin1();
            DayNumber day = 0;
            if (!parseIsoDay(text.constData(), text.size(), &day)) {
                *error = QStringLiteral("purchase of customer %1 has an unreadable date '%2'")
                             .arg(query.value(0).toLongLong())
                             .arg(QString::fromLatin1(text));
                dated = false;
                return false;
            }
            rows->append(customer, day, query.value(2).toLongLong(), query.value(3).toLongLong());
            return true;
        },
        error);
    return read && dated;
}

/// The tab-separated fields of one COPY text line, as integers or raw text.
class CopyFields
{
public:
    explicit CopyFields(QByteArrayView line) : m_rest(line) {}

    QByteArrayView text()
    {
        const qsizetype tab = m_rest.indexOf('\t');
        const QByteArrayView field = tab < 0 ? m_rest : m_rest.first(tab);
        m_rest = tab < 0 ? QByteArrayView() : m_rest.sliced(tab + 1);
        return field;
    }
    bool integer(std::int64_t *value)
    {
        const QByteArrayView field = text();
        const auto parsed = std::from_chars(field.data(), field.data() + field.size(), *value);
        return parsed.ec == std::errc() && parsed.ptr == field.data() + field.size();
    }

private:
    QByteArrayView m_rest;
};

bool scanServer(Database &database, const DenseIndex &index, RawRows *rows, QString *error)
{
    QString problem;
    CopyOut copy(database);
    const bool copied = copy.run(QString::fromLatin1(kPurchaseScan), [&](QByteArrayView line) {
        CopyFields fields(line);
        std::int64_t id = 0;
        std::int64_t amount = 0;
        std::int64_t profit = 0;
        const bool readId = fields.integer(&id);
        const QByteArrayView date = fields.text();
        DayNumber day = 0;
        if (!readId || !parseIsoDay(date.data(), date.size(), &day) || !fields.integer(&amount)
            || !fields.integer(&profit)) {
            problem = QStringLiteral("purchase of customer %1 cannot be read: '%2'")
                          .arg(id)
                          .arg(QString::fromUtf8(line.data(), line.size()));
            return false;
        }
        if (const std::uint32_t customer = index(id); customer != DenseIndex::kMissing)
            rows->append(customer, day, amount, profit);
        return true;
    });
    *error = copied ? problem : copy.errorText();
    return copied && problem.isEmpty();
}

} // namespace

bool PurchaseColumnsLoader::loadCustomerIds(std::vector<CustomerId> *ids, QString *error) const
{
    static const char *const kSql = "SELECT id FROM customers WHERE deleted_at IS NULL ORDER BY id";
    // A million ids through QSqlQuery cost about half a second of QVariant traffic.
    if (sqlite3 *db = m_database.nativeHandle()) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, kSql, -1, &statement, nullptr) != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(db));
            return false;
        }
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
            ids->push_back(sqlite3_column_int64(statement, 0));
        sqlite3_finalize(statement);
        if (rc != SQLITE_DONE) {
            *error = QString::fromUtf8(sqlite3_errmsg(db));
            return false;
        }
        return true;
    }
    if (m_database.isServer()) {
        CopyOut copy(m_database);
        bool readable = true;
        const bool copied = copy.run(QString::fromLatin1(kSql), [ids, &readable](QByteArrayView line) {
            std::int64_t id = 0;
            readable = CopyFields(line).integer(&id);
            ids->push_back(id);
            return readable;
        });
        if (error)
            *error = !copied ? copy.errorText() : readable ? QString() : QStringLiteral("unreadable customer id");
        return copied && readable;
    }
    return visitRows(
        m_database.connection(), QString::fromLatin1(kSql), {},
        [ids](const QSqlQuery &query) { ids->push_back(query.value(0).toLongLong()); }, error);
}

bool PurchaseColumnsLoader::load(PurchaseColumnsData *data, QString *error) const
{
    QString localError;
    QString &err = error ? *error : localError;
    *data = {};

    if (!loadCustomerIds(&data->customerIds, &err))
        return false;
    const DenseIndex index(data->customerIds);

    RawRows rows;
    QSqlQuery count(m_database.connection());
    if (count.exec(QStringLiteral("SELECT max(id) FROM purchases")) && count.next()) {
        const auto expected = std::size_t(std::max<qint64>(0, count.value(0).toLongLong()));
        rows.customer.reserve(expected);
        rows.day.reserve(expected);
        rows.amount.reserve(expected);
        rows.profit.reserve(expected);
    }
    const bool scanned = m_database.nativeHandle() ? scanNative(m_database.nativeHandle(), index, &rows, &err)
                         : m_database.isServer()   ? scanServer(m_database, index, &rows, &err)
                                                   : scanPortable(m_database.connection(), index, &rows, &err);
    if (!scanned)
        return false;

    // Counting sort by customer (stable), then by day within each customer: rows are mostly
    // inserted in date order already, so the inner sorts are nearly free.
    const std::size_t n = rows.customer.size();
    std::vector<std::size_t> start(data->customerIds.size() + 1, 0);
    for (std::uint32_t c : rows.customer)
        ++start[c + 1];
    std::partial_sum(start.begin(), start.end(), start.begin());
    std::vector<std::uint32_t> order(n);
    {
        std::vector<std::size_t> next(start.begin(), start.end() - 1);
        for (std::size_t i = 0; i < n; ++i)
            order[next[rows.customer[i]]++] = std::uint32_t(i);
    }
    for (std::size_t c = 0; c + 1 < start.size(); ++c) {
        auto first = order.begin() + std::ptrdiff_t(start[c]);
        auto last = order.begin() + std::ptrdiff_t(start[c + 1]);
        if (!std::is_sorted(first, last, [&](auto a, auto b) { return rows.day[a] < rows.day[b]; }))
            std::stable_sort(first, last, [&](auto a, auto b) { return rows.day[a] < rows.day[b]; });
    }
    data->customer.resize(n);
    data->day.resize(n);
    data->amount.resize(n);
    data->profit.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint32_t from = order[i];
        data->customer[i] = rows.customer[from];
        data->day[i] = rows.day[from];
        data->amount[i] = rows.amount[from];
        data->profit[i] = rows.profit[from];
    }
    return true;
}

} // namespace kehu
