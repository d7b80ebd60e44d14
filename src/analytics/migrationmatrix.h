#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace kehu::analytics {

/// Label used for "not in this snapshot" (customer did not exist or was not classified).
inline constexpr int16_t kAbsentLabel = -1;

/// Movement of customers between two snapshots' labels (segments, ABC classes, ...).
/// Labels are 0..labelCount-1, or kAbsentLabel; the absent label gets the last row and
/// column (index labelCount), so the matrix is (labelCount + 1) squared, row-major,
/// cell(from, to). revenue sums the supplied column (minor units) over the cell's customers.
struct MigrationMatrix
{
    int labelCount = 0;
    std::vector<int64_t> customers;
    std::vector<int64_t> revenue;

    size_t index(int16_t label) const { return label < 0 ? size_t(labelCount) : size_t(label); }
    int64_t count(int16_t from, int16_t to) const
    {
        return customers[index(from) * size_t(labelCount + 1) + index(to)];
    }
    int64_t revenueOf(int16_t from, int16_t to) const
    {
        return revenue[index(from) * size_t(labelCount + 1) + index(to)];
    }
};

/// Builds the matrix over customers 0..n-1 (both label arrays of length n; @p revenue may
/// be empty). Labels >= labelCount or < -1 are treated as absent.
MigrationMatrix migrationMatrix(std::span<const int16_t> from, std::span<const int16_t> to, int labelCount,
                                std::span<const int64_t> revenue);

} // namespace kehu::analytics
