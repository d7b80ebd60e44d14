#pragma once

#include "clisupport.h"

namespace kehu::cli {

/// `import customers|purchases|visits|surveys FILE`: validated, all-or-nothing import.
int runImport(const CommandArgs &args);
/// `export customers|purchases`: CSV or JSON to stdout or --out.
int runExport(const CommandArgs &args);

} // namespace kehu::cli
