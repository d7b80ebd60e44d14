#pragma once

#include "clisupport.h"

namespace kehu::cli {

/// `handover --to NAME (--from OWNER | --segment ... | --all)`: gives customers and their open
/// follow-ups to another owner in one audited step; --dry-run only counts them.
int runHandover(const CommandArgs &args);

} // namespace kehu::cli
