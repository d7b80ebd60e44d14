#pragma once

#include <cstdint>

namespace kehu {

/// An amount of money in integer minor units (fen / cents). Never a float: sums stay exact.
/// Negative amounts are refunds.
using MinorUnits = std::int64_t;

} // namespace kehu
