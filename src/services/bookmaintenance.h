#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace kehu {

class Workspace;

/// Looking after the book's file: its schema version, rows per table, a consistent copy
/// (safe while another program has the book open) and SQLite's full integrity check.
class BookMaintenance
{
public:
    explicit BookMaintenance(Workspace &workspace) : m_workspace(workspace) {}

    int schemaVersion() const;
    /// (table, rows) for every table, in the schema's order.
    QList<QPair<QString, qint64>> tableCounts() const;
    /// Writes a consistent copy to @p targetPath (which must not exist); false with @p error.
    bool backupTo(const QString &targetPath, QString *error) const;
    /// backupTo(), encrypted with `passphrase` (BackupCipher): no plain copy is left anywhere.
    bool backupEncryptedTo(const QString &targetPath, const QString &passphrase, QString *error) const;
    /// SQLite's `PRAGMA integrity_check` (seconds on large files); empty when healthy.
    QString integrityProblems() const;

private:
    Workspace &m_workspace;
};

} // namespace kehu
