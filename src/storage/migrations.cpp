#include "storage/migrations.h"

#include "storage/transaction.h"

#include <algorithm>

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace kehu::Migrations {

namespace {

/// Resource paths of the steps, in order; step i upgrades version i to i + 1.
const QStringList &stepScripts()
{
    static const QStringList scripts{
        QStringLiteral(":/kehu/schema/schema_v1.sql"),
        QStringLiteral(":/kehu/schema/schema_v2.sql"),
        QStringLiteral(":/kehu/schema/schema_v3.sql"),
        QStringLiteral(":/kehu/schema/schema_v4.sql"),
        QStringLiteral(":/kehu/schema/schema_v5.sql"),
        QStringLiteral(":/kehu/schema/schema_v6.sql"),
    };
    return scripts;
}

int userVersion(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

} // namespace

int currentVersion()
{
    return static_cast<int>(stepScripts().size());
}

bool runScript(QSqlDatabase &db, const QString &sql, QString *error)
{
    QString statement;
    const QStringList lines = sql.split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u"--"))
            continue;
        statement += line + u'\n';
        if (!trimmed.endsWith(u';'))
            continue;
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            if (error)
                *error = query.lastError().text() + u"\n" + statement;
            return false;
        }
        statement.clear();
    }
    return true;
}

bool migrate(QSqlDatabase &db, QString *error, int targetVersion)
{
    const int from = userVersion(db);
    if (from < 0) {
        if (error)
            *error = QStringLiteral("cannot read the schema version");
        return false;
    }
    const QStringList &scripts = stepScripts();
    const int target = targetVersion < 0 ? int(scripts.size()) : std::min(targetVersion, int(scripts.size()));
    for (int version = from; version < target; ++version) {
        QFile file(scripts.at(version));
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("missing migration step ") + file.fileName();
            return false;
        }
        Transaction transaction(db);
        QString stepError;
        if (!runScript(db, QString::fromUtf8(file.readAll()), &stepError)) {
            if (error)
                *error = QStringLiteral("migration to version %1 failed: %2").arg(version + 1).arg(stepError);
            return false;
        }
        QSqlQuery pragma(db);
        // application_id and user_version live in the file header; SQLite writes them as part
        // of the transaction, so a rollback restores the old values too.
        if (!pragma.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId))
            || !pragma.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1))
            || !transaction.commit()) {
            if (error)
                *error = QStringLiteral("migration to version %1 failed: %2")
                             .arg(version + 1)
                             .arg(db.lastError().text());
            return false;
        }
    }
    return true;
}

} // namespace kehu::Migrations
