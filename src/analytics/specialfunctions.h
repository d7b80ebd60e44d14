#pragma once

namespace kehu::analytics {

/// Digamma function psi(x) = d/dx ln Gamma(x) for x > 0 (the standard library has none).
/// Recurrence up to x >= 6, then the asymptotic series; relative error about 1e-15.
double digamma(double x);

/// Gauss hypergeometric function 2F1(a, b; c; z) for 0 <= z < 1 by its power series,
/// summed until a term no longer changes the sum. Converges like z^n, so z close to 1 costs
/// more terms (z = 0.99 needs a few thousand); callers keep z < 1. NaN if it fails to
/// converge within 10^6 terms.
double hyp2f1(double a, double b, double c, double z);

} // namespace kehu::analytics
