#pragma once

namespace kehu {

/// How a book's file is opened (Workspace::open, Database::open).
struct BookOpenOptions
{
    /// Create an empty book when the file does not exist.
    bool createIfMissing = true;
    /// PRAGMA quick_check at open: ~1 s on a 500 MB file (FIELD-NOTES), 4.8 s on 1.4 GB, so
    /// callers that open big files on a hot path skip it and call quickCheckProblems() later
    /// (the desktop app does, on its own connection in a worker thread). The CLI keeps it.
    bool quickCheck = true;
    /// Back up an existing database (VACUUM INTO) before migrating it.
    bool backupBeforeMigration = true;
};

} // namespace kehu
