#include "passwordstore.h"

#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace kehu {

namespace {

const QString kService = QStringLiteral("Kehu");

/// Runs a keychain job to its end. The jobs are asynchronous (a keychain may ask the user to
/// unlock it); the app asks only when it is about to open a book, so it waits here.
void runToEnd(QKeychain::Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

} // namespace

std::optional<QString> KeychainPasswordStore::read(const QString &address)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(address);
    runToEnd(job);
    if (job.error() != QKeychain::NoError)
        return std::nullopt;
    return job.textData();
}

bool KeychainPasswordStore::write(const QString &address, const QString &password, QString *error)
{
    QKeychain::WritePasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(address);
    job.setTextData(password);
    runToEnd(job);
    if (job.error() == QKeychain::NoError)
        return true;
    if (error)
        *error = job.errorString();
    return false;
}

void KeychainPasswordStore::remove(const QString &address)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(address);
    runToEnd(job);
}

} // namespace kehu
