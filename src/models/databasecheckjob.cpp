#include "models/databasecheckjob.h"

#include "storage/database.h"

#include <QMutexLocker>
#include <QThread>

namespace kehu {

DatabaseCheckJob::DatabaseCheckJob(QString databasePath, QObject *parent)
    : QObject(parent), m_path(std::move(databasePath))
{
}

DatabaseCheckJob::~DatabaseCheckJob()
{
    if (!m_thread)
        return;
    {
        QMutexLocker lock(&m_mutex);
        if (m_running)
            m_running->interrupt();
    }
    m_thread->wait();
    delete m_thread; // its queued finished() dies with this object
}

void DatabaseCheckJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] {
        Database::OpenOptions options;
        options.createIfMissing = false;
        options.quickCheck = false;
        options.backupBeforeMigration = false;
        auto opened = Database::open(m_path, options);
        QString problems = opened.message;
        if (opened.database) {
            {
                QMutexLocker lock(&m_mutex);
                m_running = opened.database.get();
            }
            problems = opened.database->quickCheckProblems();
            QMutexLocker lock(&m_mutex);
            m_running = nullptr;
        }
        QMetaObject::invokeMethod(this, [this, problems] { emit finished(problems); }, Qt::QueuedConnection);
    });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace kehu
