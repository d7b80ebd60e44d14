#pragma once

#include "clisupport.h"

namespace kehu::cli {

/// `dashboard`: the dashboard's KPIs for a filter; with --bench, times a refresh per filter.
int runDashboard(const CommandArgs &args);

} // namespace kehu::cli
