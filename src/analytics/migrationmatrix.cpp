#include "migrationmatrix.h"

namespace kehu::analytics {

MigrationMatrix migrationMatrix(std::span<const int16_t> from, std::span<const int16_t> to, int labelCount,
                                std::span<const int64_t> revenue)
{
    MigrationMatrix m;
    m.labelCount = labelCount < 0 ? 0 : labelCount;
    const size_t side = size_t(m.labelCount) + 1;
    m.customers.assign(side * side, 0);
    m.revenue.assign(side * side, 0);
    auto clean = [&](int16_t l) { return l >= 0 && l < m.labelCount ? l : kAbsentLabel; };
    const size_t n = from.size() < to.size() ? from.size() : to.size();
    for (size_t c = 0; c < n; ++c) {
        const size_t cell = m.index(clean(from[c])) * side + m.index(clean(to[c]));
        ++m.customers[cell];
        if (c < revenue.size())
            m.revenue[cell] += revenue[c];
    }
    return m;
}

} // namespace kehu::analytics
