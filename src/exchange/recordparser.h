#pragma once

#include "importoptions.h"
#include "parsedimport.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace kehu {

/// Reads an import file's bytes into rows of core value types, validating every field and
/// collecting all issues (not just the first), with file, line, column, header, value and
/// what was expected.
///
/// Rules common to all kinds:
/// - the first non-empty record is the header unless ImportOptions::hasHeader is false;
/// - records whose fields are all blank are skipped; empty physical lines too;
/// - a record with fewer fields than the header is an error; one with more is an error
///   only when an extra field is not blank (trailing delimiters are common and harmless);
/// - text values are trimmed; a blank optional value is "not given";
/// - a record identical byte for byte to an earlier one gets a DuplicateRow warning and is
///   kept (the importer decides; two equal purchases on one day can be real);
/// - a record with any error is not in `rows` but in `rejected`.
/// Customers: each row needs a code or a name; phone numbers with fewer than 5 digits and
/// e-mail addresses without '@' are warnings; tags split on , ; 、 |.
/// Purchases: quantity defaults to 1 and may be negative (returns), |quantity| <= 1,000,000.
/// Visits: a date without a time means midnight; kind defaults to store.
/// Surveys: each row needs an NPS (0-10) or a CSAT (1-5) value.
class RecordParser
{
public:
    explicit RecordParser(ImportOptions options = {});

    const ImportOptions &options() const { return m_options; }

    ParsedCustomers parseCustomers(const QByteArray &fileBytes) const;
    ParsedPurchases parsePurchases(const QByteArray &fileBytes) const;
    ParsedVisits parseVisits(const QByteArray &fileBytes) const;
    ParsedSurveys parseSurveys(const QByteArray &fileBytes) const;

    /// Reads a whole file; nullopt and a translated `error` when it cannot be opened.
    static std::optional<QByteArray> readFile(const QString &path, QString *error);

private:
    ImportOptions m_options;
};

} // namespace kehu
