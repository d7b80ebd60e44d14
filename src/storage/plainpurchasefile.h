#pragma once

#include "daynumber.h"
#include "money.h"

#include <QString>

#include <memory>
#include <vector>

struct sqlite3;

namespace kehu {

/// One purchase as the plain table holds it: customer index (0-based), day, minor units.
struct PlainPurchase
{
    int customer = 0;
    DayNumber day = 0;
    MinorUnits amount = 0;
    MinorUnits profit = 0;
};

/// The yardstick `kehu-cli bench import` measures the bulk writer against: purchases written
/// through one prepared sqlite3 statement in one transaction into a plain table (no index,
/// no validation, no customers), WAL and synchronous=NORMAL like Kehu. Its own file and
/// connection, never a Kehu database.
class PlainPurchaseFile
{
public:
    /// Creates the file and its table; null when it cannot be written.
    static std::unique_ptr<PlainPurchaseFile> create(const QString &path);
    ~PlainPurchaseFile();

    /// BEGIN, one insert per purchase, COMMIT; false when the commit failed.
    bool insertAll(const std::vector<PlainPurchase> &purchases);

private:
    explicit PlainPurchaseFile(sqlite3 *db) : m_db(db) {}

    sqlite3 *m_db;
};

/// The yardstick on a server: what psql runs to `\copy` the same CSV into a bare table of the
/// same columns (text, date, numeric, numeric: the server parses them, nothing else happens).
struct PlainPurchaseTable
{
    static QString create();
    static QString copyFrom(const QString &csvPath);
    static QString drop();
};

} // namespace kehu
