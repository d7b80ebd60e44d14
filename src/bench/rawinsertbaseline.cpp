#include "rawinsertbaseline.h"

#include <sqlite3.h>

#include <QElapsedTimer>
#include <QFile>

#include <cstring>

namespace kehu {

double RawInsertBaseline::seconds(const QString &path, const std::vector<BenchmarkPurchase> &purchases)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        return -1;
    }
    sqlite3_exec(db,
                 "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; CREATE TABLE purchases (customer_id "
                 "INTEGER, purchased_on TEXT, amount INTEGER, profit INTEGER)",
                 nullptr, nullptr, nullptr);
    QElapsedTimer timer;
    timer.start();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO purchases VALUES (?, ?, ?, ?)", -1, &statement, nullptr);
    char date[10];
    for (const BenchmarkPurchase &p : purchases) {
        const QLatin1StringView iso = isoDate(fromDayNumber(p.day), date);
        sqlite3_bind_int64(statement, 1, p.customer + 1);
        sqlite3_bind_text(statement, 2, iso.data(), int(iso.size()), SQLITE_STATIC);
        sqlite3_bind_int64(statement, 3, p.amount);
        sqlite3_bind_int64(statement, 4, p.profit);
        sqlite3_step(statement);
        sqlite3_reset(statement);
    }
    sqlite3_finalize(statement);
    const bool committed = sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
    const double elapsed = double(timer.nsecsElapsed()) / 1e9;
    sqlite3_close(db);
    return committed ? elapsed : -1;
}

} // namespace kehu
