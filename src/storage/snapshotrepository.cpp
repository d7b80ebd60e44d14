#include "snapshotrepository.h"

#include "snapshotrowstable.h"

#include "bulkinserter.h"
#include "cachesizescope.h"
#include "classification.h"
#include "database.h"
#include "daynumber.h"
#include "enumkeys.h"
#include "sqlrows.h"
#include "transaction.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace kehu {

namespace {

QString dateOrEmpty(int32_t day)
{
    return day == analytics::kNoPurchase ? QString() : isoDate(fromDayNumber(day));
}

SnapshotInfo readInfo(const QSqlQuery &q)
{
    SnapshotInfo info;
    info.id = q.value(0).toLongLong();
    info.takenAt = dateTimeOf(q.value(1));
    info.asOf = dateOf(q.value(2));
    info.label = q.value(3).toString();
    info.parameters = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    info.summary = SnapshotSummary::fromJson(q.value(5).toString().toUtf8());
    info.frozen = q.value(6).toBool();
    info.purpose = q.value(7).toString() == u"history" ? SnapshotPurpose::History : SnapshotPurpose::Current;
    info.customers = info.summary.customers;
    return info;
}

constexpr QLatin1StringView kInfoColumns("id, taken_at, as_of, label, parameters, summary, frozen, purpose");

constexpr QLatin1StringView kRowColumns(
    "r.customer_id, c.code, c.name, r.recency_days, r.frequency, r.monetary, r.revenue, r.r_score, r.f_score, "
    "r.m_score, r.rfm_segment, r.abc_class, r.behaviour, r.value_tier, r.clv, r.p_alive, r.expected_purchases, "
    "r.churn_flag, r.churn_reason");

SnapshotRow readRow(const QSqlQuery &q)
{
    SnapshotRow row;
    row.customerId = q.value(0).toLongLong();
    row.code = q.value(1).toString();
    row.name = q.value(2).toString();
    row.recencyDays = optionalInt(q.value(3));
    row.frequency = q.value(4).toInt();
    row.monetary = q.value(5).toLongLong();
    row.revenue = q.value(6).toLongLong();
    row.rScore = q.value(7).toInt();
    row.fScore = q.value(8).toInt();
    row.mScore = q.value(9).toInt();
    row.segment = q.value(10).toString();
    row.abcClass = q.value(11).toString();
    row.behaviour = q.value(12).toString();
    row.valueTier = q.value(13).toString();
    row.clv = optionalMoney(q.value(14));
    row.pAlive = optionalDouble(q.value(15));
    row.expectedPurchases = optionalDouble(q.value(16));
    row.churnFlag = q.value(17).toString();
    row.churnReason = q.value(18).toString();
    return row;
}

/// The order snapshot rows are written in: that of the CLV indexes (see schema_v5.sql), so
/// the table and those indexes grow at their ends instead of being written all over.
/// Returns positions in the result's columns.
std::vector<std::uint32_t> clvOrder(const ClassificationResult &r, const std::vector<CustomerId> &customerIds)
{
    const auto &s = r.summary;
    // Sorted as one contiguous array of keys: a comparator that looks into three columns
    // misses the cache on every comparison and took seconds for a million customers.
    struct OrderKey
    {
        int64_t clv;
        CustomerId id;
        std::uint32_t index;
    };
    std::vector<OrderKey> keys(s.size());
    for (std::uint32_t c = 0; c < s.size(); ++c)
        keys[c] = {s.hasPurchase(c) ? r.clv[c] : int64_t(-1), customerIds[c], c};
    std::sort(keys.begin(), keys.end(),
              [](const OrderKey &a, const OrderKey &b) { return a.clv != b.clv ? a.clv < b.clv : a.id < b.id; });
    std::vector<std::uint32_t> order(s.size());
    for (std::size_t i = 0; i < keys.size(); ++i)
        order[i] = keys[i].index;
    return order;
}

/// Binds the snapshot row of customer `id`, at position c of the result's columns; the
/// segment, "others" and other keys are stored as text.
void bindRow(BulkInserter &rows, qint64 snapshotId, CustomerId id, const ClassificationResult &r, std::uint32_t c,
             const QStringList &segmentKeys, const QString &othersKey)
{
    const bool modelled = !r.pAlive.empty();
    const auto &s = r.summary;
    const bool bought = s.hasPurchase(c);
    int i = 0;
    rows.bindInt(i++, snapshotId);
    rows.bindInt(i++, id);
    if (bought) {
        rows.bindText(i++, dateOrEmpty(s.firstDay[c]));
        rows.bindText(i++, dateOrEmpty(s.lastDay[c]));
        rows.bindInt(i++, r.rfm.recencyDays[c]);
    } else {
        rows.bindNull(i++);
        rows.bindNull(i++);
        rows.bindNull(i++);
    }
    rows.bindInt(i++, std::llround(r.rfm.frequency[c]));
    rows.bindInt(i++, s.orders[c]);
    rows.bindInt(i++, std::llround(r.rfm.monetary[c]));
    rows.bindInt(i++, s.revenue[c]);
    rows.bindInt(i++, s.profit[c]);
    rows.bindInt(i++, r.rfm.r[c]);
    rows.bindInt(i++, r.rfm.f[c]);
    rows.bindInt(i++, r.rfm.m[c]);
    if (bought) {
        const int16_t segment = r.segment[c];
        rows.bindText(i++, segment >= 0 ? QStringView(segmentKeys.at(segment)) : QStringView(othersKey));
        rows.bindText(i++, abcKey(r.abc.cls[c]));
        rows.bindText(i++, behaviourKey(r.behaviour[c]));
        rows.bindText(i++, valueTierKey(r.valueTier[c]));
        rows.bindInt(i++, r.clv[c]);
    } else {
        for (int k = 0; k < 5; ++k)
            rows.bindNull(i++);
    }
    if (modelled && bought && std::isfinite(r.pAlive[c]))
        rows.bindDouble(i++, r.pAlive[c]);
    else
        rows.bindNull(i++);
    if (modelled && bought && std::isfinite(r.expectedPurchases[c]))
        rows.bindDouble(i++, r.expectedPurchases[c]);
    else
        rows.bindNull(i++);
    if (bought) {
        rows.bindText(i++, churnStatusKey(r.churn.status[c]));
        rows.bindText(i++, churnReasonKey(r.churn.reason[c]));
    } else {
        rows.bindNull(i++);
        rows.bindNull(i++);
    }
}

} // namespace

qint64 SnapshotRepository::write(const ClassificationResult &r, const ClassificationPolicy &policy,
                                 const std::vector<CustomerId> &customerIds, const QString &label,
                                 SnapshotPurpose purpose, QString *error)
{
    QString localError;
    QString &err = error ? *error : localError;
    if (customerIds.size() != r.summary.size()) {
        err = QStringLiteral("snapshot: %1 customers but %2 results").arg(customerIds.size()).arg(r.summary.size());
        return 0;
    }
    const CacheSizeScope cache(m_database.connection(), 512);
    Transaction transaction(m_database.connection());
    if (!SnapshotRowsTable::takeTurn(m_database, &err))
        return 0;
    QSqlQuery q(m_database.connection());
    if (!execQuery(q,
                   QStringLiteral("INSERT INTO snapshots (taken_at, as_of, label, parameters, summary, purpose) "
                                  "VALUES (?, ?, ?, ?, ?, ?)"),
                   {QDateTime::currentDateTimeUtc().toString(Qt::ISODate), isoDate(fromDayNumber(r.asOfDay)),
                    notNullText(label),
                    QString::fromUtf8(QJsonDocument(policy.toJson()).toJson(QJsonDocument::Compact)),
                    QString::fromUtf8(SnapshotSummary::of(r, policy).toJson()),
                    purpose == SnapshotPurpose::History ? QStringLiteral("history") : QStringLiteral("current")},
                   &err))
        return 0;
    const qint64 snapshotId = q.lastInsertId().toLongLong();

    std::optional<SnapshotRowsTable> table = SnapshotRowsTable::begin(m_database, snapshotId, &err);
    if (!table)
        return 0;
    BulkInserter rows(m_database, table->name(),
                      QStringLiteral("snapshot_id, customer_id, first_purchase_on, last_purchase_on, recency_days, "
                                     "frequency, orders, monetary, revenue, profit, r_score, f_score, m_score, "
                                     "rfm_segment, abc_class, behaviour, value_tier, clv, p_alive, expected_purchases, "
                                     "churn_flag, churn_reason")
                          .split(QStringLiteral(", ")));
    if (!rows.isValid()) {
        err = rows.errorText();
        return 0;
    }
    // Keys repeat for every customer: convert each label once.
    QStringList segmentKeys;
    for (const auto &rule : policy.segments)
        segmentKeys << QString::fromStdString(rule.key);
    const QString othersKey = QString::fromLatin1(analytics::kOthersKey);
    // In the customers' order where that is free: the result's columns are then read front to
    // back, not at random (twenty cache misses a row took 4 s of a 1M-row snapshot).
    std::vector<std::uint32_t> order;
    if (table->indexedAfterLoad()) {
        order.resize(customerIds.size());
        std::iota(order.begin(), order.end(), 0U);
    } else {
        order = clvOrder(r, customerIds);
    }
    for (const std::uint32_t c : order) {
        bindRow(rows, snapshotId, customerIds[c], r, c, segmentKeys, othersKey);
        if (rows.step() != BulkInserter::Step::Inserted) {
            err = rows.errorText();
            return 0;
        }
    }
    if (!rows.finish()) {
        err = rows.errorText();
        return 0;
    }
    if (!table->attach(&err))
        return 0;
    if (!transaction.commit()) {
        err = QStringLiteral("snapshot: commit failed");
        return 0;
    }
    return snapshotId;
}

QList<SnapshotInfo> SnapshotRepository::list() const
{
    return selectRows(m_database.connection(), u"SELECT " + kInfoColumns + u" FROM snapshots ORDER BY as_of, id", {},
                      readInfo);
}

std::optional<SnapshotInfo> SnapshotRepository::find(qint64 id) const
{
    return selectOne(m_database.connection(), u"SELECT " + kInfoColumns + u" FROM snapshots WHERE id = ?", {id},
                     readInfo);
}

std::optional<SnapshotInfo> SnapshotRepository::current() const
{
    return selectOne(m_database.connection(), u"SELECT " + kInfoColumns + u" FROM current_snapshot", {}, readInfo);
}

bool SnapshotRepository::setFrozen(qint64 id, bool frozen)
{
    QSqlQuery q(m_database.connection());
    return execQuery(q, QStringLiteral("UPDATE snapshots SET frozen = ? WHERE id = ?"), {frozen ? 1 : 0, id})
           && q.numRowsAffected() == 1;
}

bool SnapshotRepository::remove(qint64 id)
{
    // In the snapshot writers' turn (an attach and a drop at once could deadlock). The no-op
    // update takes the snapshot's row lock (no one freezes it meanwhile) and says whether it
    // may go; its rows go before it, or the cascade would delete them one by one.
    Transaction transaction(m_database.connection());
    QSqlQuery q(m_database.connection());
    return SnapshotRowsTable::takeTurn(m_database, nullptr)
           && execQuery(q, QStringLiteral("UPDATE snapshots SET frozen = 0 WHERE id = ? AND frozen = 0"), {id})
           && q.numRowsAffected() == 1 && SnapshotRowsTable::drop(m_database, id, nullptr)
           && execQuery(q, QStringLiteral("DELETE FROM snapshots WHERE id = ?"), {id}) && q.numRowsAffected() == 1
           && transaction.commit();
}

bool SnapshotRepository::forEachComparedRow(qint64 currentId, qint64 previousId,
                                            const std::function<void(const ComparedRow &)> &visit, QString *error) const
{
    ComparedRow row;
    return visitRows(
        m_database.connection(),
        QStringLiteral(
            "SELECT cur.customer_id, c.code, c.name, c.owner, cur.rfm_segment, cur.abc_class, cur.churn_flag, "
            "cur.clv, cur.revenue, cur.first_purchase_on, cur.last_purchase_on, prev.rfm_segment, prev.abc_class, "
            "prev.churn_flag, prev.revenue "
            "FROM snapshot_rows cur JOIN customers c ON c.id = cur.customer_id "
            "LEFT JOIN snapshot_rows prev ON prev.snapshot_id = ? AND prev.customer_id = cur.customer_id "
            "WHERE cur.snapshot_id = ? AND c.deleted_at IS NULL"),
        {previousId, currentId},
        [&](const QSqlQuery &q) {
            row.id = q.value(0).toLongLong();
            row.code = q.value(1).toString();
            row.name = q.value(2).toString();
            row.owner = q.value(3).toString();
            row.segment = optionalText(q.value(4));
            row.abcClass = optionalText(q.value(5));
            row.churnFlag = q.value(6).toString();
            row.clv = optionalMoney(q.value(7));
            row.revenue = q.value(8).toLongLong();
            row.firstPurchase = q.value(9).toString();
            row.lastPurchase = q.value(10).toString();
            row.previousSegment = optionalText(q.value(11));
            row.previousAbcClass = optionalText(q.value(12));
            row.previousChurnFlag = q.value(13).toString();
            row.previousRevenue = q.value(14).toLongLong();
            visit(row);
        },
        error);
}

bool SnapshotRepository::forEachRow(qint64 snapshotId, const std::function<bool(const SnapshotRow &)> &visit) const
{
    if (!find(snapshotId))
        return false;
    return visitRows(
        m_database.connection(),
        u"SELECT " + kRowColumns
            + u" FROM snapshot_rows r JOIN customers c ON c.id = r.customer_id WHERE r.snapshot_id = ? ORDER BY c.code",
        {snapshotId}, [&visit](const QSqlQuery &q) { return visit(readRow(q)); });
}

std::optional<SnapshotRow> SnapshotRepository::row(qint64 snapshotId, CustomerId customer) const
{
    return selectOne(m_database.connection(),
                     u"SELECT " + kRowColumns
                         + u" FROM snapshot_rows r JOIN customers c ON c.id = r.customer_id WHERE r.snapshot_id = ? "
                           u"AND r.customer_id = ?",
                     {snapshotId, customer}, readRow);
}

} // namespace kehu
