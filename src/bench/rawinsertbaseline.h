#pragma once

#include "daynumber.h"
#include "money.h"

#include <QString>

#include <vector>

namespace kehu {

/// One purchase of a benchmark data set: customer index (0-based), day, minor units.
struct BenchmarkPurchase
{
    int customer = 0;
    DayNumber day = 0;
    MinorUnits amount = 0;
    MinorUnits profit = 0;
};

/// The yardstick of `kehu-cli bench import`: the same purchases through one prepared sqlite3
/// statement in one transaction into a plain table (no index, no validation, no customers),
/// WAL and synchronous=NORMAL like Kehu. Its own file and connection, not a Kehu database.
class RawInsertBaseline
{
public:
    /// Seconds from BEGIN to COMMIT; negative when the file could not be written.
    static double seconds(const QString &path, const std::vector<BenchmarkPurchase> &purchases);
};

} // namespace kehu
