#include "exporter.h"

#include "accessguard.h"
#include "workspace.h"

#include "activityrepository.h"
#include "columnmapping.h"
#include "csvwriter.h"
#include "customerrepository.h"
#include "daynumber.h"
#include "enumkeys.h"
#include "moneyformatter.h"
#include "settingsrepository.h"
#include "snapshotrepository.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace kehu {

Exporter::Exporter(Workspace &workspace) : m_workspace(workspace), m_database(workspace.database()) {}

qint64 Exporter::recorded(const QString &what, Format format, qint64 rows, QString *error) const
{
    if (rows < 0)
        return rows;
    const QJsonObject after{
        {QStringLiteral("exported"), what},
        {QStringLiteral("format"), format == Format::Csv ? QStringLiteral("csv") : QStringLiteral("json")},
        {QStringLiteral("rows"), double(rows)}};
    AuditEntry entry{QStringLiteral("export"), what};
    entry.after = QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact));
    return m_workspace.access().record(entry, error) ? rows : -1;
}

namespace {

/// One table of rows, written as CSV or as a JSON array, streaming (no whole document in
/// memory: a million customers would not fit comfortably).
class TableSink
{
public:
    TableSink(QIODevice &out, Exporter::Format format, QStringList columns)
        : m_out(out), m_format(format), m_columns(std::move(columns)), m_csv(out)
    {
        if (m_format == Exporter::Format::Csv)
            m_csv.writeRecord(m_columns);
        else
            m_out.write("[");
    }

    /// `values` in column order; an empty numeric value is JSON null (unknown), an empty text
    /// value an empty string.
    void row(const QStringList &values, const QList<bool> &numeric)
    {
        ++m_rows;
        if (m_format == Exporter::Format::Csv) {
            m_csv.writeRecord(values);
            return;
        }
        QJsonObject object;
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            const QString &value = values.at(i);
            if (!numeric.value(i))
                object.insert(m_columns.at(i), value.isNull() ? QStringLiteral("") : value);
            else if (value.isEmpty())
                object.insert(m_columns.at(i), QJsonValue::Null);
            else
                object.insert(m_columns.at(i), value.toDouble());
        }
        m_out.write(m_rows == 1 ? "\n" : ",\n");
        m_out.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }

    qint64 finish()
    {
        if (m_format == Exporter::Format::Json)
            m_out.write(m_rows == 0 ? "]\n" : "\n]\n");
        return m_rows;
    }

private:
    QIODevice &m_out;
    Exporter::Format m_format;
    QStringList m_columns;
    CsvWriter m_csv;
    qint64 m_rows = 0;
};

QString optionalMoney(const std::optional<qint64> &value, const Currency &currency)
{
    return value ? MoneyFormatter::dataFileText(*value, currency) : QString();
}

/// The book's currency: amounts are written with its number of decimal places.
Currency bookCurrency(Database &database)
{
    return Currency(SettingsRepository(database).currency());
}

QString key(ImportField field)
{
    return ColumnMapping::key(field).toString();
}

} // namespace

qint64 Exporter::exportCustomers(QIODevice &out, Format format, QString *error) const
{
    if (!m_workspace.access().require(Operation::ExportData, error))
        return -1;
    const QStringList columns{
        key(ImportField::CustomerCode), key(ImportField::Name), key(ImportField::Phone), key(ImportField::Email),
        key(ImportField::Company), key(ImportField::Industry), key(ImportField::CompanySize), key(ImportField::Region),
        key(ImportField::Channel), key(ImportField::Owner), key(ImportField::Lifecycle), key(ImportField::Personality),
        key(ImportField::CustomerType), key(ImportField::ExplicitNeeds), key(ImportField::ImplicitNeeds),
        key(ImportField::Budget), key(ImportField::Preferences), key(ImportField::Tags), key(ImportField::Notes),
        QStringLiteral("created_at"),
        // Scores of the latest classification snapshot (empty before the first one).
        QStringLiteral("recency"), QStringLiteral("frequency"), QStringLiteral("monetary"), QStringLiteral("r_score"),
        QStringLiteral("f_score"), QStringLiteral("m_score"), QStringLiteral("rfm_segment"),
        QStringLiteral("abc_class"), QStringLiteral("clv"), QStringLiteral("p_alive"),
        QStringLiteral("expected_purchases"), QStringLiteral("churn_flag"), QStringLiteral("churn_reason")};
    QList<bool> numeric(columns.size(), false);
    for (int i : {15, 20, 21, 22, 23, 24, 25, 28, 29, 30})
        numeric[i] = true;

    const Currency currency = bookCurrency(m_database);
    QHash<CustomerId, SnapshotRow> scores;
    SnapshotRepository snapshots(m_database);
    if (const auto current = snapshots.current()) {
        scores.reserve(current->customers);
        snapshots.forEachRow(current->id, [&](const SnapshotRow &row) {
            scores.insert(row.customerId, row);
            return true;
        });
    }
    auto number = [](const auto &value) { return value ? QString::number(*value) : QString(); };
    TableSink sink(out, format, columns);
    const bool read = CustomerRepository(m_database).forEach([&](const Customer &c) {
        QStringList values{c.code,
                           c.name,
                           c.phone,
                           c.email,
                           c.company,
                           c.industry,
                           c.companySize,
                           c.region,
                           c.channel,
                           c.owner,
                           toKey(c.lifecycle).toString(),
                           toKey(c.personality).toString(),
                           toKey(c.type).toString(),
                           c.explicitNeeds,
                           c.implicitNeeds,
                           optionalMoney(c.budget, currency),
                           c.preferences,
                           c.tags.join(u';'),
                           c.notes,
                           c.createdAt.toString(Qt::ISODate)};
        const auto found = scores.constFind(c.id);
        if (found != scores.cend() && !found->segment.isEmpty()) {
            const SnapshotRow &s = *found;
            values << number(s.recencyDays) << QString::number(s.frequency)
                   << MoneyFormatter::dataFileText(s.monetary, currency) << QString::number(s.rScore)
                   << QString::number(s.fScore) << QString::number(s.mScore) << s.segment << s.abcClass
                   << optionalMoney(s.clv, currency) << number(s.pAlive) << number(s.expectedPurchases) << s.churnFlag
                   << s.churnReason;
        } else {
            for (int i = 0; i < 13; ++i)
                values << QString();
        }
        sink.row(values, numeric);
        return true;
    });
    if (!read) {
        if (error)
            *error = QStringLiteral("cannot read from the database");
        return -1;
    }
    return recorded(QStringLiteral("customers"), format, sink.finish(), error);
}

qint64 Exporter::exportPurchases(QIODevice &out, Format format, QString *error) const
{
    if (!m_workspace.access().require(Operation::ExportData, error))
        return -1;
    const QStringList columns{key(ImportField::CustomerCode), key(ImportField::Date),     key(ImportField::Amount),
                              key(ImportField::Profit),       key(ImportField::Quantity), key(ImportField::Channel),
                              key(ImportField::Ref)};
    const QList<bool> numeric{false, false, true, true, true, false, false};
    TableSink sink(out, format, columns);
    const Currency currency = bookCurrency(m_database);
    const bool read = ActivityRepository(m_database).forEachPurchase([&](const QString &code, const Purchase &p) {
        sink.row({code, isoDate(p.date), MoneyFormatter::dataFileText(p.amount, currency),
                  optionalMoney(p.profit, currency), QString::number(p.quantity), p.channel, p.sourceRef},
                 numeric);
        return true;
    });
    if (!read) {
        if (error)
            *error = QStringLiteral("cannot read from the database");
        return -1;
    }
    return recorded(QStringLiteral("purchases"), format, sink.finish(), error);
}

} // namespace kehu
