#pragma once

#include <QIODevice>
#include <QString>

namespace kehu {

class Database;
class Workspace;

/// Writes customers or purchases as CSV (RFC 4180, UTF-8) or JSON (an array of objects).
/// Money is written in major units with the book currency's decimals ("1234.50" in CNY),
/// exactly, from the stored minor units (MoneyFormatter::dataFileText); dates ISO-8601. The CSV headers are the
/// importer's field keys, so an export can be imported again unchanged. A customer export adds the scores of the latest
/// classification snapshot (recency, R/F/M scores, segment, ABC class, CLV, P(alive), churn).
class Exporter
{
public:
    enum class Format { Csv, Json };

    /// Reads from the workspace's book (Operation::ExportData; each export leaves an audit
    /// record saying what left the book and how many rows).
    explicit Exporter(Workspace &workspace);

    /// Returns the number of rows written; -1 with `error` set on failure.
    qint64 exportCustomers(QIODevice &out, Format format, QString *error) const;
    qint64 exportPurchases(QIODevice &out, Format format, QString *error) const;

private:
    qint64 recorded(const QString &what, Format format, qint64 rows, QString *error) const;

    Workspace &m_workspace;
    Database &m_database;
};

} // namespace kehu
