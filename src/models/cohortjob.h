#pragma once

#include "cohortretentionmodel.h"

#include <QDate>
#include <QObject>
#include <QString>

namespace kehu {

class BackgroundTask;
class Workspace;

/// Computes retention by acquisition cohort and the repeat-purchase rate of the whole book
/// as of a day, but never past the last stored purchase (a book whose data ends in 2024 has
/// no 2026 cohorts, whatever today is), as background work of the Workspace (LoyaltyFigures::customerCounts:
/// analytics::countCustomers (1M customers: a few seconds, mostly the load). Always from the
/// purchases as stored now, so a cohort table never waits for the next classification.
/// finished() arrives on the caller's thread, only for the latest start() (older results
/// are dropped).
class CohortJob : public QObject
{
    Q_OBJECT

public:
    explicit CohortJob(Workspace &workspace, QObject *parent = nullptr);
    ~CohortJob() override;

    void start(bool quarterly, const QDate &asOf, int maxCohorts = 12, int maxOffsets = 12);
    bool isRunning() const;
    /// Waits for a running job (tests and screenshots; the app never blocks on it).
    void wait();

signals:
    void finished(const kehu::CohortTable &table, const QString &error);

private:
    BackgroundTask *m_task;
};

} // namespace kehu
