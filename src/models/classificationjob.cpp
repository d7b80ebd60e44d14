#include "classificationjob.h"

#include "backgroundtasks.h"
#include "snapshothistory.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDate>

namespace kehu {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(KehuClassificationJob)
};

QString stageLabel(ClassificationStage stage)
{
    switch (stage) {
    case ClassificationStage::Summary: return Text::tr("Summarising purchases");
    case ClassificationStage::Rfm: return Text::tr("Scoring RFM");
    case ClassificationStage::Abc: return Text::tr("ABC classes");
    case ClassificationStage::ModelFit: return Text::tr("Fitting BG/NBD and Gamma-Gamma");
    case ClassificationStage::Predictions: return Text::tr("Predicting CLV and P(alive)");
    case ClassificationStage::Churn: return Text::tr("Churn flags");
    case ClassificationStage::Counts: return Text::tr("Counts");
    case ClassificationStage::Done: return Text::tr("Saving the snapshot");
    }
    return {};
}

} // namespace

ClassificationJob::ClassificationJob(Workspace &workspace, QObject *parent)
    : QObject(parent), m_task(new BackgroundTask(workspace.tasks(), this))
{
    connect(m_task, &BackgroundTask::progress, this, &ClassificationJob::progress);
    connect(m_task, &BackgroundTask::finished, this, [this](const QString &error) {
        if (!error.isEmpty()) // the database could not be opened
            emit finished(0, false, error);
    });
}

ClassificationJob::~ClassificationJob() = default;

void ClassificationJob::cancel()
{
    m_task->cancel();
}

bool ClassificationJob::isRunning() const
{
    return m_task->isRunning();
}

void ClassificationJob::start()
{
    if (m_task->isRunning())
        return;
    m_task->start([this](Workspace &worker, TaskControl &control) -> BackgroundTask::Apply {
        const auto outcome = worker.snapshots().classify(
            QDate::currentDate(), Text::tr("Re-classified in the app"),
            [&control](ClassificationStage stage) {
                const int percent = 10 + static_cast<int>(stage) * 80 / static_cast<int>(ClassificationStage::Done);
                control.progress(percent, stageLabel(stage));
            },
            &control.cancelFlag());
        const bool cancelled = outcome.cancelled || control.isCancelled();
        return
            [this, id = outcome.snapshotId, cancelled, error = outcome.error] { emit finished(id, cancelled, error); };
    });
    emit progress(5, Text::tr("Loading purchases"));
}

} // namespace kehu
