#pragma once

#include "columnmapping.h"
#include "importissue.h"
#include "importoptions.h"

#include <QList>
#include <QString>

#include <functional>

namespace kehu {

class Database;
class Workspace;

/// What to import and how.
struct ImportRequest
{
    ImportKind kind = ImportKind::Purchases;
    QString path;
    ImportOptions options;
    /// Validate and count what would be written, then roll back: nothing changes.
    bool dryRun = false;
    /// Write the valid rows even when others are invalid; the invalid ones go to
    /// `rejectPath` (default: next to the input, `<name>.rejected.csv`).
    bool skipInvalid = false;
    QString rejectPath;
};

/// A customer in the file that looks like one already known (or like another row of the
/// file): reported, never merged silently.
struct LikelyDuplicate
{
    qsizetype line = 0;
    QString code;
    QString name;
    QString matchesCode;
    QString matchesName;
    QString reason; ///< "phone", "email" or "name"
};

/// What an import did (or, for a dry run, would do).
struct ImportSummary
{
    enum class Outcome { Committed, DryRun, Rejected, Cancelled, Failed };

    Outcome outcome = Outcome::Failed;
    ImportKind kind = ImportKind::Purchases; ///< what the file held: says what `inserted` counts
    QList<ImportIssue> issues;
    QList<LikelyDuplicate> likelyDuplicates;
    qsizetype records = 0;          ///< data records in the file
    qsizetype inserted = 0;         ///< new purchases / visits / surveys / customers
    qsizetype updated = 0;          ///< existing customers changed by a customer file
    qsizetype unchanged = 0;        ///< rows already in the database as they are
    qsizetype customersCreated = 0; ///< customers created for codes a purchase/visit/survey file named
    qsizetype rejected = 0;         ///< invalid records (skipped with skipInvalid, else the reason nothing was written)
    QString rejectFile;             ///< where rejected records were written, if anywhere
    QString failure;                ///< for Failed: what went wrong
    bool bulkLoaded = false;        ///< purchases went in without the key index, rebuilt after
    double readMilliseconds = 0;    ///< reading, decoding and validating the file
    double writeMilliseconds = 0;   ///< resolving customers, inserting, committing

    qsizetype errorCount() const;
};

/// The import pipeline: read and validate the whole file first (RecordParser), then write
/// every row in one transaction through storage, or nothing. Re-importing the same file
/// changes nothing: customers are matched by code (or, without a code, by an exact name),
/// purchases by their order reference or else by customer, day, amount and how many equal
/// rows came before in the file, visits and surveys likewise.
class Importer
{
public:
    /// (rows written, rows to write); returning false cancels and rolls back.
    using Progress = std::function<bool(qsizetype done, qsizetype total)>;

    /// Imports into the workspace's book (Operation::ImportData; one audit record per
    /// import that changed the book, with the file and its counts).
    explicit Importer(Workspace &workspace);

    ImportSummary run(const ImportRequest &request, const Progress &progress = {});

private:
    /// The import's one audit record (file, kind, counts), in its transaction; none when the
    /// import changed nothing.
    bool recordImport(const ImportRequest &request, const QString &fileName, const ImportSummary &summary,
                      QString *error);

    Workspace &m_workspace;
    Database &m_database;
};

} // namespace kehu
