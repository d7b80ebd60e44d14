#pragma once

#include "clisupport.h"

namespace kehu::cli {

/// `review`: the quarterly customer inventory of a quarter as a PDF or HTML report, with
/// optional CSV lists and the proposed follow-ups committed. Needs a QGuiApplication
/// (main() makes one, offscreen, for this command).
int runReview(const CommandArgs &args);

} // namespace kehu::cli
