#pragma once

#include "models/cohortretentionmodel.h"

#include <QDate>
#include <QObject>
#include <QString>

namespace kehu {

/// Computes retention by acquisition cohort and the repeat-purchase rate of the whole book
/// as of a day, but never past the last stored purchase (a book whose data ends in 2024 has
/// no 2026 cohorts, whatever today is), in a worker thread on its own connection: PurchaseColumnsLoader, then
/// analytics::countCustomers (1M customers: a few seconds, mostly the load). Always from the
/// purchases as stored now, so a cohort table never waits for the next classification.
/// finished() arrives on the caller's thread, only for the latest start() (older results
/// are dropped).
class CohortJob : public QObject
{
    Q_OBJECT

public:
    explicit CohortJob(QString databasePath, QObject *parent = nullptr);
    ~CohortJob() override;

    void start(bool quarterly, const QDate &asOf, int maxCohorts = 12, int maxOffsets = 12);
    bool isRunning() const { return m_busy; }
    /// Waits for a running job (tests and screenshots; the app never blocks on it).
    void wait();

signals:
    void finished(const kehu::CohortTable &table, const QString &error);

private:
    QString m_path;
    void waitForThreads();

    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace kehu
