#pragma once

// Checks shared by the BG/NBD and MBG/NBD tests: the same machinery serves both models, so
// the same properties are asserted for each.

#include "bgnbdmodel.h"

#include <gtest/gtest.h>

#include <cstdint>

namespace kehu::analytics::test {

/// Relative closeness, for published figures quoted to 7 significant digits.
::testing::AssertionResult near(double actual, double expected, double rel);

/// The analytic gradient of bgNbdLogLikelihood (under p.model) against central differences.
void expectGradientMatchesFiniteDifferences(const BgNbdParams &p, const BgNbdData &data);

/// Simulates 20,000 customers of @p truth (per day, observed 1-2 years) and fits them with
/// truth.model. The simulator works in whole "days"; simulating in 1/100 days and fitting
/// with daysPerUnit = 100 keeps the rounding of purchase times out of the comparison. Each
/// estimate must be within 4 of the fit's own standard errors and 25% of the truth.
BgNbdFit expectRecoversSimulated(const BgNbdParams &truth, uint64_t seed);

} // namespace kehu::analytics::test
