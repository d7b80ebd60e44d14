#include "migrations.h"

#include "customersearchindex.h"
#include "namepinyin.h"
#include "transaction.h"

#include <algorithm>

#include <QFile>
#include <QList>
#include <QPair>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace kehu::Migrations {

namespace {

/// Version 7's C++ part: the pinyin of every customer already in the book (SQLite cannot
/// transliterate). The search triggers are taken out meanwhile, so the updates cost no index
/// work, and the word index is rebuilt once (1M customers: a few seconds).
bool fillNamePinyin(QSqlDatabase &db, QString *error)
{
    CustomerSearchIndex index(db);
    QString indexError;
    if (!index.suspend(&indexError)) {
        if (error)
            *error = QStringLiteral("cannot take out the search triggers: ") + indexError;
        return false;
    }
    QSqlQuery read(db);
    QSqlQuery write(db);
    read.setForwardOnly(true);
    if (!read.prepare(QStringLiteral("SELECT id, name FROM customers WHERE id > ? ORDER BY id LIMIT 20000"))
        || !write.prepare(QStringLiteral("UPDATE customers SET name_pinyin = ? WHERE id = ?"))) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    // In chunks by id: the chunk is read to the end before its rows are written.
    qint64 last = 0;
    for (;;) {
        read.addBindValue(last);
        if (!read.exec()) {
            if (error)
                *error = read.lastError().text();
            return false;
        }
        QList<QPair<qint64, QString>> terms;
        int rows = 0;
        while (read.next()) {
            ++rows;
            last = read.value(0).toLongLong();
            const QString name = read.value(1).toString();
            if (NamePinyin::hasHan(name))
                terms.append({last, NamePinyin::searchTerms(name)});
        }
        read.finish();
        for (const auto &[id, pinyin] : std::as_const(terms)) {
            write.addBindValue(pinyin);
            write.addBindValue(id);
            if (!write.exec()) {
                if (error)
                    *error = write.lastError().text();
                return false;
            }
        }
        if (rows == 0)
            break;
    }
    if (!index.rebuildWordsAndResume(&indexError)) {
        if (error)
            *error = indexError;
        return false;
    }
    return true;
}

/// A step: its script, then (optionally) C++ work in the same transaction.
struct Step
{
    QString script;
    bool (*finish)(QSqlDatabase &db, QString *error) = nullptr;
};

/// The steps in order; step i upgrades version i to i + 1.
const QList<Step> &steps()
{
    static const QList<Step> list{
        {QStringLiteral(":/kehu/schema/schema_v1.sql")},
        {QStringLiteral(":/kehu/schema/schema_v2.sql")},
        {QStringLiteral(":/kehu/schema/schema_v3.sql")},
        {QStringLiteral(":/kehu/schema/schema_v4.sql")},
        {QStringLiteral(":/kehu/schema/schema_v5.sql")},
        {QStringLiteral(":/kehu/schema/schema_v6.sql")},
        {QStringLiteral(":/kehu/schema/schema_v7.sql"), &fillNamePinyin},
    };
    return list;
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
    return static_cast<int>(steps().size());
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
    const QList<Step> &list = steps();
    const int target = targetVersion < 0 ? int(list.size()) : std::min(targetVersion, int(list.size()));
    for (int version = from; version < target; ++version) {
        const Step &step = list.at(version);
        QFile file(step.script);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("missing migration step ") + file.fileName();
            return false;
        }
        Transaction transaction(db);
        QString stepError;
        if (!runScript(db, QString::fromUtf8(file.readAll()), &stepError)
            || (step.finish && !step.finish(db, &stepError))) {
            if (error)
                *error = QStringLiteral("migration to version %1 failed: %2").arg(version + 1).arg(stepError);
            return false;
        }
        QSqlQuery pragma(db);
        // application_id and user_version live in the file header; SQLite writes them as part
        // of the transaction, so a rollback restores the old values too.
        if (!pragma.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId))
            || !pragma.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1)) || !transaction.commit()) {
            if (error)
                *error =
                    QStringLiteral("migration to version %1 failed: %2").arg(version + 1).arg(db.lastError().text());
            return false;
        }
    }
    return true;
}

} // namespace kehu::Migrations
