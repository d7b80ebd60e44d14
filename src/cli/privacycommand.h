#pragma once

#include "clisupport.h"

namespace kehu::cli {

/// `privacy export|erase|consent|purge`: a person's data as JSON or CSV, erasing a person on
/// request, their marketing consent, and erasing customers deleted longer ago than the
/// retention period.
int runPrivacy(const CommandArgs &args);

} // namespace kehu::cli
