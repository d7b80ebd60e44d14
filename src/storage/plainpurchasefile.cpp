#include "plainpurchasefile.h"

#include <sqlite3.h>

#include <QFile>

namespace kehu {

std::unique_ptr<PlainPurchaseFile> PlainPurchaseFile::create(const QString &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        return nullptr;
    }
    if (sqlite3_exec(db,
                     "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; CREATE TABLE purchases (customer_id "
                     "INTEGER, purchased_on TEXT, amount INTEGER, profit INTEGER)",
                     nullptr, nullptr, nullptr)
        != SQLITE_OK) {
        sqlite3_close(db);
        return nullptr;
    }
    return std::unique_ptr<PlainPurchaseFile>(new PlainPurchaseFile(db));
}

PlainPurchaseFile::~PlainPurchaseFile()
{
    sqlite3_close(m_db);
}

bool PlainPurchaseFile::insertAll(const std::vector<PlainPurchase> &purchases)
{
    sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(m_db, "INSERT INTO purchases VALUES (?, ?, ?, ?)", -1, &statement, nullptr);
    char date[10];
    for (const PlainPurchase &p : purchases) {
        const QLatin1StringView iso = isoDate(fromDayNumber(p.day), date);
        sqlite3_bind_int64(statement, 1, p.customer + 1);
        sqlite3_bind_text(statement, 2, iso.data(), int(iso.size()), SQLITE_STATIC);
        sqlite3_bind_int64(statement, 3, p.amount);
        sqlite3_bind_int64(statement, 4, p.profit);
        sqlite3_step(statement);
        sqlite3_reset(statement);
    }
    sqlite3_finalize(statement);
    return sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
}

QString PlainPurchaseTable::create()
{
    return QStringLiteral("CREATE TABLE kehu_bench_raw (customer TEXT, day DATE, amount NUMERIC, profit NUMERIC)");
}

QString PlainPurchaseTable::copyFrom(const QString &csvPath)
{
    return QStringLiteral("\\copy kehu_bench_raw FROM '%1' WITH (FORMAT csv, HEADER true)").arg(csvPath);
}

QString PlainPurchaseTable::drop()
{
    return QStringLiteral("DROP TABLE kehu_bench_raw");
}

} // namespace kehu
