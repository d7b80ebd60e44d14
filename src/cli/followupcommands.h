#pragma once

#include "clisupport.h"

namespace kehu::cli {

/// `followups [list|plan|done]`: open follow-ups per owner, cadence planning, marking done.
int runFollowUps(const CommandArgs &args);
/// `nps`: NPS and CSAT per month or quarter, with owner/region/channel/date filters.
int runNps(const CommandArgs &args);

} // namespace kehu::cli
