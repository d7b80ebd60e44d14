#pragma once

#include "clisupport.h"

namespace kehu::cli {

/// `classify`: a full classification run stored as a dated snapshot.
int runClassify(const CommandArgs &args);
/// `model fit`: BG/NBD and Gamma-Gamma fits over the purchases, as JSON or text.
int runModel(const CommandArgs &args);
/// `segments`: segment totals (or per-customer rows) of a snapshot.
int runSegments(const CommandArgs &args);
/// `migration`: movement between two snapshots' segments or ABC classes.
int runMigration(const CommandArgs &args);
/// `counts`: customer counts per month or quarter, cohorts and a forecast.
int runCounts(const CommandArgs &args);

} // namespace kehu::cli
