#include "snapshotaggregator.h"

#include "bulkinserter.h"
#include "database.h"
#include "sqlrows.h"
#include "transaction.h"
#include "valuehistogram.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

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
    return execQuery(q, QStringLiteral("SELECT 1 FROM snapshot_aggregates WHERE snapshot_id = ? LIMIT 1"), {snapshotId})
           && q.next();
}

/// Sums one snapshot's rows by (kind, group, key1, key2); fed from SQL or from memory.
class SnapshotAggregator::Accumulator
{
public:
    Accumulator()
    {
        for (int i = 0; i <= 64; ++i)
            m_numbers << QString::number(i);
    }

    void add(const QString &owner, const QString &region, const QString &channel, const QString &type,
             const QString &segment, const QString &abc, int r, int f, const QString &churn, std::optional<qint64> clv,
             qint64 revenue, const QString &firstMonth)
    {
        const QString groupKey = owner + u'\x1f' + region + u'\x1f' + channel;
        auto found = m_groupIndex.constFind(groupKey);
        if (found == m_groupIndex.constEnd()) {
            found = m_groupIndex.insert(groupKey, int(m_groups.size()));
            m_groups.append({owner, region, channel});
        }
        const int g = *found;
        const qint64 value = clv.value_or(0);
        auto sum = [&](const QString &kind, const QString &key1, const QString &key2) {
            Totals &t = m_totals[Key{kind, g, key1, key2}];
            ++t.customers;
            t.revenue += revenue;
            t.value += value;
        };
        sum(m_segment, segment, m_empty);
        sum(m_abc, abc, m_empty);
        sum(m_rf, m_numbers.value(r), m_numbers.value(f));
        sum(m_churn, segment, churn);
        sum(m_type, type, m_empty);
        if (clv)
            sum(m_clv, m_numbers.value(analytics::valueBin(*clv)), m_empty);
        sum(m_revenue, m_numbers.value(analytics::valueBin(revenue)), m_empty);
        if (!firstMonth.isEmpty())
            sum(m_first, firstMonth, m_empty);
    }

    bool write(Database &db, qint64 snapshotId, QString *error) const
    {
        Transaction transaction(db.connection());
        QSqlQuery clear(db.connection());
        if (!execQuery(clear, QStringLiteral("DELETE FROM snapshot_aggregates WHERE snapshot_id = ?"), {snapshotId},
                       error))
            return false;
        BulkInserter ins(db, QStringLiteral("snapshot_aggregates"),
                         QStringLiteral("snapshot_id, kind, owner, region, channel, key1, key2, customers, revenue, "
                                        "value")
                             .split(QStringLiteral(", ")));
        std::vector<const std::pair<const Key, Totals> *> sorted;
        sorted.reserve(m_totals.size());
        for (const auto &entry : m_totals)
            sorted.push_back(&entry);
        std::sort(sorted.begin(), sorted.end(), [](const auto *a, const auto *b) { return a->first < b->first; });
        for (const auto *entry : sorted) {
            const auto &[key, t] = *entry;
            const auto &[kind, g, key1, key2] = key;
            const QStringList &group = m_groups.at(g);
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
        if (!ins.finish()) {
            if (error)
                *error = ins.errorText();
            return false;
        }
        if (!transaction.commit()) {
            if (error)
                *error = QStringLiteral("aggregates: commit failed");
            return false;
        }
        return true;
    }

private:
    QHash<QString, int> m_groupIndex;
    QList<QStringList> m_groups;
    std::unordered_map<Key, Totals, KeyHash> m_totals;
    QStringList m_numbers;
    // Short kind names repeat a million times: made once.
    const QString m_segment = QStringLiteral("segment"), m_abc = QStringLiteral("abc"), m_rf = QStringLiteral("rf"),
                  m_churn = QStringLiteral("churn"), m_clv = QStringLiteral("clv_bin"),
                  m_revenue = QStringLiteral("revenue_bin"), m_first = QStringLiteral("first_month"),
                  m_type = QStringLiteral("type"), m_empty;
};

bool SnapshotAggregator::write(qint64 snapshotId, QString *error)
{
    Accumulator totals;
    const bool read = visitRows(
        m_database.connection(),
        QStringLiteral("SELECT c.owner, c.region, c.channel, c.customer_type, coalesce(s.rfm_segment, ''), "
                       "coalesce(s.abc_class, ''), coalesce(s.r_score, 0), coalesce(s.f_score, 0), "
                       "coalesce(s.churn_flag, ''), s.clv, s.revenue, coalesce(substr(s.first_purchase_on, 1, 7), '') "
                       "FROM snapshot_rows s JOIN customers c ON c.id = s.customer_id "
                       "WHERE s.snapshot_id = ? AND c.deleted_at IS NULL"),
        {snapshotId},
        [&totals](const QSqlQuery &q) {
            totals.add(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString(), q.value(5).toString(), q.value(6).toInt(), q.value(7).toInt(),
                       q.value(8).toString(), optionalMoney(q.value(9)), q.value(10).toLongLong(),
                       q.value(11).toString());
        },
        error);
    return read && totals.write(m_database, snapshotId, error);
}

bool SnapshotAggregator::write(qint64 snapshotId, const SnapshotRowsView &rows, QString *error)
{
    // The customers' grouping columns, in id order like rows.customerIds (both come from the
    // live customers sorted by id), in one sequential scan instead of a join per row.
    Accumulator totals;
    std::size_t i = 0;
    const QString empty;
    const bool read = visitRows(
        m_database.connection(),
        QStringLiteral("SELECT id, owner, region, channel, customer_type FROM customers "
                       "WHERE deleted_at IS NULL ORDER BY id"),
        {},
        [&](const QSqlQuery &q) {
            if (i >= rows.customerIds.size())
                return false;
            if (q.value(0).toLongLong() != rows.customerIds[i])
                return true; // a customer added after the run loaded its purchases
            const SnapshotRowLabels &row = rows.labels[i];
            totals.add(q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                       row.segment ? *row.segment : empty, row.abc ? *row.abc : empty, row.r, row.f,
                       row.churn ? *row.churn : empty, row.clv, row.revenue, row.firstMonth);
            ++i;
            return true;
        },
        error);
    return read && totals.write(m_database, snapshotId, error);
}

} // namespace kehu
