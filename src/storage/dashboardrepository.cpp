#include "dashboardrepository.h"

#include "classificationpolicy.h"
#include "database.h"
#include "daynumber.h"
#include "purchasecolumnsloader.h"
#include "snapshotaggregator.h"
#include "snapshotrepository.h"
#include "sqlrows.h"
#include "statsrepository.h"
#include "surveyrepository.h"

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

using ElementKind = DashboardElement::Kind;

/// The kinds whose customers are those with a purchase or survey answer in a period.
bool isPeriodElement(ElementKind kind)
{
    switch (kind) {
    case ElementKind::PeriodNew:
    case ElementKind::PeriodActive:
    case ElementKind::PeriodChurned:
    case ElementKind::WonBack:
    case ElementKind::Surveyed: return true;
    case ElementKind::Segment:
    case ElementKind::AbcClass:
    case ElementKind::ChurnFlag:
    case ElementKind::SegmentChurn:
    case ElementKind::RfCell:
    case ElementKind::ClvBin:
    case ElementKind::RevenueBin:
    case ElementKind::All:
    case ElementKind::WithRevenue:
    case ElementKind::WithClv:
    case ElementKind::RevenueTop: return false;
    }
    return false;
}

/// Which survey answers a Surveyed element counts (its key: nps, csat, promoters, ...).
QString surveyAnswer(const QString &key)
{
    if (key == u"nps")
        return QStringLiteral("v.nps IS NOT NULL");
    if (key == u"csat")
        return QStringLiteral("v.csat IS NOT NULL");
    if (key == u"promoters")
        return QStringLiteral("v.nps >= 9");
    if (key == u"passives")
        return QStringLiteral("v.nps BETWEEN 7 AND 8");
    if (key == u"detractors")
        return QStringLiteral("v.nps <= 6");
    return QStringLiteral("(v.nps IS NOT NULL OR v.csat IS NOT NULL)");
}

/// The condition on snapshot row s for a period element over [from, to], appending its values.
QString periodCondition(const DashboardElement &e, QDate from, QDate to, int inactivityDays, const SqlDialect &dialect,
                        QVariantList &binds)
{
    const auto daysAfter = [&dialect](const QString &date) { return dialect.addDays(date, QStringLiteral("?")); };
    switch (e.kind) {
    case ElementKind::PeriodNew:
        binds << isoDate(from) << isoDate(to);
        return QStringLiteral("s.first_purchase_on BETWEEN ? AND ?");
    case ElementKind::PeriodActive:
        binds << isoDate(from) << isoDate(to);
        return QStringLiteral("EXISTS (SELECT 1 FROM purchases p WHERE p.customer_id = s.customer_id "
                              "AND p.purchased_on BETWEEN ? AND ?)");
    case ElementKind::PeriodChurned:
        // A purchase on day d and none on d+1 .. d+W churns on d+W: d+W in [from, to].
        binds << isoDate(from) << -inactivityDays << isoDate(to) << -inactivityDays << inactivityDays;
        return u"EXISTS (SELECT 1 FROM purchases p WHERE p.customer_id = s.customer_id AND p.purchased_on BETWEEN "
               + daysAfter(QStringLiteral("?")) + u" AND " + daysAfter(QStringLiteral("?"))
               + u" AND NOT EXISTS (SELECT 1 FROM purchases q WHERE q.customer_id = p.customer_id "
                 u"AND q.purchased_on > p.purchased_on AND q.purchased_on <= "
               + daysAfter(QStringLiteral("p.purchased_on")) + u"))";
    case ElementKind::WonBack:
        // A purchase in [from, to] more than W days after the one before it.
        binds << isoDate(from) << isoDate(to) << -inactivityDays;
        return u"EXISTS (SELECT 1 FROM purchases p WHERE p.customer_id = s.customer_id "
               u"AND p.purchased_on BETWEEN ? AND ? AND (SELECT max(q.purchased_on) FROM purchases q "
               u"WHERE q.customer_id = p.customer_id AND q.purchased_on < p.purchased_on) < "
               + daysAfter(QStringLiteral("p.purchased_on")) + u')';
    case ElementKind::Surveyed:
        binds << isoDate(from) << isoDate(to);
        return u"EXISTS (SELECT 1 FROM surveys v WHERE v.customer_id = s.customer_id "
               u"AND v.surveyed_on BETWEEN ? AND ? AND "
               + surveyAnswer(e.key) + u')';
    default: return {};
    }
}

/// The condition on snapshot row s for the other elements, appending its values; the Pareto
/// curve's top customers also change the order and cap the limit.
QString groupCondition(const DashboardElement &e, QVariantList &binds, QString &order, int &limit)
{
    switch (e.kind) {
    case ElementKind::All: return QStringLiteral("TRUE");
    case ElementKind::WithRevenue: return QStringLiteral("s.revenue > 0");
    case ElementKind::WithClv: return QStringLiteral("s.clv IS NOT NULL");
    case ElementKind::RevenueTop:
        // The Pareto curve ranks customers with a positive revenue, best first.
        order = QStringLiteral("s.revenue DESC, s.customer_id");
        limit = int(std::min<qint64>(limit, std::max<qint64>(0, e.key.toLongLong())));
        return QStringLiteral("s.revenue > 0");
    case ElementKind::Segment: binds << e.key; return QStringLiteral("coalesce(s.rfm_segment, '') = ?");
    case ElementKind::AbcClass: binds << e.key; return QStringLiteral("coalesce(s.abc_class, '') = ?");
    case ElementKind::ChurnFlag: binds << e.key; return QStringLiteral("coalesce(s.churn_flag, '') = ?");
    case ElementKind::SegmentChurn:
        binds << e.key << e.key2;
        return QStringLiteral("coalesce(s.rfm_segment, '') = ? AND coalesce(s.churn_flag, '') = ?");
    case ElementKind::RfCell:
        binds << e.key.toInt() << e.key2.toInt();
        return QStringLiteral("s.r_score = ? AND s.f_score = ?");
    case ElementKind::ClvBin:
    case ElementKind::RevenueBin: {
        // Bin b is [lower(b), lower(b + 1)); bin 0 is <= 0 and bin 1 is (0, 1 unit).
        const int bin = e.key.toInt();
        const QString column = e.kind == ElementKind::ClvBin ? QStringLiteral("s.clv") : QStringLiteral("s.revenue");
        if (bin <= 0)
            return QStringLiteral("%1 <= 0").arg(column);
        binds << (bin == 1 ? qint64(1) : qint64(analytics::valueBinLowerEdge(bin)))
              << qint64(analytics::valueBinLowerEdge(bin + 1));
        return QStringLiteral("%1 >= ? AND %1 < ?").arg(column);
    }
    default: return {};
    }
}

/// The heatmap, the Pareto curve (with the ABC cut-offs) and the CLV histogram from the
/// aggregated groups.
void addCharts(DashboardData &data, const QList<Group> &groups)
{
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
    m_span.reset();
}

const DashboardRepository::Cache *DashboardRepository::cached(qint64 snapshotId) const
{
    if (!m_cache)
        m_cache = std::make_unique<Cache>();
    if (m_cache->snapshots.count(snapshotId))
        return m_cache.get();
    Cache::Snapshot &snapshot = m_cache->snapshots[snapshotId];
    QString owner, region, channel;
    visitRows(m_database.connection(),
              QStringLiteral("SELECT owner, region, channel, kind, key1, key2, customers, revenue, value "
                             "FROM snapshot_aggregates WHERE snapshot_id = ? ORDER BY owner, region, channel"),
              {snapshotId}, [&](const QSqlQuery &q) {
                  const QString o = q.value(0).toString(), r = q.value(1).toString(), c = q.value(2).toString();
                  if (snapshot.groups.isEmpty() || o != owner || r != region || c != channel) {
                      owner = o;
                      region = r;
                      channel = c;
                      snapshot.groups.append({o, r, c});
                  }
                  snapshot.rows.push_back({int(snapshot.groups.size()) - 1, q.value(3).toString(),
                                           q.value(4).toString(), q.value(5).toString(), q.value(6).toLongLong(),
                                           q.value(7).toLongLong(), q.value(8).toLongLong()});
              });
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
    if (!m_span)
        m_span = StatsRepository(m_database).activitySpan();
    data.span = *m_span;
    data.kpis = kpis(latest->id, filter, &groups);
    if (data.previousSnapshot) {
        // Same length of range, just before it, for "new this period". The range counts only
        // up to the data's last day: a range running past it is partial, and a full period
        // before it is no fair comparison (a two-day month "collapsing" against a whole one).
        DashboardFilter before = filter;
        if (filter.from.isValid() && filter.to.isValid()) {
            QDate to = filter.to;
            if (data.span.isValid() && data.span.last < to && data.span.last >= filter.from)
                to = data.span.last;
            const qint64 days = filter.from.daysTo(to) + 1;
            before.to = filter.from.addDays(-1);
            before.from = before.to.addDays(-(days - 1));
            data.newComparable = data.span.isValid() && before.from >= data.span.first;
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

    addCharts(data, groups);

    data.satisfaction = SurveyRepository(m_database).byPeriod(filter, analytics::CalendarPeriod::Month);
    return data;
}

QList<CustomerId> DashboardRepository::customers(qint64 snapshotId, const DashboardFilter &filter,
                                                 const DashboardElement &e, int limit, QString *error) const
{
    QVariantList binds{snapshotId};
    QString order = m_database.dialect().nullAs(QStringLiteral("s.clv"), QStringLiteral("-1"))
                    + u" DESC, s.customer_id";
    // The period kinds: [from, to] capped at the snapshot's day, as CustomerCounts counts.
    QDate from = e.from.isValid() ? e.from : QDate(1, 1, 1);
    QDate to = e.to.isValid() ? e.to : QDate(9999, 12, 31);
    int inactivityDays = ClassificationPolicy{}.inactivityDays;
    if (e.kind >= DashboardElement::Kind::PeriodNew && e.kind <= DashboardElement::Kind::WonBack) {
        if (const auto info = SnapshotRepository(m_database).find(snapshotId)) {
            if (info->asOf.isValid())
                to = std::min(to, info->asOf);
            inactivityDays = ClassificationPolicy::fromJson(info->parameters).inactivityDays;
        }
    }
    const QString condition = isPeriodElement(e.kind)
                                  ? periodCondition(e, from, to, inactivityDays, m_database.dialect(), binds)
                                  : groupCondition(e, binds, order, limit);
    const QString where = groupConditions(filter, QStringLiteral("c"), binds);
    binds << limit;
    return selectRows(
        m_database.connection(),
        u"SELECT s.customer_id FROM snapshot_rows s JOIN customers c ON c.id = s.customer_id "
        u"WHERE s.snapshot_id = ? AND c.deleted_at IS NULL AND "
            + condition + where + u" ORDER BY " + order + u" LIMIT ?",
        binds, [](const QSqlQuery &q) { return CustomerId(q.value(0).toLongLong()); }, error);
}

analytics::CustomerCounts DashboardRepository::counts(const DashboardFilter &filter,
                                                      const analytics::CountOptions &options, QString *error) const
{
    PurchaseColumnsData data;
    if (!PurchaseColumnsLoader(m_database).load(&data, error))
        return {};
    if (filter.hasCustomerFilter()) {
        QVariantList binds;
        const QString where = groupConditions(filter, QStringLiteral("c"), binds);
        // customerIds is in id order, and so is the query: one merge marks the kept indexes.
        std::vector<uint8_t> keep(data.customerIds.size(), 0);
        size_t index = 0;
        const auto mark = [&](const QSqlQuery &q) {
            const CustomerId id = q.value(0).toLongLong();
            while (index < data.customerIds.size() && data.customerIds[index] < id)
                ++index;
            if (index < data.customerIds.size() && data.customerIds[index] == id)
                keep[index] = 1;
        };
        if (!visitRows(m_database.connection(),
                       u"SELECT c.id FROM customers c WHERE c.deleted_at IS NULL" + where + u" ORDER BY c.id", binds,
                       mark, error))
            return {};
        size_t out = 0;
        for (size_t row = 0; row < data.customer.size(); ++row) {
            if (!keep[data.customer[row]])
                continue;
            data.customer[out] = data.customer[row];
            data.day[out] = data.day[row];
            ++out;
        }
        data.customer.resize(out);
        data.day.resize(out);
    }
    const analytics::PurchaseColumns columns{data.customer, data.day, {}, {}};
    return analytics::countCustomers(columns, options);
}

QStringList DashboardRepository::distinct(const QString &column) const
{
    if (column != u"owner" && column != u"region" && column != u"channel")
        return {};
    return selectRows(m_database.connection(),
                      u"SELECT DISTINCT " + column + u" FROM customers WHERE deleted_at IS NULL AND " + column
                          + u" <> '' ORDER BY 1",
                      {}, [](const QSqlQuery &q) { return q.value(0).toString(); });
}

} // namespace kehu
