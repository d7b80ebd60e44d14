#pragma once

#include "importissue.h"

#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <vector>

namespace kehu {

/// What an import file holds.
enum class ImportKind { Customers, Purchases, Visits, Surveys };

/// Every field an import can fill, across kinds (each kind uses a subset, see
/// ColumnMapping::fieldsFor()). One enum rather than one per kind keeps the synonym table and
/// the --map syntax in one place.
enum class ImportField {
    CustomerCode,
    Name,
    Phone,
    Email,
    Company,
    Industry,
    CompanySize,
    Region,
    Channel,
    Owner,
    Lifecycle,
    Personality,
    CustomerType,
    ExplicitNeeds,
    ImplicitNeeds,
    Budget,
    Preferences,
    Tags,
    Notes,
    Date,
    Amount,
    Profit,
    Quantity,
    Ref,
    VisitTime,
    VisitKind,
    Staff,
    Satisfaction,
    NextFollowUp,
    Nps,
    Csat,
    Comment,
};

/// A field of a kind and whether a column for it is required.
struct ImportFieldSpec
{
    ImportField field;
    bool required;
};

/// One `column=field` item of an explicit mapping (--map). `column` is a header name or a
/// 1-based column number; `field` is a field key or synonym, or empty / "-" / "ignore" to
/// ignore the column.
struct MappingOverride
{
    QString column;
    QString field;
};

/// Which column of a file holds which field.
///
/// Headers are matched after normalising them: case-folded, blanks, '_', '-', '.', '*' and a
/// trailing parenthesised unit ("金额（元）", "Amount (USD)") removed. Each field has English
/// and Chinese synonyms; within a kind the first field (in fieldsFor() order) that lists a
/// header wins. An explicit mapping overrides detection for the columns it names; detection
/// still fills the other fields from the headers. Columns that map to nothing are kept in
/// ignoredColumns() for the report. Without a header row, only the explicit mapping applies.
///
/// Required fields: customers need a code or a name column (rows without a code get an empty
/// code, which the importer fills or matches); purchases a customer code, date and amount;
/// visits a customer code and time; surveys a customer code, date and an NPS or CSAT column.
class ColumnMapping
{
public:
    /// The fields a kind accepts, in matching order.
    static const std::vector<ImportFieldSpec> &fieldsFor(ImportKind kind);

    /// Stable key, as used with --map ("customer_code", "amount", ...).
    static QLatin1StringView key(ImportField field);

    /// The header names accepted for `field` (as written, before normalisation).
    static QStringList synonyms(ImportField field);

    /// A field of `kind` by key or synonym; nullopt when `kind` has no such field.
    static std::optional<ImportField> fieldFromName(QStringView name, ImportKind kind);

    /// Header text in the form it is compared in (see the class comment).
    static QString normalizedHeader(QStringView header);

    /// Parses "1=customer,3=date" or "Order No=ref;Shop=-" (items separated by ',' or ';').
    /// Returns nullopt and sets `error` when an item has no '='.
    static std::optional<QList<MappingOverride>> parseOverrides(QStringView spec, QString *error);

    /// Maps `headers` (empty when the file has none) for `kind`. `columnCount` is the number of
    /// columns (at least headers.size()). Problems are appended to `issues` without a file
    /// name: missing required columns and bad explicit mappings as errors, a second column for
    /// the same field as a warning.
    static ColumnMapping resolve(ImportKind kind, const QStringList &headers, int columnCount,
                                 const QList<MappingOverride> &overrides, QList<ImportIssue> *issues);

    ImportKind kind() const { return m_kind; }
    /// 0-based column of `field`, or -1 when the file has none.
    int column(ImportField field) const { return m_columnOf[static_cast<std::size_t>(field)]; }
    bool has(ImportField field) const { return column(field) >= 0; }
    /// True when every required field has a column (no MissingColumn or BadMapping error).
    bool isUsable() const { return m_usable; }
    int columnCount() const { return static_cast<int>(m_headers.size()); }
    /// The header of a 0-based column, or "column N" when there is none.
    QString header(int column) const;
    QStringList ignoredColumns() const { return m_ignored; }
    /// Highest mapped 0-based column, -1 when nothing is mapped.
    int lastMappedColumn() const;

private:
    static constexpr std::size_t kFieldCount = static_cast<std::size_t>(ImportField::Comment) + 1;

    ImportKind m_kind = ImportKind::Purchases;
    std::vector<int> m_columnOf = std::vector<int>(kFieldCount, -1);
    QStringList m_headers;
    QStringList m_ignored;
    bool m_usable = false;
};

} // namespace kehu
