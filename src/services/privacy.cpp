#include "privacy.h"

#include "accessguard.h"
#include "auditedwrite.h"
#include "auditlog.h"
#include "booksettings.h"
#include "csvwriter.h"
#include "privacyrepository.h"
#include "restorepoints.h"
#include "rowsnapshot.h"
#include "workspace.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <climits>

namespace kehu {

namespace {

/// The tables that hold rows about one customer, by customer_id.
const QStringList kHistoryTables{QStringLiteral("purchases"), QStringLiteral("visits"), QStringLiteral("surveys"),
                                 QStringLiteral("followups"), QStringLiteral("churn_events")};

/// The profile fields an erasure empties.
const QStringList kIdentityFields{
    QStringLiteral("name"),        QStringLiteral("phone"),          QStringLiteral("email"),
    QStringLiteral("company"),     QStringLiteral("explicit_needs"), QStringLiteral("implicit_needs"),
    QStringLiteral("preferences"), QStringLiteral("tags"),           QStringLiteral("notes")};

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString textOf(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return value.toString();
}

/// One line per value, "table,row,field,value": every table in one file that any
/// spreadsheet opens, however many columns each has.
void writeCsv(const QJsonObject &tables, QIODevice &out)
{
    CsvWriter csv(out, true);
    csv.writeRecord({QStringLiteral("table"), QStringLiteral("row"), QStringLiteral("field"), QStringLiteral("value")});
    for (auto table = tables.constBegin(); table != tables.constEnd(); ++table) {
        const QJsonArray rows = table.value().toArray();
        for (qsizetype row = 0; row < rows.size(); ++row) {
            const QJsonObject fields = rows.at(row).toObject();
            for (auto field = fields.constBegin(); field != fields.constEnd(); ++field)
                csv.writeRecord({table.key(), QString::number(row + 1), field.key(), textOf(field.value())});
        }
    }
}

} // namespace

std::optional<QDate> Privacy::consentSince(CustomerId id)
{
    if (!m_workspace.access().requireCustomer(Operation::ViewCustomers, id))
        return std::nullopt;
    return PrivacyRepository(m_workspace.database()).consentSince(id);
}

bool Privacy::setConsent(CustomerId id, bool agrees, QString *error)
{
    if (!m_workspace.access().requireCustomer(Operation::EditCustomer, id, error))
        return false;
    AuditedWrite write(m_workspace, {QStringLiteral("set_consent"), QStringLiteral("customer"), id, id});
    if (!write.watch(QStringLiteral("customers"), {id}, error)
        || !PrivacyRepository(m_workspace.database())
                .setConsent(id, agrees ? std::optional<QDate>(QDate::currentDate()) : std::nullopt, error)
        || !write.commit(error))
        return false;
    m_workspace.notifyCustomerChanged(id);
    return true;
}

bool Privacy::exportPerson(CustomerId id, QIODevice &out, Format format, QString *error)
{
    if (!m_workspace.access().requireCustomer(Operation::PrivacyRequest, id, error))
        return false;
    Database &db = m_workspace.database();
    RowSnapshot rows;
    if (!rows.capture(db, QStringLiteral("customers"), {id}, error))
        return false;
    for (const QString &table : kHistoryTables) {
        if (!rows.captureWhere(db, table, QStringLiteral("customer_id"), id, error))
            return false;
    }
    const QJsonObject tables = QJsonDocument::fromJson(rows.toJson().toUtf8()).object();
    // Recorded before anything leaves: no copy of a person without its record.
    AuditEntry entry{QStringLiteral("export_person"), QStringLiteral("customer"), id, id};
    entry.detail = format == Format::Json ? QStringLiteral("json") : QStringLiteral("csv");
    if (!m_workspace.access().record(entry, error))
        return false;
    if (format == Format::Json) {
        const QJsonObject document{
            {QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {QStringLiteral("customer_id"), id},
            {QStringLiteral("tables"), tables}};
        out.write(QJsonDocument(document).toJson(QJsonDocument::Indented));
    } else {
        writeCsv(tables, out);
    }
    return true;
}

bool Privacy::erase(CustomerId id, QString *error)
{
    if (!m_workspace.access().requireCustomer(Operation::PrivacyRequest, id, error))
        return false;
    if (PrivacyRepository(m_workspace.database()).erasedAt(id))
        return true; // already: nothing left to remove
    if (!RestorePoints(m_workspace).takeBeforeRiskyWrite(QStringLiteral("erase"), error))
        return false;
    if (!eraseOne(id, QStringLiteral("erase_customer"), error))
        return false;
    // Nothing to undo into: the undo history ends here (notify without an undo command).
    m_workspace.notifyCustomerChanged(id);
    m_workspace.notifyBookChanged();
    return true;
}

bool Privacy::eraseOne(CustomerId id, const QString &action, QString *error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    AuditedWrite write(m_workspace, {action, QStringLiteral("customer"), id, id});
    // The record says which fields went, never what they held.
    write.entry().before = compact({{QStringLiteral("erased_fields"), QJsonArray::fromStringList(kIdentityFields)}});
    write.entry().after = compact({{QStringLiteral("erased_at"), now.toString(Qt::ISODate)}});
    return write.begun(error) && PrivacyRepository(m_workspace.database()).erase(id, now, error) && write.commit(error);
}

int Privacy::retentionDays()
{
    bool ok = false;
    const int days =
        m_workspace.settings().value(QStringLiteral("privacy/retention_days")).value_or(QString()).toInt(&ok);
    return ok && days >= 0 ? days : kDefaultRetentionDays;
}

int Privacy::eraseExpired(const QDateTime &now, QString *error)
{
    // The book's own retention, whoever has it open: no permission asked (as a daily restore
    // point), and one record for the run.
    PrivacyRepository privacy(m_workspace.database());
    const QList<CustomerId> expired = privacy.deletedBefore(now.addDays(-retentionDays()), error);
    if (expired.isEmpty())
        return error && !error->isEmpty() ? -1 : 0;
    if (!RestorePoints(m_workspace).takeBeforeRiskyWrite(QStringLiteral("erase"), error))
        return -1;
    AuditedWrite write(m_workspace, {QStringLiteral("erase_expired"), QStringLiteral("customer")});
    if (!write.begun(error))
        return -1;
    QJsonArray ids;
    for (const CustomerId id : expired) {
        if (!privacy.erase(id, now, error))
            return -1;
        ids.append(id);
    }
    write.entry().after = compact({{QStringLiteral("customers"), ids}});
    write.entry().detail = QString::number(expired.size());
    if (!write.commit(error))
        return -1;
    m_workspace.notifyBookChanged();
    return int(expired.size());
}

int Privacy::eraseAgain(QString *error)
{
    Database &db = m_workspace.database();
    QList<CustomerId> erased;
    for (const QString &action : {QStringLiteral("erase_customer"), QStringLiteral("erase_expired")}) {
        AuditQuery query;
        query.action = action;
        query.limit = INT_MAX;
        for (const AuditRecord &record : AuditLog(db).find(query, error)) {
            if (record.entry.outcome != AuditOutcome::Done)
                continue;
            if (record.entry.customerId)
                erased << *record.entry.customerId;
            const QJsonArray ids = QJsonDocument::fromJson(record.entry.after.toUtf8())
                                       .object()
                                       .value(QStringLiteral("customers"))
                                       .toArray();
            for (const auto &id : ids)
                erased << CustomerId(id.toInteger());
        }
    }
    PrivacyRepository privacy(db);
    int count = 0;
    for (const CustomerId id : erased) {
        if (privacy.erasedAt(id) || !eraseOne(id, QStringLiteral("erase_again"), error))
            continue;
        ++count;
    }
    return count;
}

} // namespace kehu
