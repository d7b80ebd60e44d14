#include "models/cohortjob.h"

#include "analytics/civildate.h"
#include "analytics/customercounts.h"
#include "storage/database.h"
#include "storage/purchasecolumnsloader.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>

namespace kehu {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(KehuCohortJob)
};

} // namespace

CohortJob::CohortJob(QString databasePath, QObject *parent) : QObject(parent), m_path(std::move(databasePath)) {}

CohortJob::~CohortJob()
{
    waitForThreads();
}

void CohortJob::waitForThreads()
{
    for (QThread *thread : findChildren<QThread *>(Qt::FindDirectChildrenOnly))
        thread->wait();
}

void CohortJob::wait()
{
    waitForThreads();
    QCoreApplication::sendPostedEvents(this);
}

void CohortJob::start(bool quarterly, const QDate &asOf, int maxCohorts, int maxOffsets)
{
    const quint64 generation = ++m_generation;
    m_busy = true;
    QThread *thread = QThread::create([this, generation, quarterly, asOf, maxCohorts, maxOffsets] {
        Database::OpenOptions options;
        options.createIfMissing = false;
        options.quickCheck = false;
        auto opened = Database::open(m_path, options);
        CohortTable table;
        QString error;
        if (!opened.database) {
            error = opened.message;
        } else {
            PurchaseColumnsData data;
            if (PurchaseColumnsLoader(*opened.database).load(&data, &error)) {
                const analytics::PurchaseColumns columns{data.customer, data.day, data.amount, data.profit};
                analytics::CountOptions countOptions;
                countOptions.period = quarterly ? analytics::CalendarPeriod::Quarter : analytics::CalendarPeriod::Month;
                countOptions.asOfDay = int32_t(QDate(1970, 1, 1).daysTo(asOf));
                if (!data.day.empty())
                    countOptions.asOfDay = std::min(countOptions.asOfDay, *std::max_element(data.day.begin(), data.day.end()));
                const analytics::CustomerCounts counts = analytics::countCustomers(columns, countOptions);
                table = CohortTable::fromCounts(counts, maxCohorts, maxOffsets);
                table.quarterly = quarterly;
                table.asOf = QDate(1970, 1, 1).addDays(countOptions.asOfDay);
                if (counts.periods() > 0) {
                    const int32_t nextStart = analytics::periodStartDay(
                        analytics::periodIndex(countOptions.asOfDay, countOptions.period) + 1, countOptions.period);
                    table.lastPartial = countOptions.asOfDay < nextStart - 1;
                }
            } else if (error.isEmpty()) {
                error = Text::tr("The purchases could not be read.");
            }
        }
        QMetaObject::invokeMethod(
            this,
            [this, generation, table = std::move(table), error] {
                if (generation != m_generation)
                    return; // a newer request replaced this one
                m_busy = false;
                emit finished(table, error);
            },
            Qt::QueuedConnection);
    });
    thread->setParent(this); // the destructor waits for it; deleted when done
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

} // namespace kehu
