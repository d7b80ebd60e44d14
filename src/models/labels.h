#pragma once

// The label table moved to core (core/labels.h), where the report can use it too. This header
// only forwards, so that includes of "models/labels.h" keep compiling; include the core header.
#include "core/labels.h"
