#include "models/cohortjob.h"

#include "analytics/customercounts.h"
#include "storage/database.h"
#include "storage/purchasecolumnsloader.h"

#include <QCoreApplication>
#include <QThread>

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
    if (m_thread)
        m_thread->wait();
}

void CohortJob::wait()
{
    if (m_thread)
        m_thread->wait();
    QCoreApplication::sendPostedEvents(this);
}

void CohortJob::start(bool quarterly, const QDate &asOf, int maxCohorts, int maxOffsets)
{
    if (m_thread)
        m_thread->wait(); // a second request (period switched) waits for the first: both are short
    m_thread = QThread::create([this, quarterly, asOf, maxCohorts, maxOffsets] {
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
                table = CohortTable::fromCounts(analytics::countCustomers(columns, countOptions), maxCohorts, maxOffsets);
                table.quarterly = quarterly;
            } else if (error.isEmpty()) {
                error = Text::tr("The purchases could not be read.");
            }
        }
        QMetaObject::invokeMethod(
            this, [this, table = std::move(table), error] { emit finished(table, error); }, Qt::QueuedConnection);
    });
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, this, [this, thread = m_thread] {
        if (m_thread == thread)
            m_thread = nullptr;
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace kehu
