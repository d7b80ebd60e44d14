#include "teamfigures.h"

#include <algorithm>
#include <limits>

namespace kehu::analytics {

std::vector<OwnerFigures> teamFigures(const TeamInput &in)
{
    constexpr int32_t kNone = std::numeric_limits<int32_t>::min();
    std::vector<OwnerFigures> figures(size_t(std::max(in.owners, 0)));
    auto owner = [&](int32_t o) -> OwnerFigures * { return o >= 0 && o < in.owners ? &figures[size_t(o)] : nullptr; };
    for (size_t c = 0; c < in.customerOwner.size(); ++c) {
        OwnerFigures *f = owner(in.customerOwner[c]);
        if (!f)
            continue;
        ++f->customers;
        if (c < in.customerActive.size() && in.customerActive[c])
            ++f->activeCustomers;
        if (c < in.customerFirstDay.size() && in.customerFirstDay[c] != kNone && in.customerFirstDay[c] >= in.firstDay
            && in.customerFirstDay[c] <= in.lastDay)
            ++f->newCustomers;
        if (c < in.customerRevenue.size())
            f->revenue += in.customerRevenue[c];
    }
    for (int32_t o : in.visitOwner) {
        if (OwnerFigures *f = owner(o))
            ++f->visits;
    }
    const size_t followUps = std::min({in.followUpOwner.size(), in.followUpDue.size(), in.followUpDone.size()});
    for (size_t i = 0; i < followUps; ++i) {
        OwnerFigures *f = owner(in.followUpOwner[i]);
        const int32_t due = in.followUpDue[i];
        if (!f || due < in.firstDay || due > in.lastDay)
            continue;
        ++f->followUpsDue;
        const int32_t done = in.followUpDone[i];
        if (done != kNone) {
            ++f->followUpsDone;
            if (done <= due)
                ++f->followUpsOnTime;
        }
    }
    return figures;
}

} // namespace kehu::analytics
