#pragma once

#include "clisupport.h"

namespace kehu::cli {

/// `bench import|classify`: the speed goals of the import and the classification run,
/// measured on generated data next to a baseline, printed as a small report.
int runBench(const CommandArgs &args);

} // namespace kehu::cli
