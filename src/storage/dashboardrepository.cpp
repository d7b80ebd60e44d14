#include "storage/dashboardrepository.h"

#include "storage/database.h"
#include "storage/snapshotaggregator.h"
#include "storage/snapshotrepository.h"
#include "storage/surveyrepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <array>
#include <map>

namespace kehu {

namespace {

using Group = DashboardData::Group;

/// Conditions on owner / region / channel with table alias @p alias.
QString groupConditions(const DashboardFilter &filter, const QString &alias, QVariantList &binds)
{
    QString sql;
    const std::pair<const char16_t *, QString> columns[] = {
        {u"owner", filter.owner}, {u"region", filter.region}, {u"channel", filter.channel}};
    for (const auto &[column, value] : columns) {
        if (!value.isEmpty()) {
            sql += u" AND " + alias + u'.' + QString::fromUtf16(column) + u" = ?";
            binds << value;
        }
    }
    return sql;
}

QList<Group> ofKind(const QList<Group> &all, const QString &kind)
{
    // kpis() stores each row's key as "kind\x1fkey1".
    QList<Group> result;
    const QString prefix = kind + u'\x1f';
    for (const Group &g : all) {
        if (g.key.startsWith(prefix)) {
            Group copy = g;
            copy.key = g.key.mid(prefix.size());
            result.append(copy);
        }
    }
    return result;
}

} // namespace

/// Aggregate rows of some snapshots, as read from snapshot_aggregates.
struct DashboardRepository::Cache
{
    struct Row
    {
        int group = 0;
        QString kind;
        QString key1;
        QString key2;
        qint64 customers = 0;
        qint64 revenue = 0;
        qint64 value = 0;
    };
    struct Snapshot
    {
        QList<std::array<QString, 3>> groups; ///< owner, region, channel
        std::vector<Row> rows;
    };
    std::map<qint64, Snapshot> snapshots;
};

DashboardRepository::DashboardRepository(Database &database) : m_database(database) {}

DashboardRepository::~DashboardRepository() = default;

void DashboardRepository::clearCache()
{
    m_cache.reset();
}

const DashboardRepository::Cache *DashboardRepository::cached(qint64 snapshotId) const
{
    if (!m_cache)
        m_cache = std::make_unique<Cache>();
    if (m_cache->snapshots.count(snapshotId))
        return m_cache.get();
    Cache::Snapshot &snapshot = m_cache->snapshots[snapshotId];
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT owner, region, channel, kind, key1, key2, customers, revenue, value "
                             "FROM snapshot_aggregates WHERE snapshot_id = ? ORDER BY owner, region, channel"));
    q.addBindValue(snapshotId);
    if (!q.exec())
        return m_cache.get();
    QString owner, region, channel;
    while (q.next()) {
        const QString o = q.value(0).toString(), r = q.value(1).toString(), c = q.value(2).toString();
        if (snapshot.groups.isEmpty() || o != owner || r != region || c != channel) {
            owner = o;
            region = r;
            channel = c;
            snapshot.groups.append({o, r, c});
        }
        snapshot.rows.push_back({int(snapshot.groups.size()) - 1, q.value(3).toString(), q.value(4).toString(),
                                 q.value(5).toString(), q.value(6).toLongLong(), q.value(7).toLongLong(),
                                 q.value(8).toLongLong()});
    }
    return m_cache.get();
}

DashboardKpis DashboardRepository::kpis(qint64 snapshotId, const DashboardFilter &filter,
                                        QList<DashboardData::Group> *all) const
{
    const Cache::Snapshot &snapshot = cached(snapshotId)->snapshots.at(snapshotId);
    std::vector<uint8_t> selected;
    for (const auto &g : snapshot.groups)
        selected.push_back((filter.owner.isEmpty() || g[0] == filter.owner)
                           && (filter.region.isEmpty() || g[1] == filter.region)
                           && (filter.channel.isEmpty() || g[2] == filter.channel));
    // Sum the selected groups' rows per (kind, key1, key2).
    QHash<QString, Group> sums;
    QStringList order;
    for (const Cache::Row &row : snapshot.rows) {
        if (!selected[size_t(row.group)])
            continue;
        const QString id = row.kind + u'\x1f' + row.key1 + u'\x1e' + row.key2;
        auto it = sums.find(id);
        if (it == sums.end()) {
            it = sums.insert(id, Group{row.kind + u'\x1f' + row.key1, row.key2, 0, 0, 0});
            order << id;
        }
        it->customers += row.customers;
        it->revenue += row.revenue;
        it->clv += row.value;
    }
    DashboardKpis k;
    qint64 withClv = 0;
    MinorUnits clvSum = 0;
    const QString from = filter.from.isValid() ? filter.from.toString(QStringLiteral("yyyy-MM")) : QString();
    const QString to = filter.to.isValid() ? filter.to.toString(QStringLiteral("yyyy-MM")) : QString();
    for (const QString &id : std::as_const(order)) {
        const Group &g = sums[id];
        const qsizetype separator = g.key.indexOf(u'\x1f');
        const QString kind = g.key.left(separator);
        const QString key = g.key.mid(separator + 1);
        if (kind == u"abc") {
            k.customers += g.customers;
            k.revenue += g.revenue;
        } else if (kind == u"churn") {
            if (g.key2 == u"active")
                k.active += g.customers;
            else if (g.key2 == u"at_risk")
                k.atRisk += g.customers;
            else if (g.key2 == u"churned")
                k.churned += g.customers;
        } else if (kind == u"clv_bin") {
            withClv += g.customers;
            clvSum += g.clv;
        } else if (kind == u"first_month") {
            if ((from.isEmpty() || key >= from) && (to.isEmpty() || key <= to))
                k.newInRange += g.customers;
        }
        if (all)
            all->append(g);
    }
    k.averageClv = withClv > 0 ? clvSum / withClv : 0;
    const auto satisfaction = SurveyRepository(m_database).totals(filter);
    k.nps = satisfaction.nps();
    k.csat = satisfaction.csatAverage();
    k.npsAnswers = satisfaction.npsAnswers();
    return k;
}

DashboardData DashboardRepository::load(const DashboardFilter &filter, QString *error) const
{
    DashboardData data;
    SnapshotRepository snapshots(m_database);
    // The book's current classification; history runs (a review's) only serve as comparison.
    const std::optional<SnapshotInfo> latest = snapshots.current();
    if (!latest)
        return data;
    data.snapshot = *latest;
    // The comparison snapshot: the latest one describing an earlier day.
    const QList<SnapshotInfo> all = snapshots.list(); // by as_of, id
    for (const SnapshotInfo &info : all) {
        if (info.asOf < latest->asOf && (!data.previousSnapshot || info.asOf >= data.previousSnapshot->asOf))
            data.previousSnapshot = info;
    }
    SnapshotAggregator aggregator(m_database);
    for (const SnapshotInfo *info : {&data.snapshot, data.previousSnapshot ? &*data.previousSnapshot : nullptr}) {
        if (info && !aggregator.has(info->id) && !aggregator.write(info->id, error))
            return data;
    }

    QList<Group> groups;
    data.kpis = kpis(latest->id, filter, &groups);
    if (data.previousSnapshot) {
        // Same length of range, just before it, for "new this period".
        DashboardFilter before = filter;
        if (filter.from.isValid() && filter.to.isValid()) {
            const qint64 days = filter.from.daysTo(filter.to) + 1;
            before.to = filter.from.addDays(-1);
            before.from = before.to.addDays(-(days - 1));
        }
        data.previous = kpis(data.previousSnapshot->id, before, nullptr);
    }

    data.segments = ofKind(groups, QStringLiteral("segment"));
    std::sort(data.segments.begin(), data.segments.end(),
              [](const Group &a, const Group &b) { return a.customers > b.customers; });
    data.abcClasses = ofKind(groups, QStringLiteral("abc"));
    std::sort(data.abcClasses.begin(), data.abcClasses.end(), [](const Group &a, const Group &b) {
        return (a.key.isEmpty() ? QStringLiteral("Z") : a.key) < (b.key.isEmpty() ? QStringLiteral("Z") : b.key);
    });
    data.churnBySegment = ofKind(groups, QStringLiteral("churn"));
    data.customerTypes = ofKind(groups, QStringLiteral("type"));
    data.newPerMonth = ofKind(groups, QStringLiteral("first_month"));
    std::sort(data.newPerMonth.begin(), data.newPerMonth.end(),
              [](const Group &a, const Group &b) { return a.key < b.key; });

    data.heatmap = analytics::rfHeatmap({}, {}, {});
    for (const Group &g : ofKind(groups, QStringLiteral("rf"))) {
        const int rs = g.key.toInt();
        const int fs = g.key2.toInt();
        if (rs < 1 || fs < 1 || rs > data.heatmap.bins || fs > data.heatmap.bins)
            continue;
        data.heatmap.customers[data.heatmap.cell(rs, fs)] += g.customers;
        data.heatmap.revenue[data.heatmap.cell(rs, fs)] += g.revenue;
    }

    std::vector<analytics::ParetoGroup> revenueBins;
    for (const Group &g : ofKind(groups, QStringLiteral("revenue_bin")))
        revenueBins.push_back({g.customers, g.revenue});
    data.pareto = analytics::paretoCurveFromGroups(revenueBins);
    analytics::ParetoGroup classA;
    analytics::ParetoGroup classB;
    for (const Group &g : ofKind(groups, QStringLiteral("abc"))) {
        if (g.key == u"A")
            classA = {classA.count + g.customers, classA.sum + g.revenue};
        else if (g.key == u"B")
            classB = {classB.count + g.customers, classB.sum + g.revenue};
    }
    analytics::placeAbcCutoffs(data.pareto, classA, classB);

    int maxBin = 1;
    const QList<Group> clvBins = ofKind(groups, QStringLiteral("clv_bin"));
    for (const Group &g : clvBins)
        maxBin = std::max(maxBin, g.key.toInt());
    auto &h = data.clvHistogram;
    h.customers.assign(size_t(maxBin) + 1, 0);
    h.sum.assign(h.customers.size(), 0);
    for (int b = 0; b <= maxBin; ++b)
        h.lowerEdge.push_back(analytics::valueBinLowerEdge(b));
    for (const Group &g : clvBins) {
        h.customers[size_t(g.key.toInt())] += g.customers;
        h.sum[size_t(g.key.toInt())] += g.clv;
    }

    data.satisfaction = SurveyRepository(m_database).byPeriod(filter, analytics::CalendarPeriod::Month);
    return data;
}

QList<CustomerId> DashboardRepository::customers(qint64 snapshotId, const DashboardFilter &filter,
                                                 const DashboardElement &e, int limit, QString *error) const
{
    QVariantList binds{snapshotId};
    QString condition;
    switch (e.kind) {
    case DashboardElement::Kind::Segment:
        condition = QStringLiteral("ifnull(s.rfm_segment, '') = ?");
        binds << e.key;
        break;
    case DashboardElement::Kind::AbcClass:
        condition = QStringLiteral("ifnull(s.abc_class, '') = ?");
        binds << e.key;
        break;
    case DashboardElement::Kind::ChurnFlag:
        condition = QStringLiteral("ifnull(s.churn_flag, '') = ?");
        binds << e.key;
        break;
    case DashboardElement::Kind::SegmentChurn:
        condition = QStringLiteral("ifnull(s.rfm_segment, '') = ? AND ifnull(s.churn_flag, '') = ?");
        binds << e.key << e.key2;
        break;
    case DashboardElement::Kind::RfCell:
        condition = QStringLiteral("s.r_score = ? AND s.f_score = ?");
        binds << e.key.toInt() << e.key2.toInt();
        break;
    case DashboardElement::Kind::ClvBin:
    case DashboardElement::Kind::RevenueBin: {
        // Bin b is [lower(b), lower(b + 1)); bin 0 is <= 0 and bin 1 is (0, 1 unit).
        const int bin = e.key.toInt();
        const QString column = e.kind == DashboardElement::Kind::ClvBin ? QStringLiteral("s.clv")
                                                                        : QStringLiteral("s.revenue");
        if (bin <= 0) {
            condition = QStringLiteral("%1 <= 0").arg(column);
        } else {
            condition = QStringLiteral("%1 >= ? AND %1 < ?").arg(column);
            binds << (bin == 1 ? qint64(1) : qint64(analytics::valueBinLowerEdge(bin)))
                  << qint64(analytics::valueBinLowerEdge(bin + 1));
        }
        break;
    }
    }
    const QString where = groupConditions(filter, QStringLiteral("c"), binds);
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT s.customer_id FROM snapshot_rows s JOIN customers c ON c.id = s.customer_id "
              u"WHERE s.snapshot_id = ? AND c.deleted_at IS NULL AND "
              + condition + where + u" ORDER BY ifnull(s.clv, -1) DESC, s.customer_id LIMIT ?");
    for (const QVariant &v : binds)
        q.addBindValue(v);
    q.addBindValue(limit);
    QList<CustomerId> ids;
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return ids;
    }
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QStringList DashboardRepository::distinct(const QString &column) const
{
    QStringList values;
    if (column != u"owner" && column != u"region" && column != u"channel")
        return values;
    QSqlQuery q(m_database.connection());
    if (q.exec(u"SELECT DISTINCT " + column + u" FROM customers WHERE deleted_at IS NULL AND " + column
               + u" <> '' ORDER BY 1")) {
        while (q.next())
            values << q.value(0).toString();
    }
    return values;
}

} // namespace kehu
