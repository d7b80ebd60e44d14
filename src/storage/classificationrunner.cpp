#include "storage/classificationrunner.h"

#include "core/daynumber.h"
#include "storage/purchasecolumnsloader.h"
#include "storage/snapshotaggregator.h"
#include "storage/snapshotrepository.h"

#include <QElapsedTimer>

namespace kehu {

ClassificationRunner::Outcome ClassificationRunner::run(const ClassificationPolicy &policy, QDate asOf,
                                                        const QString &label, bool store,
                                                        const std::function<void(ClassificationStage)> &progress,
                                                        const std::atomic_bool *cancel)
{
    Outcome outcome;
    if (!asOf.isValid())
        asOf = QDate::currentDate();

    QElapsedTimer timer;
    timer.start();
    PurchaseColumnsData data;
    if (!PurchaseColumnsLoader(m_database).load(&data, &outcome.error))
        return outcome;
    outcome.loadMilliseconds = double(timer.nsecsElapsed()) / 1e6;
    outcome.purchaseRows = data.customer.size();

    const analytics::PurchaseColumns columns{data.customer, data.day, data.amount, data.profit};
    outcome.result = classify(columns, data.customerIds.size(), toDayNumber(asOf), policy, progress, cancel);
    if (!outcome.result.error.isEmpty()) {
        outcome.error = outcome.result.error;
        return outcome;
    }
    if (outcome.result.cancelled) {
        outcome.cancelled = true;
        return outcome;
    }
    if (!store)
        return outcome;

    timer.restart();
    outcome.snapshotId =
        SnapshotRepository(m_database).write(outcome.result, policy, data.customerIds, label, &outcome.error);
    outcome.writeMilliseconds = double(timer.nsecsElapsed()) / 1e6;
    if (outcome.snapshotId == 0)
        return outcome;
    // The dashboard's totals are made here, in the run (often a worker thread), rather than
    // when a dashboard first opens the snapshot.
    timer.restart();
    if (!SnapshotAggregator(m_database).write(outcome.snapshotId, &outcome.error))
        outcome.error = QStringLiteral("snapshot %1 stored, but its dashboard totals failed: %2")
                            .arg(outcome.snapshotId)
                            .arg(outcome.error);
    outcome.aggregateMilliseconds = double(timer.nsecsElapsed()) / 1e6;
    return outcome;
}

} // namespace kehu
