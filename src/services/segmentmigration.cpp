#include "segmentmigration.h"

#include "accessguard.h"

#include "snapshotrepository.h"
#include "workspace.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonValue>

#include <vector>

namespace kehu {

/// Every customer of either snapshot with their label in each (kAbsentLabel when missing)
/// and their revenue in the later one.
struct SegmentMigration::Moves
{
    QStringList labels;
    std::vector<CustomerId> customers;
    std::vector<int16_t> from;
    std::vector<int16_t> to;
    std::vector<int64_t> revenue;
    std::vector<std::size_t> laterOrder; ///< the later snapshot's customers, in its order
    std::vector<bool> inLater;
};

QStringList SegmentMigration::defaultLabels(const SnapshotInfo &later, By by)
{
    if (by == By::Abc)
        return {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    QStringList labels;
    for (const SnapshotSummary::SegmentTotal &segment : later.summary.segments)
        labels << segment.key;
    return labels;
}

SegmentMigration::Moves SegmentMigration::read(qint64 fromSnapshot, qint64 toSnapshot, const Options &options) const
{
    if (!m_workspace.access().require(Operation::ViewFigures))
        return {};
    Moves moves;
    moves.labels = options.labels;
    const qsizetype unknown = options.unknownAs.isEmpty() ? -1 : moves.labels.indexOf(options.unknownAs);
    auto labelOf = [&](const SnapshotRow &row) -> int16_t {
        const QString &key = options.by == By::Abc ? row.abcClass : row.segment;
        if (key.isEmpty())
            return analytics::kAbsentLabel;
        qsizetype i = moves.labels.indexOf(key);
        if (i < 0 && !options.unknownAs.isEmpty())
            return unknown < 0 ? analytics::kAbsentLabel : int16_t(unknown);
        if (i < 0) {
            moves.labels << key;
            i = moves.labels.size() - 1;
        }
        return int16_t(i);
    };
    QHash<CustomerId, std::size_t> index;
    auto slot = [&](CustomerId id) {
        auto found = index.constFind(id);
        if (found != index.cend())
            return found.value();
        index.insert(id, moves.from.size());
        moves.customers.push_back(id);
        moves.from.push_back(analytics::kAbsentLabel);
        moves.to.push_back(analytics::kAbsentLabel);
        moves.revenue.push_back(0);
        moves.inLater.push_back(false);
        return moves.from.size() - 1;
    };
    SnapshotRepository snapshots(m_workspace.database());
    snapshots.forEachRow(fromSnapshot, [&](const SnapshotRow &row) {
        moves.from[slot(row.customerId)] = labelOf(row);
        return true;
    });
    snapshots.forEachRow(toSnapshot, [&](const SnapshotRow &row) {
        const std::size_t i = slot(row.customerId);
        moves.to[i] = labelOf(row);
        moves.revenue[i] = row.revenue;
        moves.inLater[i] = true;
        moves.laterOrder.push_back(i);
        return true;
    });
    return moves;
}

SegmentMigration::Table SegmentMigration::between(qint64 fromSnapshot, qint64 toSnapshot, const Options &options) const
{
    if (!m_workspace.access().require(Operation::ViewFigures))
        return {};
    Moves moves = read(fromSnapshot, toSnapshot, options);
    Table table;
    table.matrix = analytics::migrationMatrix(moves.from, moves.to, int(moves.labels.size()), moves.revenue);
    table.labels = std::move(moves.labels);
    return table;
}

QList<CustomerId> SegmentMigration::cellCustomers(qint64 fromSnapshot, qint64 toSnapshot, const Options &options,
                                                  int from, int to) const
{
    if (!m_workspace.access().require(Operation::ViewFigures))
        return {};
    const Moves moves = read(fromSnapshot, toSnapshot, options);
    const int absent = int(moves.labels.size());
    auto index = [&](int16_t label) { return label < 0 ? absent : int(label); };
    auto matches = [&](std::size_t i) { return index(moves.from[i]) == from && index(moves.to[i]) == to; };
    // The later snapshot's customers in its order (by code), then those it lacks.
    QList<CustomerId> ids;
    for (const std::size_t i : moves.laterOrder) {
        if (matches(i))
            ids << moves.customers[i];
    }
    for (std::size_t i = 0; i < moves.customers.size(); ++i) {
        if (!moves.inLater[i] && matches(i))
            ids << moves.customers[i];
    }
    return ids;
}

} // namespace kehu
