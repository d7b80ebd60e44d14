#include "models/classificationjob.h"

#include "services/classificationrunner.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QThread>

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

ClassificationJob::ClassificationJob(QString databasePath, QObject *parent)
    : QObject(parent), m_path(std::move(databasePath))
{
}

ClassificationJob::~ClassificationJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

void ClassificationJob::start()
{
    if (m_thread)
        return;
    m_cancel = false;
    m_thread = QThread::create([this] {
        Database::OpenOptions options;
        options.createIfMissing = false;
        options.quickCheck = false;
        auto opened = Database::open(m_path, options);
        if (!opened.database) {
            QMetaObject::invokeMethod(this, [this, message = opened.message] { emit finished(0, false, message); },
                                      Qt::QueuedConnection);
            return;
        }
        const ClassificationPolicy policy = SettingsRepository(*opened.database).policy();
        ClassificationRunner runner(*opened.database);
        const auto outcome = runner.run(
            policy, QDate::currentDate(), Text::tr("Re-classified in the app"), true,
            [this](ClassificationStage stage) {
                const int percent = 10 + static_cast<int>(stage) * 80 / static_cast<int>(ClassificationStage::Done);
                QMetaObject::invokeMethod(this, [this, percent, stage] { emit progress(percent, stageLabel(stage)); },
                                          Qt::QueuedConnection);
            },
            &m_cancel);
        QMetaObject::invokeMethod(
            this,
            [this, id = outcome.snapshotId, cancelled = outcome.cancelled || m_cancel.load(), error = outcome.error] {
                emit finished(id, cancelled, error);
            },
            Qt::QueuedConnection);
    });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
    });
    emit progress(5, Text::tr("Loading purchases"));
    m_thread->start(QThread::LowPriority);
}

} // namespace kehu
