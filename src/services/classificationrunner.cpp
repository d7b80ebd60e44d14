#include "classificationrunner.h"

#include "accessguard.h"
#include "auditedwrite.h"
#include "workspace.h"

#include "daynumber.h"
#include "purchasecolumnsloader.h"
#include "settingsrepository.h"
#include "snapshotaggregator.h"
#include "snapshotrepository.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

namespace kehu {

ClassificationRunner::ClassificationRunner(Workspace &workspace, SnapshotPurpose purpose)
    : m_workspace(workspace), m_database(workspace.database()), m_purpose(purpose)
{}

namespace {

/// The labels snapshot_rows got for each customer (see SnapshotRepository::write), fed to the
/// dashboard totals from memory.
bool writeDashboardTotals(Database &db, qint64 snapshotId, const ClassificationResult &r,
                          const ClassificationPolicy &policy, const std::vector<CustomerId> &customerIds,
                          QString *error)
{
    QStringList segmentKeys;
    for (const auto &rule : policy.segments)
        segmentKeys << QString::fromStdString(rule.key);
    const QString others = QString::fromLatin1(analytics::kOthersKey);
    const QString abc[3] = {abcKey(analytics::AbcClass::A), abcKey(analytics::AbcClass::B),
                            abcKey(analytics::AbcClass::C)};
    const QString churn[3] = {churnStatusKey(analytics::ChurnStatus::Active),
                              churnStatusKey(analytics::ChurnStatus::AtRisk),
                              churnStatusKey(analytics::ChurnStatus::Churned)};
    const auto &s = r.summary;
    std::vector<SnapshotRowLabels> labels(s.size());
    for (std::size_t c = 0; c < s.size(); ++c) {
        SnapshotRowLabels &row = labels[c];
        row.r = r.rfm.r[c];
        row.f = r.rfm.f[c];
        row.revenue = s.revenue[c];
        if (!s.hasPurchase(c))
            continue;
        row.segment = r.segment[c] >= 0 ? &segmentKeys.at(r.segment[c]) : &others;
        row.abc = &abc[int(r.abc.cls[c])];
        const auto status = r.churn.status[c];
        if (status != analytics::ChurnStatus::NoPurchases)
            row.churn = &churn[int(status)];
        row.clv = r.clv[c];
        row.firstMonth = isoDate(fromDayNumber(s.firstDay[c])).left(7);
    }
    return SnapshotAggregator(db).write(snapshotId, SnapshotRowsView{customerIds, labels}, error);
}

} // namespace

ClassificationRunner::Outcome ClassificationRunner::run(const ClassificationPolicy &policy, QDate asOf,
                                                        const QString &label, bool store,
                                                        const std::function<void(ClassificationStage)> &progress,
                                                        const std::atomic_bool *cancel)
{
    Outcome outcome;
    if (!m_workspace.access().require(store ? Operation::Classify : Operation::ViewFigures, &outcome.error))
        return outcome;
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
    {
        AuditedWrite write(m_workspace, {QStringLiteral("classify"), QStringLiteral("snapshot")});
        if (!write.begun(&outcome.error))
            return outcome;
        outcome.snapshotId = SnapshotRepository(m_database)
                                 .write(outcome.result, policy, data.customerIds, label, m_purpose, &outcome.error);
        if (outcome.snapshotId == 0)
            return outcome;
        write.entry().entityId = outcome.snapshotId;
        const QJsonObject after{{QStringLiteral("snapshot_id"), double(outcome.snapshotId)},
                                {QStringLiteral("label"), label},
                                {QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
                                {QStringLiteral("customers"), double(data.customerIds.size())},
                                {QStringLiteral("purpose"), m_purpose == SnapshotPurpose::Current
                                                                ? QStringLiteral("current")
                                                                : QStringLiteral("history")}};
        write.entry().after = QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact));
        if (!write.commit(&outcome.error)) {
            outcome.snapshotId = 0;
            return outcome;
        }
    }
    outcome.writeMilliseconds = double(timer.nsecsElapsed()) / 1e6;
    // The dashboard's totals are made here, in the run (often a worker thread), rather than
    // when a dashboard first opens the snapshot.
    timer.restart();
    if (!writeDashboardTotals(m_database, outcome.snapshotId, outcome.result, policy, data.customerIds, &outcome.error))
        outcome.error = QStringLiteral("snapshot %1 stored, but its dashboard totals failed: %2")
                            .arg(outcome.snapshotId)
                            .arg(outcome.error);
    outcome.aggregateMilliseconds = double(timer.nsecsElapsed()) / 1e6;
    return outcome;
}

ClassificationRunner::Outcome ClassificationRunner::run(QDate asOf, const QString &label)
{
    return run(SettingsRepository(m_database).policy(), asOf, label);
}

} // namespace kehu
