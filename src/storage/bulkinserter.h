#pragma once

#include <QDate>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <optional>

namespace kehu {

class Database;

/// Runs one prepared INSERT many times inside the caller's transaction, as fast as the
/// platform allows. When Database::nativeHandle() is available it binds and steps through
/// SQLite's C API (about 3x Qt's per-row exec, FIELD-NOTES); otherwise it uses QSqlQuery.
/// Plain appends on a server go through COPY instead (see CopyIn).
/// Parameters are 0-based. Bindings are copied, so temporaries may be passed.
class BulkInserter
{
public:
    enum class Step { Inserted, Ignored, Failed };

    BulkInserter(Database &database, const QString &sql);
    /// Appends rows to `table`'s `columns` (parameters in that order): a plain INSERT on a
    /// file; COPY on a server, where rows are sent in chunks and a refused row shows only at
    /// finish(), and lastInsertId() is not known.
    BulkInserter(Database &database, const QString &table, const QStringList &columns);
    ~BulkInserter();
    BulkInserter(const BulkInserter &) = delete;
    BulkInserter &operator=(const BulkInserter &) = delete;

    bool isValid() const;
    QString errorText() const;
    bool usesNativeApi() const;

    void bindInt(int index, qint64 value);
    void bindText(int index, QStringView value);
    /// For ASCII keys: bound without a conversion to UTF-16.
    void bindText(int index, QLatin1StringView asciiValue);
    void bindDouble(int index, double value);
    void bindNull(int index);
    /// NULL when there is no value.
    void bindInt(int index, std::optional<qint64> value);
    /// The day as "yyyy-MM-dd" text; NULL when there is none.
    void bindDate(int index, const std::optional<QDate> &day);

    /// Executes with the current bindings and resets them. Ignored when the statement
    /// changed no row (INSERT OR IGNORE hit an existing key).
    Step step();

    /// Ends the rows: needed after the last step() (on a server, the COPY ends here and the
    /// server's verdict on the rows arrives). False with errorText() set when it refused them.
    bool finish();

    /// rowid of the last inserted row.
    qint64 lastInsertId() const;
    /// Whether the last step() failed because a unique key already held its values.
    bool failedOnUniqueKey() const;
    /// After a refused COPY (finish() false): the 1-based row the server named, or -1.
    qint64 failedRow() const;

private:
    class Backend;
    class NativeBackend;
    class QtBackend;
    class CopyBackend;
    std::unique_ptr<Backend> m_backend;
};

} // namespace kehu
