#include "customermerger.h"

#include "customerrepository.h"
#include "database.h"
#include "rowsnapshot.h"
#include "transaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace kehu {

namespace {

bool run(QSqlDatabase db, const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery q(db);
    if (!q.prepare(sql)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

/// The tables whose rows follow a customer (CustomerMerger::merge moves them).
constexpr const char *kHistoryTables[] = {"purchases", "visits", "surveys", "followups", "churn_events"};

void fillEmpty(QString &target, const QString &source)
{
    if (target.trimmed().isEmpty())
        target = source;
}

} // namespace

bool CustomerMerger::merge(CustomerId keep, CustomerId duplicate, QString *error)
{
    if (keep == duplicate) {
        if (error)
            *error = QStringLiteral("cannot merge a customer into itself");
        return false;
    }
    CustomerRepository customers(m_database);
    std::optional<Customer> kept = customers.findById(keep);
    const std::optional<Customer> other = customers.findById(duplicate);
    if (!kept || !other) {
        if (error)
            *error = QStringLiteral("customer not found");
        return false;
    }
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    // A purchase's import key is unique per customer and day; a moved row that would collide
    // with one of the kept customer's gets a derived key, so that no purchase is lost.
    // Plain positional placeholders: Qt binds in the order of the values, whatever numbers
    // "?NNN" placeholders carry, and numbered ones re-keyed the kept customer's row instead.
    if (!run(db,
             QStringLiteral("UPDATE purchases SET import_key = (import_key * 31 + id) & 4611686018427387903 "
                            "WHERE customer_id = ? AND EXISTS (SELECT 1 FROM purchases k WHERE k.customer_id = ? "
                            "AND k.purchased_on = purchases.purchased_on AND k.import_key = purchases.import_key)"),
             {duplicate, keep}, error))
        return false;
    const QVariantList ids{keep, duplicate};
    for (const char *table : kHistoryTables) {
        if (!run(db,
                 QStringLiteral("UPDATE %1 SET customer_id = ? WHERE customer_id = ?").arg(QLatin1StringView(table)),
                 ids, error))
            return false;
    }
    fillEmpty(kept->phone, other->phone);
    fillEmpty(kept->email, other->email);
    fillEmpty(kept->company, other->company);
    fillEmpty(kept->industry, other->industry);
    fillEmpty(kept->companySize, other->companySize);
    fillEmpty(kept->region, other->region);
    fillEmpty(kept->channel, other->channel);
    fillEmpty(kept->owner, other->owner);
    fillEmpty(kept->explicitNeeds, other->explicitNeeds);
    fillEmpty(kept->implicitNeeds, other->implicitNeeds);
    fillEmpty(kept->preferences, other->preferences);
    if (kept->personality == PersonalityType::Unknown)
        kept->personality = other->personality;
    if (!kept->budget)
        kept->budget = other->budget;
    for (const QString &tag : other->tags) {
        if (!kept->tags.contains(tag))
            kept->tags << tag;
    }
    if (!other->notes.isEmpty())
        kept->notes = kept->notes.isEmpty() ? other->notes : kept->notes + u"\n" + other->notes;
    if (customers.update(*kept, error) != SaveResult::Saved) {
        if (error && error->isEmpty())
            *error = QStringLiteral("the kept customer changed meanwhile");
        return false;
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (!run(db, QStringLiteral("UPDATE customers SET deleted_at = ?, version = version + 1 WHERE id = ?"),
             {now, duplicate}, error))
        return false;
    if (!run(db,
             QStringLiteral("INSERT INTO audit_log (at, action, entity, entity_id, detail) "
                            "VALUES (?, 'merge', 'customer', ?, ?)"),
             {now, keep, QStringLiteral("merged %1 (%2) into %3").arg(duplicate).arg(other->code, kept->code)}, error))
        return false;
    if (!transaction.commit()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    return true;
}

bool CustomerMerger::copyBeforeMerge(CustomerId keep, CustomerId duplicate, RowSnapshot &before, QString *error)
{
    if (!before.capture(m_database, QStringLiteral("customers"), {keep, duplicate}, error))
        return false;
    // A profile written back must not be saved over by whoever read the merged one.
    before.setVersionColumn(QStringLiteral("customers"), QStringLiteral("version"));
    for (const char *table : kHistoryTables) {
        if (!before.captureWhere(m_database, QLatin1StringView(table), QStringLiteral("customer_id"), duplicate, error))
            return false;
    }
    return true;
}

bool CustomerMerger::unmerge(CustomerId keep, CustomerId duplicate, const RowSnapshot &before, QString *error)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!before.restore(m_database, error))
        return false;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (!run(db,
             QStringLiteral("INSERT INTO audit_log (at, action, entity, entity_id, detail) "
                            "VALUES (?, 'unmerge', 'customer', ?, ?)"),
             {now, keep, QStringLiteral("took %1 out of %2 again (undo of a merge)").arg(duplicate).arg(keep)}, error))
        return false;
    if (!transaction.commit()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    return true;
}

} // namespace kehu
