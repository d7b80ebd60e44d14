#include "storage/snapshotaggregator.h"

#include "analytics/valuehistogram.h"
#include "storage/bulkinserter.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace kehu {

namespace {

struct Totals
{
    qint64 customers = 0;
    qint64 revenue = 0;
    qint64 value = 0;
};

/// (kind, group, key1, key2). Summed in a hash (eight lookups per customer: a std::map of
/// string tuples cost seconds on a million customers), written in sorted order so that the
/// table stays reproducible for tests and diffs.
using Key = std::tuple<QString, int, QString, QString>;

struct KeyHash
{
    std::size_t operator()(const Key &key) const
    {
        const auto &[kind, group, key1, key2] = key;
        return qHashMulti(0, kind, group, key1, key2);
    }
};

} // namespace

bool SnapshotAggregator::has(qint64 snapshotId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM snapshot_aggregates WHERE snapshot_id = ? LIMIT 1"));
    q.addBindValue(snapshotId);
    return q.exec() && q.next();
}

bool SnapshotAggregator::write(qint64 snapshotId, QString *error)
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT c.owner, c.region, c.channel, c.customer_type, ifnull(s.rfm_segment, ''), ifnull(s.abc_class, ''), "
        "ifnull(s.r_score, 0), ifnull(s.f_score, 0), ifnull(s.churn_flag, ''), s.clv, s.revenue, "
        "ifnull(substr(s.first_purchase_on, 1, 7), '') "
        "FROM snapshot_rows s JOIN customers c ON c.id = s.customer_id "
        "WHERE s.snapshot_id = ? AND c.deleted_at IS NULL"));
    q.addBindValue(snapshotId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    QHash<QString, int> groupIndex;
    QList<QStringList> groups;
    std::unordered_map<Key, Totals, KeyHash> totals;
    totals.reserve(4096);
    // Short kind names repeat a million times: make them once.
    const QString kSegment = QStringLiteral("segment"), kAbc = QStringLiteral("abc"), kRf = QStringLiteral("rf"),
                  kChurn = QStringLiteral("churn"), kClv = QStringLiteral("clv_bin"),
                  kRevenue = QStringLiteral("revenue_bin"), kFirst = QStringLiteral("first_month"),
                  kType = QStringLiteral("type"), kEmpty;
    QStringList numbers;
    for (int i = 0; i <= 64; ++i)
        numbers << QString::number(i);
    while (q.next()) {
        const QString owner = q.value(0).toString();
        const QString region = q.value(1).toString();
        const QString channel = q.value(2).toString();
        const QString groupKey = owner + u'\x1f' + region + u'\x1f' + channel;
        auto found = groupIndex.constFind(groupKey);
        if (found == groupIndex.constEnd()) {
            found = groupIndex.insert(groupKey, int(groups.size()));
            groups.append({owner, region, channel});
        }
        const int g = *found;
        const QString segment = q.value(4).toString();
        const qint64 clv = q.value(9).toLongLong();
        const qint64 revenue = q.value(10).toLongLong();
        auto add = [&](const QString &kind, const QString &key1, const QString &key2) {
            Totals &t = totals[Key{kind, g, key1, key2}];
            ++t.customers;
            t.revenue += revenue;
            t.value += clv;
        };
        add(kSegment, segment, kEmpty);
        add(kAbc, q.value(5).toString(), kEmpty);
        add(kRf, numbers.value(q.value(6).toInt()), numbers.value(q.value(7).toInt()));
        add(kChurn, segment, q.value(8).toString());
        add(kType, q.value(3).toString(), kEmpty);
        if (!q.value(9).isNull())
            add(kClv, numbers.value(analytics::valueBin(clv)), kEmpty);
        add(kRevenue, numbers.value(analytics::valueBin(revenue)), kEmpty);
        const QString first = q.value(11).toString();
        if (!first.isEmpty())
            add(kFirst, first, kEmpty);
    }

    Transaction transaction(m_database.connection());
    QSqlQuery clear(m_database.connection());
    clear.prepare(QStringLiteral("DELETE FROM snapshot_aggregates WHERE snapshot_id = ?"));
    clear.addBindValue(snapshotId);
    if (!clear.exec()) {
        if (error)
            *error = clear.lastError().text();
        return false;
    }
    BulkInserter ins(m_database, QStringLiteral("INSERT INTO snapshot_aggregates (snapshot_id, kind, owner, region, "
                                                "channel, key1, key2, customers, revenue, value) "
                                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    std::vector<const std::pair<const Key, Totals> *> sorted;
    sorted.reserve(totals.size());
    for (const auto &entry : totals)
        sorted.push_back(&entry);
    std::sort(sorted.begin(), sorted.end(), [](const auto *a, const auto *b) { return a->first < b->first; });
    for (const auto *entry : sorted) {
        const auto &[key, t] = *entry;
        const auto &[kind, g, key1, key2] = key;
        const QStringList &group = groups.at(g);
        ins.bindInt(0, snapshotId);
        ins.bindText(1, kind);
        ins.bindText(2, group.at(0));
        ins.bindText(3, group.at(1));
        ins.bindText(4, group.at(2));
        ins.bindText(5, key1);
        ins.bindText(6, key2);
        ins.bindInt(7, t.customers);
        ins.bindInt(8, t.revenue);
        ins.bindInt(9, t.value);
        if (ins.step() != BulkInserter::Step::Inserted) {
            if (error)
                *error = ins.errorText();
            return false;
        }
    }
    if (!transaction.commit()) {
        if (error)
            *error = QStringLiteral("aggregates: commit failed");
        return false;
    }
    return true;
}

} // namespace kehu
