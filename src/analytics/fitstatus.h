#pragma once

#include <cstddef>
#include <string>

namespace kehu::analytics {

/// Why a model fit was refused or failed. The fits never throw: they return this with a
/// message in English (for logs, not for users) and the caller falls back to historical
/// CLV. The GUI translates the enum, not the message.
enum class FitError {
    None,
    InvalidInput,       ///< column lengths differ, negative counts, t_x > T, ...
    TooFewCustomers,    ///< fewer than FitOptions::minCustomers usable customers
    TooFewRepeatBuyers, ///< fewer than FitOptions::minRepeatBuyers with x > 0 (includes all x = 0)
    NoTimeSpread,       ///< every customer's T is 0: everybody first bought at the end day
    NotConverged,       ///< the optimizer failed or a parameter ran to its bound
};

/// Thresholds for refusing a fit, and the thread count for the likelihood (1 or 2 is
/// sensible on the 2-core target machine; small inputs always use one thread).
struct FitOptions
{
    size_t minCustomers = 20;
    size_t minRepeatBuyers = 10;
    int threads = 2;
};

} // namespace kehu::analytics
