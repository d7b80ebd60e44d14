#pragma once

#include "columnmapping.h"
#include "csvreader.h"
#include "fieldparsers.h"
#include "textencoding.h"

#include "currency.h"

#include <QList>
#include <QString>

#include <optional>

namespace kehu {

/// How to read an import file; the defaults detect everything that can be detected safely.
struct ImportOptions
{
    /// Shown in issues ("orders.csv:12:3: ..."); usually the file's name without its folder.
    QString fileName;
    /// Forced encoding (--encoding); nullopt detects (see TextEncoding).
    std::optional<TextEncodingKind> encoding;
    CsvSeparator separator = CsvSeparator::Auto;
    /// False for files such as the CDNOW log, whose first line is data; then every field
    /// must be named with `mapping` by column number.
    bool hasHeader = true;
    /// Explicit column=field items (--map), applied before header detection.
    QList<MappingOverride> mapping;
    /// How to read day/month/year dates (--date-format); year-first dates always work.
    DateFormat dateFormat = DateFormat::YearFirst;
    /// Amounts are read in this currency's minor units (its number of decimal places).
    Currency currency;
};

} // namespace kehu
