#include "bookmove.h"

#include "bookaddress.h"
#include "bookcopier.h"
#include "database.h"

#include <QFile>
#include <QFileInfo>

namespace kehu {

std::optional<QList<BookMove::Table>> BookMove::copy(const QString &from, const QString &to, QString *error,
                                                     const Progress &progress)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const BookAddress target = BookAddress::parse(to);
    if (!target.isServer() && QFileInfo::exists(target.filePath()))
        return fail(QStringLiteral("%1 already exists: copy into a new file").arg(to));

    BookOpenOptions readOnly;
    readOnly.createIfMissing = false;
    readOnly.backupBeforeMigration = false;
    Database::OpenResult source = Database::open(from, readOnly);
    if (!source.database)
        return fail(source.message);
    BookOpenOptions create;
    create.quickCheck = false;
    Database::OpenResult destination = Database::open(to, create);
    if (!destination.database)
        return fail(destination.message);

    BookCopier copier(*source.database, *destination.database);
    const auto reports = copier.copy(error, progress);
    if (!reports) {
        // A file made for the copy goes again: nothing half-made is left behind.
        if (!target.isServer()) {
            destination.database.reset();
            QFile::remove(target.filePath());
            QFile::remove(target.filePath() + QStringLiteral("-wal"));
            QFile::remove(target.filePath() + QStringLiteral("-shm"));
        }
        return std::nullopt;
    }
    QList<Table> tables;
    for (const BookCopier::TableReport &r : *reports)
        tables << Table{r.table, r.targetRows, r.targetSum, r.matches()};
    return tables;
}

} // namespace kehu
