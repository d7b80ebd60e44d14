#pragma once

#include "activity.h"
#include "csvreader.h"
#include "customer.h"
#include "importissue.h"
#include "textencoding.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace kehu {

/// A customer row; its code is in `customer.code` (empty when the file gave only a name).
struct ParsedCustomerRow
{
    Customer customer;
    qsizetype line = 0;
};

/// A purchase row. `purchase.customerId` is 0: the importer resolves `customerCode`.
/// `customerName`, when the file has a name column, lets the importer create a new customer.
struct ParsedPurchaseRow
{
    Purchase purchase;
    QString customerCode;
    QString customerName;
    qsizetype line = 0;
};

/// A visit row; `visit.customerId` is 0 until the importer resolves `customerCode`.
struct ParsedVisitRow
{
    Visit visit;
    QString customerCode;
    qsizetype line = 0;
};

/// A survey row; `survey.customerId` is 0 until the importer resolves `customerCode`.
struct ParsedSurveyRow
{
    SurveyResponse survey;
    QString customerCode;
    qsizetype line = 0;
};

/// A record that had at least one error, as it was in the file (without its line break),
/// so the importer can write a reject file the user can fix and import again.
struct RejectedRecord
{
    qsizetype line = 0;
    QByteArray raw;
};

/// Everything read from one import file, before anything touches the database.
///
/// `rows` holds the records without errors, in file order; records with errors are in
/// `rejected` instead. `issues` lists every problem (errors and warnings), sorted by line.
/// The raw bytes in `rejected` and `headerRaw` are in `rawEncoding`: the file's own encoding,
/// except UTF-16, which was converted to UTF-8. `usable` is false when the file could not be
/// read at all (empty, unreadable encoding, required columns missing); then `rows` is empty.
template<typename Row>
struct ParsedImport
{
    QList<Row> rows;
    QList<ImportIssue> issues;
    QList<RejectedRecord> rejected;
    QByteArray headerRaw;
    QStringList headers;
    QStringList ignoredColumns;
    TextEncodingKind encoding = TextEncodingKind::Utf8;
    TextEncodingKind rawEncoding = TextEncodingKind::Utf8;
    CsvSeparator separator = CsvSeparator::Comma;
    /// Data records read (header and blank records not counted).
    qsizetype recordCount = 0;
    bool usable = true;

    qsizetype errorCount() const
    {
        return std::count_if(issues.cbegin(), issues.cend(), [](const ImportIssue &i) { return i.isError(); });
    }
    qsizetype warningCount() const { return issues.size() - errorCount(); }
    bool hasErrors() const { return !usable || errorCount() > 0; }
};

} // namespace kehu

// Every member is relocatable, so QList can grow by moving memory rather than by running a
// move constructor per row (measured: a quarter of the parse time for 1M purchases).
Q_DECLARE_TYPEINFO(kehu::ParsedCustomerRow, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(kehu::ParsedPurchaseRow, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(kehu::ParsedVisitRow, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(kehu::ParsedSurveyRow, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(kehu::RejectedRecord, Q_RELOCATABLE_TYPE);

namespace kehu {

using ParsedCustomers = ParsedImport<ParsedCustomerRow>;
using ParsedPurchases = ParsedImport<ParsedPurchaseRow>;
using ParsedVisits = ParsedImport<ParsedVisitRow>;
using ParsedSurveys = ParsedImport<ParsedSurveyRow>;

} // namespace kehu
