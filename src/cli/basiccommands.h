#pragma once

#include "clisupport.h"

namespace kehu::cli {

/// `init`: creates (or upgrades) a database.
int runInit(const CommandArgs &args);
/// `stats`: rows per table.
int runStats(const CommandArgs &args);
/// `backup`: a consistent copy of the database, safe while another program has it open.
int runBackup(const CommandArgs &args);
/// `restore FILE`: the book's content from a restore point or backup (owners).
int runRestore(const CommandArgs &args);
/// `copy`: a whole book from a file to a server or back, all or nothing, checked per table.
int runCopy(const CommandArgs &args);
/// `check`: SQLite's full integrity check.
int runCheck(const CommandArgs &args);
/// `demo`: fills a database with a reproducible demo business.
int runDemo(const CommandArgs &args);

} // namespace kehu::cli
