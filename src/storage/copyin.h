#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

struct pg_conn;

namespace kehu {

class Database;

/// Streams rows into a table of a book on a PostgreSQL server with `COPY … FROM STDIN`
/// (text format), on the book's own connection and so inside the caller's transaction.
/// One COPY costs a fraction of one INSERT per row: no statement per row, no round trip
/// per row. Nothing else may run on the connection between the constructor and finish().
/// Fields are added left to right, then endRow(); text is escaped here, so any value is
/// safe. A failed COPY leaves the transaction aborted: the caller rolls it back.
class CopyIn
{
public:
    /// Starts `COPY table (columns) FROM STDIN`; isValid() says whether the server took it.
    CopyIn(Database &database, const QString &table, const QStringList &columns);
    ~CopyIn();
    CopyIn(const CopyIn &) = delete;
    CopyIn &operator=(const CopyIn &) = delete;

    bool isValid() const { return m_connection != nullptr; }
    QString errorText() const { return m_error; }
    /// After a failed finish(): the row the server refused (1 for the first row sent), or 0
    /// when its message did not name one.
    qint64 failedLine() const { return m_failedLine; }

    void addInt(qint64 value);
    void addInt(std::optional<qint64> value);
    void addText(QStringView value);
    /// For ASCII text known not to need escapes (dates, keys): appended as it is.
    void addAscii(QLatin1StringView value);
    void addNull();
    /// A field already in COPY's text format (see appendEscaped).
    void addEncoded(QByteArrayView field);
    /// Ends the row; sends the buffer when it is full. False once sending failed.
    bool endRow();

    /// Ends the COPY; the number of rows the server stored, or nullopt with errorText() set.
    std::optional<qint64> finish();

    /// Appends `value` as UTF-8 with COPY's escapes (backslash, tab, newline, carriage return).
    static void appendEscaped(QByteArray &buffer, QStringView value);
    static void appendEscaped(QByteArray &buffer, QLatin1StringView value);
    /// Appends `value` in decimal.
    static void appendInt(QByteArray &buffer, qint64 value);

private:
    void separate();
    bool send();
    void fail(const QString &what);

    pg_conn *m_connection = nullptr;
    QByteArray m_buffer;
    bool m_rowStarted = false;
    QString m_error;
    qint64 m_failedLine = 0;
};

} // namespace kehu
