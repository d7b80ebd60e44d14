#pragma once

#include "columnmapping.h"
#include "importer.h"
#include "importoptions.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace kehu {

class BackgroundTask;
class Workspace;

/// What the import dialog works on, without widgets: the chosen file, how it is read
/// (encoding, delimiter, date format and header row, detected and overridable), which column
/// maps to which field (detected from the headers, overridable per column), a preview of the
/// first rows, and the two runs of kehu::Importer: a dry run that validates, writes and rolls
/// back (exact counts and the full validation report, nothing changed), then the real run.
/// Both run in a worker thread on their own connection to the database file (Qt SQL
/// connections belong to one thread), report progress and can be cancelled (the transaction
/// is rolled back). finished() arrives on the caller's thread.
class ImportSession : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPreviewRows = 3;

    /// Runs the imports as background work of `workspace`.
    explicit ImportSession(Workspace &workspace, QObject *parent = nullptr);
    ~ImportSession() override;

    /// Reads `path`, detects its encoding, delimiter and kind, and maps its columns.
    /// False (and errorString()) when the file cannot be read.
    bool load(const QString &path);
    QString path() const { return m_path; }
    bool isLoaded() const { return !m_path.isEmpty(); }
    QString errorString() const { return m_error; }

    ImportKind kind() const { return m_kind; }
    void setKind(ImportKind kind);
    /// nullopt: detected (see detectedEncoding()).
    std::optional<TextEncodingKind> encoding() const { return m_encoding; }
    void setEncoding(std::optional<TextEncodingKind> encoding);
    TextEncodingKind detectedEncoding() const { return m_detectedEncoding; }
    /// Auto: detected (see detectedSeparator()).
    CsvSeparator separator() const { return m_separator; }
    void setSeparator(CsvSeparator separator);
    CsvSeparator detectedSeparator() const { return m_detectedSeparator; }
    DateFormat dateFormat() const { return m_dateFormat; }
    void setDateFormat(DateFormat format);
    bool hasHeader() const { return m_hasHeader; }
    void setHasHeader(bool hasHeader);
    /// Write the valid rows when others are invalid (the bad ones go to a reject file).
    bool skipInvalid() const { return m_skipInvalid; }
    void setSkipInvalid(bool skip) { m_skipInvalid = skip; }

    /// Columns of the file, their headers ("Column 3" without a header row) and the first rows.
    int columnCount() const { return m_columnCount; }
    QString header(int column) const;
    const QList<QStringList> &previewRows() const { return m_preview; }
    /// The field column `column` (0-based) is imported as, nullopt when it is ignored.
    std::optional<ImportField> fieldOf(int column) const;
    /// Overrides the detected mapping of one column; nullopt ignores the column.
    void setColumnField(int column, std::optional<ImportField> field);
    /// Back to the mapping detected from the headers.
    void resetMapping();
    bool isOverridden(int column) const { return m_overrides.contains(column); }
    /// Problems with the mapping itself (a required field without a column, ...).
    const QList<ImportIssue> &mappingIssues() const { return m_mappingIssues; }
    bool isMappingUsable() const { return m_mapping.isUsable(); }
    /// The mapping's problems as the dialog words them: a required field without a column is
    /// named with its label and points at the column lists, not at a command-line option.
    QStringList mappingProblems() const;

    /// Problems the preview rows have with the current mapping and reading options (a date
    /// column read as an amount, a day-first date...), found by the importer's own parser on
    /// those rows alone, so a changed mapping is checked at once. `row` indexes previewRows();
    /// each issue's column is 1-based (0: the whole row).
    QList<ImportIssue> previewIssues(int row) const { return m_previewIssues.value(row); }
    int previewProblemCount() const;

    /// The options for kehu::Importer, overrides included (as ImportOptions::mapping).
    ImportOptions options() const;

    /// Dry run: validates every row, performs the writes and rolls back.
    void validate();
    /// The real run. `skipInvalid()` decides what happens to a file with errors.
    void commit();
    void cancel();
    bool isRunning() const;
    /// The result of the last run (dry or real).
    const ImportSummary &summary() const { return m_summary; }
    bool hasSummary() const { return m_hasSummary; }
    bool lastRunWasDry() const { return m_lastDry; }
    /// A dry run passed for the current settings: nothing would be rejected.
    bool isValidated() const;

    /// Translated texts for the dialog, the report and tests.
    static QString kindLabel(ImportKind kind);
    static QString fieldLabel(ImportField field);
    static QString separatorLabel(CsvSeparator separator);
    static QString dateFormatLabel(DateFormat format);
    static QString summaryText(const ImportSummary &summary);
    /// What a run wrote (or would write), each count named by what it counts (see
    /// ImportSummary::kind): "5 rows in the file: 3 new purchases, 2 rows already in the book
    /// and 0 new customers for codes not in the book yet."
    static QString countsText(const ImportSummary &summary);

signals:
    /// Kind, reading options, mapping or preview changed (the last summary is void then).
    void changed();
    void progress(qint64 done, qint64 total);
    void finished(bool dryRun);

private:
    void reread();
    void remap();
    void checkPreview();
    void start(bool dryRun);

    QString m_path;
    QString m_error;
    QByteArray m_bytes;
    ImportKind m_kind = ImportKind::Purchases;
    std::optional<TextEncodingKind> m_encoding;
    TextEncodingKind m_detectedEncoding = TextEncodingKind::Utf8;
    CsvSeparator m_separator = CsvSeparator::Auto;
    CsvSeparator m_detectedSeparator = CsvSeparator::Comma;
    DateFormat m_dateFormat = DateFormat::YearFirst;
    bool m_hasHeader = true;
    bool m_skipInvalid = false;
    int m_columnCount = 0;
    QStringList m_headers;
    QList<QStringList> m_preview;
    QMap<int, QString> m_overrides; // column → field key, or "-" for ignored
    ColumnMapping m_mapping;
    QList<ImportIssue> m_mappingIssues;
    QList<QList<ImportIssue>> m_previewIssues;

    ImportSummary m_summary;
    bool m_hasSummary = false;
    bool m_lastDry = false;
    bool m_runningDry = false;
    BackgroundTask *m_task;
};

} // namespace kehu
