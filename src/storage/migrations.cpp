#include "migrations.h"

#include "customersearchindex.h"
#include "namepinyin.h"
#include "sqldialect.h"
#include "transaction.h"

#include <algorithm>

#include <QFile>
#include <QList>
#include <QPair>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace kehu::Migrations {

/// Where the version is kept: SQLite's header (PRAGMA user_version), or the kehu_schema table
/// on PostgreSQL. 0 for an empty database, -1 when it cannot be read.
int storedVersion(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (SqlDialect::of(db).isPostgres()) {
        if (!query.exec(QStringLiteral("SELECT to_regclass('kehu_schema') IS NOT NULL")) || !query.next())
            return -1;
        if (!query.value(0).toBool())
            return 0;
        if (!query.exec(QStringLiteral("SELECT version FROM kehu_schema WHERE application = 'KEHU'")))
            return -1;
        return query.next() ? query.value(0).toInt() : 0;
    }
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

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
    /// The same step on PostgreSQL (steps after kPostgresBaseline only).
    QString postgresScript = {};
};

/// The SQLite steps in order; step i upgrades version i to i + 1.
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
        {QStringLiteral(":/kehu/schema/schema_v8.sql"), nullptr,
         QStringLiteral(":/kehu/schema/schema_postgres_v8.sql")},
    };
    return list;
}

/// PostgreSQL books begin at this version, made in one step by its script; the steps after
/// it have a PostgreSQL script beside the SQLite one.
constexpr int kPostgresBaseline = 7;
const QString kPostgresBaselineScript = QStringLiteral(":/kehu/schema/schema_postgres_v7.sql");

QString readScript(const QString &resource, QString *error)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("missing migration step ") + resource;
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

/// Records `version` as part of the step's transaction, so a rollback restores the old one
/// too (on SQLite application_id and user_version live in the file header, written with it).
bool storeVersion(QSqlDatabase &db, int version)
{
    QSqlQuery query(db);
    if (SqlDialect::of(db).isPostgres()) {
        return query.exec(version == kPostgresBaseline
                              ? QStringLiteral("INSERT INTO kehu_schema (version) VALUES (%1)").arg(version)
                              : QStringLiteral("UPDATE kehu_schema SET version = %1").arg(version));
    }
    return query.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId))
           && query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

/// Upgrades a PostgreSQL database. Two desks may open an old book at once: each step holds
/// a transaction-scoped advisory lock and reads the version again under it.
bool migratePostgres(QSqlDatabase &db, QString *error, int target)
{
    if (target < kPostgresBaseline) {
        if (error)
            *error = QStringLiteral("PostgreSQL books begin at schema version %1").arg(kPostgresBaseline);
        return false;
    }
    Transaction transaction(db);
    QSqlQuery lock(db);
    if (!lock.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kApplicationId))) {
        if (error)
            *error = lock.lastError().text();
        return false;
    }
    int from = storedVersion(db);
    QString stepError;
    if (from == 0) {
        const QString script = readScript(kPostgresBaselineScript, &stepError);
        if (script.isEmpty() || !runScript(db, script, &stepError) || !storeVersion(db, kPostgresBaseline)) {
            if (error)
                *error = QStringLiteral("creating the schema (version %1) failed: %2 %3")
                             .arg(kPostgresBaseline)
                             .arg(stepError, db.lastError().text());
            return false;
        }
        from = kPostgresBaseline;
    }
    // The later steps join the same transaction: a book is upgraded wholly or not at all.
    for (int version = from; version < target; ++version) {
        const Step &step = steps().at(version);
        const QString script = readScript(step.postgresScript, &stepError);
        if (script.isEmpty() || !runScript(db, script, &stepError) || (step.finish && !step.finish(db, &stepError))
            || !storeVersion(db, version + 1)) {
            if (error)
                *error = QStringLiteral("migration to version %1 failed: %2 %3")
                             .arg(version + 1)
                             .arg(stepError, db.lastError().text());
            return false;
        }
    }
    if (!transaction.commit()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    return true;
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
    const QList<Step> &list = steps();
    const int target = targetVersion < 0 ? int(list.size()) : std::min(targetVersion, int(list.size()));
    if (SqlDialect::of(db).isPostgres())
        return migratePostgres(db, error, target);
    const int from = storedVersion(db);
    if (from < 0) {
        if (error)
            *error = QStringLiteral("cannot read the schema version");
        return false;
    }
    for (int version = from; version < target; ++version) {
        const Step &step = list.at(version);
        QString stepError;
        const QString script = readScript(step.script, &stepError);
        if (script.isEmpty()) {
            if (error)
                *error = stepError;
            return false;
        }
        Transaction transaction(db);
        if (!runScript(db, script, &stepError) || (step.finish && !step.finish(db, &stepError))) {
            if (error)
                *error = QStringLiteral("migration to version %1 failed: %2").arg(version + 1).arg(stepError);
            return false;
        }
        if (!storeVersion(db, version + 1) || !transaction.commit()) {
            if (error)
                *error =
                    QStringLiteral("migration to version %1 failed: %2").arg(version + 1).arg(db.lastError().text());
            return false;
        }
    }
    return true;
}

} // namespace kehu::Migrations
