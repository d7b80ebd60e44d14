#include "cohortjob.h"

#include "backgroundtasks.h"
#include "civildate.h"
#include "customercounts.h"
#include "loyaltyfigures.h"
#include "workspace.h"

#include <QCoreApplication>

namespace kehu {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(KehuCohortJob)
};

} // namespace

CohortJob::CohortJob(Workspace &workspace, QObject *parent)
    : QObject(parent), m_task(new BackgroundTask(workspace.tasks(), this))
{
    connect(m_task, &BackgroundTask::finished, this, [this](const QString &error) {
        if (!error.isEmpty())
            emit finished(CohortTable(), error);
    });
}

CohortJob::~CohortJob() = default;

bool CohortJob::isRunning() const
{
    return m_task->isRunning();
}

void CohortJob::wait()
{
    m_task->wait();
}

void CohortJob::start(bool quarterly, const QDate &asOf, int maxCohorts, int maxOffsets)
{
    m_task->start([this, quarterly, asOf, maxCohorts, maxOffsets](Workspace &worker,
                                                                  TaskControl &control) -> BackgroundTask::Apply {
        analytics::CountOptions options;
        options.period = quarterly ? analytics::CalendarPeriod::Quarter : analytics::CalendarPeriod::Month;
        options.asOfDay = int32_t(QDate(1970, 1, 1).daysTo(asOf));
        analytics::CustomerCounts counts;
        QString error;
        if (!worker.loyalty().customerCounts(&options, &counts, &error)) {
            control.fail(error.isEmpty() ? Text::tr("The purchases could not be read.") : error);
            return {};
        }
        CohortTable table = CohortTable::fromCounts(counts, maxCohorts, maxOffsets);
        table.quarterly = quarterly;
        table.asOf = QDate(1970, 1, 1).addDays(options.asOfDay);
        if (counts.periods() > 0) {
            const int32_t nextStart = analytics::periodStartDay(
                analytics::periodIndex(options.asOfDay, options.period) + 1, options.period);
            table.lastPartial = options.asOfDay < nextStart - 1;
        }
        return [this, table = std::move(table)] { emit finished(table, QString()); };
    });
}

} // namespace kehu
