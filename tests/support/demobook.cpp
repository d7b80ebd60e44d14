#include "demobook.h"

#include "classificationpolicy.h"
#include "classificationrunner.h"
#include "database.h"
#include "demobusiness.h"
#include "demowriter.h"
#include "workspace.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>

namespace kehu::test {

namespace {

/// Writes the book to `path` (a new file); false with `error` set when that fails.
bool write(const DemoBookSpec &spec, const QString &path, QString *error)
{
    auto opened = Database::open(path);
    if (!opened.database) {
        *error = opened.message;
        return false;
    }
    DemoBusiness::Options options;
    options.customers = spec.customers;
    options.years = spec.years;
    options.endDate = spec.endDate;
    Workspace workspace(std::move(opened.database));
    if (!DemoWriter(workspace).write(options, nullptr, error))
        return false;
    ClassificationRunner runner(workspace);
    for (const auto &[asOf, label] : spec.classifiedOn) {
        if (runner.run(ClassificationPolicy{}, asOf, label).snapshotId <= 0) {
            *error = QStringLiteral("classification as of %1 failed").arg(asOf.toString(Qt::ISODate));
            return false;
        }
    }
    return true; // closing the connection checkpoints the WAL into the file
}

/// The folder of prepared books for this build of the test binary.
QString cacheDir()
{
    const QFileInfo binary(QCoreApplication::applicationFilePath());
    const QByteArray stamp = QByteArray::number(binary.lastModified().toMSecsSinceEpoch()) + '-'
                             + QByteArray::number(binary.size());
    return binary.absolutePath() + QStringLiteral("/demo-books/") + binary.fileName() + u'-'
           + QString::fromLatin1(stamp);
}

QString keyOf(const DemoBookSpec &spec)
{
    QByteArray key = QByteArray::number(spec.customers) + '/' + QByteArray::number(spec.years) + '/'
                     + spec.endDate.toString(Qt::ISODate).toLatin1();
    for (const auto &[asOf, label] : spec.classifiedOn)
        key += '/' + asOf.toString(Qt::ISODate).toUtf8() + '=' + label.toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex());
}

/// The prepared file for `spec`, written first if this build has none yet.
QString prepared(const DemoBookSpec &spec, QString *error)
{
    static QMutex mutex;
    const QMutexLocker lock(&mutex);
    const QString dir = cacheDir();
    QString path = dir + u'/' + keyOf(spec) + QStringLiteral(".sqlite");
    if (QFileInfo::exists(path))
        return path;
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create %1").arg(dir);
        return {};
    }
    const QString partial = path + QStringLiteral(".%1.partial").arg(QCoreApplication::applicationPid());
    QFile::remove(partial);
    if (!write(spec, partial, error) || QFileInfo::exists(partial + QStringLiteral("-wal"))) {
        if (error->isEmpty())
            *error = QStringLiteral("the write-ahead log was left beside %1").arg(partial);
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(partial + suffix);
        return {};
    }
    // Another process may have finished the same book meanwhile: either file will do.
    if (!QFile::rename(partial, path))
        QFile::remove(partial);
    return QFileInfo::exists(path) ? path : QString();
}

} // namespace

DemoBook::DemoBook(const DemoBookSpec &spec) : m_spec(spec), m_path(m_dir.filePath(QStringLiteral("kehu.sqlite")))
{
    QString error;
    const QString source = prepared(spec, &error);
    if (source.isEmpty()) {
        ADD_FAILURE() << "cannot write the demo book: " << error.toStdString();
        return;
    }
    if (!QFile::copy(source, m_path))
        ADD_FAILURE() << "cannot copy the demo book to " << m_path.toStdString();
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
}

std::unique_ptr<Database> DemoBook::open() const
{
    auto opened = Database::open(m_path);
    if (!opened.database)
        ADD_FAILURE() << "cannot open the demo book: " << opened.message.toStdString();
    return std::move(opened.database);
}

std::unique_ptr<Workspace> DemoBook::openWorkspace() const
{
    auto database = open();
    return database ? std::make_unique<Workspace>(std::move(database)) : nullptr;
}

} // namespace kehu::test
