#pragma once

#include "cli/clisupport.h"

namespace kehu::cli {

/// `init`: creates (or upgrades) a database.
int runInit(const CommandArgs &args);
/// `stats`: rows per table.
int runStats(const CommandArgs &args);
/// `demo`: fills a database with a reproducible demo business.
int runDemo(const CommandArgs &args);

} // namespace kehu::cli
