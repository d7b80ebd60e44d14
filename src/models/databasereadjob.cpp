#include "models/databasereadjob.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QThread>

namespace kehu {

DatabaseReadJob::DatabaseReadJob(QString databasePath, QObject *parent)
    : QObject(parent), m_path(std::move(databasePath))
{
}

DatabaseReadJob::~DatabaseReadJob()
{
    waitForThreads();
}

void DatabaseReadJob::waitForThreads()
{
    for (QThread *thread : findChildren<QThread *>(Qt::FindDirectChildrenOnly))
        thread->wait();
}

void DatabaseReadJob::wait()
{
    waitForThreads();
    QCoreApplication::sendPostedEvents(this);
}

void DatabaseReadJob::cancel()
{
    ++m_generation;
    m_busy = false;
}

void DatabaseReadJob::start(Read read)
{
    const quint64 generation = ++m_generation;
    m_busy = true;
    QThread *thread = QThread::create([this, generation, read = std::move(read)] {
        Apply apply;
        QString error;
        Database::OpenOptions options;
        options.createIfMissing = false;
        options.quickCheck = false;
        auto opened = Database::open(m_path, options);
        if (!opened.database)
            error = opened.message;
        else
            apply = read(*opened.database, &error);
        QMetaObject::invokeMethod(
            this,
            [this, generation, apply = std::move(apply), error] {
                if (generation != m_generation)
                    return; // a newer request replaced this one
                m_busy = false;
                if (apply && error.isEmpty())
                    apply();
                emit finished(error);
            },
            Qt::QueuedConnection);
    });
    thread->setParent(this); // the destructor waits for it; deleted when done
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace kehu
