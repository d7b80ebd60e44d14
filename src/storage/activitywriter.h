#pragma once

#include "activity.h"

#include <QList>
#include <QPair>
#include <QString>

#include <memory>

namespace kehu {

class BulkInserter;
class Database;

/// Writes purchases, visits and surveys, one at a time or by the million, inside the
/// caller's transaction (see Transaction). Each row carries an import key: a row whose
/// (customer, day, key) for purchases, or key for visits and surveys, is already stored is
/// skipped, which makes re-imports idempotent. Only that conflict is skipped (ON CONFLICT DO
/// NOTHING, not INSERT OR IGNORE, which would also drop rows failing a CHECK). Amounts are
/// minor units.
class ActivityWriter
{
public:
    /// Staged: taken into the staging COPY; whether it is new is known at the merge.
    enum class Result { Inserted, AlreadyThere, Staged, Failed };

    explicit ActivityWriter(Database &database);
    ~ActivityWriter();

    Result addPurchase(const Purchase &purchase, qint64 importKey);
    Result addVisit(const Visit &visit, std::optional<qint64> importKey = std::nullopt);
    Result addSurvey(const SurveyResponse &survey, std::optional<qint64> importKey = std::nullopt);

    /// Bulk-load mode for a large import into an empty purchases table: the unique
    /// (customer, day, key) index is dropped, rows go in with a plain INSERT, and
    /// endPurchaseBulkLoad() builds the index again in one sorted pass (FIELD-NOTES: five
    /// times faster than maintaining it row by row). On a server the foreign key to customers
    /// is taken out too and checked once at the end, and the rows are staged (see below;
    /// merge before ending the bulk load). In between, the CALLER guarantees that no two rows
    /// share (customer, day, key): nothing else checks it, and the index build fails on a
    /// duplicate. Both calls must run inside the caller's transaction. On a server, taking out
    /// the foreign key locks both purchases and customers for other desks until the
    /// transaction ends. When beginning fails nothing changed: the caller may go on without
    /// the bulk load.
    bool beginPurchaseBulkLoad(QString *error);
    bool endPurchaseBulkLoad(QString *error);

    /// On a server: purchases are streamed with COPY into a temporary staging table instead,
    /// and mergeStagedPurchases() moves them into the purchases table in one statement that
    /// skips those already stored (the same rule as one by one); during a bulk load they go
    /// straight into the purchases table. addPurchase() then answers Staged. Both calls must
    /// run inside the caller's transaction. False on a file.
    bool beginStagedPurchases(QString *error);
    /// The number of staged purchases that were new, or nullopt with `error` set. When a row
    /// was refused (a constraint, a trigger), `failedRow` is its place among the staged rows
    /// (0 for the first addPurchase() call), found by a search that costs about one more merge.
    std::optional<qint64> mergeStagedPurchases(QString *error, qint64 *failedRow = nullptr);

    /// True when the purchases table has no rows (bulk loading is worth it then).
    bool purchasesEmpty() const;

    /// The id of the row the last Inserted call wrote.
    qint64 lastInsertId() const;
    QString errorText() const { return m_error; }

    /// A stable 63-bit key from the text that identifies a row in its source.
    static qint64 importKey(QStringView identity);

    /// The key of a purchase without an order reference: its amount and how many equal
    /// purchases (same customer, day and amount) came before it in the file. Customer and
    /// day need not be part of it: the unique index is per customer and day.
    static qint64 rowKey(qint64 amount, int occurrence);

private:
    Result finish(BulkInserter &inserter);
    QString quoted(const QString &identifier) const;
    std::optional<qint64> mergeStagedRange(qint64 from, qint64 to, QString *error, QString *sqlState = nullptr);
    qint64 firstFailingStagedRow(qint64 staged, QString *error);

    Database &m_database;
    std::unique_ptr<BulkInserter> m_purchases;
    std::unique_ptr<BulkInserter> m_visits;
    std::unique_ptr<BulkInserter> m_surveys;
    std::unique_ptr<BulkInserter> m_staging;      ///< on a server: COPY into staging, or into purchases in a bulk load
    QList<QPair<QString, QString>> m_droppedKeys; ///< name, definition: taken out by a bulk load on a server
    qint64 m_staged = 0;
    BulkInserter *m_last = nullptr;
    QString m_error;
    bool m_bulkLoad = false;
};

} // namespace kehu
