#pragma once

#include <cmath>
#include <cstddef>
#include <span>
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

/// What every maximum-likelihood fit returns: its parameters, their standard errors (from
/// the inverse of the negative Hessian of the log-likelihood at the optimum, in the
/// parameters' own units; NaN if it is not negative definite), and why it failed. On error
/// the parameters are meaningless.
template<typename Params>
struct ModelFit
{
    FitError error = FitError::None;
    std::string message;
    Params params;
    Params standardErrors;
    double logLikelihood = 0.0;
    int evaluations = 0;
    size_t customers = 0; ///< customers the fit used

    bool ok() const { return error == FitError::None; }

    /// Refuses the fit (NotConverged) when a log-parameter ran to its box bound +-`bound`:
    /// then the data do not identify the model. True when refused.
    bool refuseAtBound(std::span<const double> logParams, double bound)
    {
        for (const double v : logParams) {
            if (std::fabs(v) > bound - 1e-3) {
                error = FitError::NotConverged;
                message = "a parameter ran to its bound (the data do not identify the model)";
                return true;
            }
        }
        return false;
    }
};

} // namespace kehu::analytics
