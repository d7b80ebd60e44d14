#pragma once

#include "churnrules.h"

#include <cstdint>
#include <span>
#include <vector>

namespace kehu::analytics {

/// Customers (and value at risk) per RFM segment and churn status, for "churn risk by
/// segment". Rows are segment indexes 0..segmentCount-1 plus a last row for "others"
/// (kOtherSegment or out of range); columns are ChurnStatus values (Active, AtRisk, Churned,
/// NoPurchases). value sums the supplied column (CLV, minor units) per cell.
struct ChurnBySegment
{
    int segmentCount = 0;
    static constexpr int kStatuses = 4;
    std::vector<int64_t> customers;
    std::vector<int64_t> value;

    size_t row(int16_t segment) const
    {
        return segment >= 0 && segment < segmentCount ? size_t(segment) : size_t(segmentCount);
    }
    int64_t count(int16_t segment, ChurnStatus status) const
    {
        return customers[row(segment) * kStatuses + size_t(status)];
    }
    int64_t valueOf(int16_t segment, ChurnStatus status) const
    {
        return value[row(segment) * kStatuses + size_t(status)];
    }
    /// Share of the segment's customers that are at risk or churned (0 for an empty row).
    double riskShare(int16_t segment) const;
};

ChurnBySegment churnBySegment(std::span<const int16_t> segment, std::span<const ChurnStatus> status, int segmentCount,
                              std::span<const int64_t> value);

} // namespace kehu::analytics
