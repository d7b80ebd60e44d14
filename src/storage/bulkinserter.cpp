#include "bulkinserter.h"

#include "copyin.h"
#include "database.h"
#include "daynumber.h"
#include "sqlrows.h"

#include <sqlite3.h>

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QVector>

#include <string>
#include <vector>

namespace kehu {

class BulkInserter::Backend
{
public:
    virtual ~Backend() = default;
    virtual bool isValid() const = 0;
    virtual QString errorText() const = 0;
    virtual void bindInt(int index, qint64 value) = 0;
    virtual void bindText(int index, QStringView value) = 0;
    virtual void bindAscii(int index, QLatin1StringView value) = 0;
    virtual void bindNull(int index) = 0;
    virtual void bindDouble(int index, double value) = 0;
    virtual Step step() = 0;
    virtual qint64 lastInsertId() const = 0;
    virtual bool failedOnUniqueKey() const = 0;
    virtual bool finish() { return true; }
    virtual qint64 failedRow() const { return -1; }
};

class BulkInserter::NativeBackend final : public BulkInserter::Backend
{
public:
    NativeBackend(sqlite3 *db, const QString &sql) : m_db(db)
    {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &m_statement, nullptr)
            != SQLITE_OK)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        else
            m_buffers.resize(std::size_t(sqlite3_bind_parameter_count(m_statement)));
    }
    ~NativeBackend() override { sqlite3_finalize(m_statement); }

    bool isValid() const override { return m_statement != nullptr; }
    QString errorText() const override { return m_error; }
    void bindInt(int index, qint64 value) override { sqlite3_bind_int64(m_statement, index + 1, value); }
    void bindText(int index, QStringView value) override
    {
        // UTF-8 into a buffer of our own, bound without a copy (SQLITE_STATIC): SQLite would
        // otherwise allocate once to copy and again to convert UTF-16 for every field.
        std::string &buffer = m_buffers[std::size_t(index)];
        buffer.clear();
        bool ascii = true;
        for (QChar c : value) {
            if (c.unicode() >= 0x80) {
                ascii = false;
                break;
            }
            buffer.push_back(char(c.unicode()));
        }
        if (!ascii)
            buffer = value.toString().toStdString();
        sqlite3_bind_text(m_statement, index + 1, buffer.data(), int(buffer.size()), SQLITE_STATIC);
    }
    void bindAscii(int index, QLatin1StringView value) override
    {
        std::string &buffer = m_buffers[std::size_t(index)];
        buffer.assign(value.data() ? value.data() : "", std::size_t(value.size()));
        sqlite3_bind_text(m_statement, index + 1, buffer.data(), int(buffer.size()), SQLITE_STATIC);
    }
    void bindNull(int index) override { sqlite3_bind_null(m_statement, index + 1); }
    void bindDouble(int index, double value) override { sqlite3_bind_double(m_statement, index + 1, value); }
    Step step() override
    {
        if (!m_statement)
            return Step::Failed; // prepare failed; m_error says why
        const int rc = sqlite3_step(m_statement);
        Step result = Step::Inserted;
        m_uniqueViolation = false;
        if (rc != SQLITE_DONE) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            const int code = sqlite3_extended_errcode(m_db);
            m_uniqueViolation = code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY;
            result = Step::Failed;
        } else if (sqlite3_changes(m_db) == 0) {
            result = Step::Ignored;
        }
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        return result;
    }
    qint64 lastInsertId() const override { return sqlite3_last_insert_rowid(m_db); }
    bool failedOnUniqueKey() const override { return m_uniqueViolation; }

private:
    sqlite3 *m_db;
    bool m_uniqueViolation = false;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
    std::vector<std::string> m_buffers; ///< one per parameter, reused row after row
};

class BulkInserter::QtBackend final : public BulkInserter::Backend
{
public:
    QtBackend(const QSqlDatabase &db, const QString &sql) : m_query(db)
    {
        m_valid = m_query.prepare(sql);
        m_values.resize(sql.count(u'?'));
    }

    bool isValid() const override { return m_valid; }
    QString errorText() const override { return m_query.lastError().text(); }
    void bindInt(int index, qint64 value) override { m_values[index] = QVariant::fromValue<qlonglong>(value); }
    void bindText(int index, QStringView value) override { m_values[index] = QVariant(notNullText(value.toString())); }
    void bindAscii(int index, QLatin1StringView value) override { m_values[index] = QVariant(QString(value)); }
    void bindNull(int index) override { m_values[index] = QVariant(QMetaType::fromType<qlonglong>()); }
    void bindDouble(int index, double value) override { m_values[index] = QVariant(value); }
    Step step() override
    {
        if (!m_valid)
            return Step::Failed;
        for (int i = 0; i < m_values.size(); ++i)
            m_query.bindValue(i, m_values.at(i));
        const bool ok = m_query.exec();
        m_values.fill(QVariant());
        if (!ok)
            return Step::Failed;
        return m_query.numRowsAffected() > 0 ? Step::Inserted : Step::Ignored;
    }
    qint64 lastInsertId() const override { return m_query.lastInsertId().toLongLong(); }
    bool failedOnUniqueKey() const override { return isUniqueViolation(m_query.lastError()); }

private:
    QSqlQuery m_query;
    QVector<QVariant> m_values;
    bool m_valid = false;
};

class BulkInserter::CopyBackend final : public BulkInserter::Backend
{
public:
    CopyBackend(Database &database, const QString &table, const QStringList &columns)
        : m_copy(database, table, columns), m_fields(std::size_t(columns.size()))
    {}

    bool isValid() const override { return m_copy.isValid(); }
    QString errorText() const override { return m_copy.errorText(); }
    void bindInt(int index, qint64 value) override { CopyIn::appendInt(field(index), value); }
    void bindText(int index, QStringView value) override { CopyIn::appendEscaped(field(index), value); }
    void bindAscii(int index, QLatin1StringView value) override { CopyIn::appendEscaped(field(index), value); }
    void bindNull(int index) override { field(index) = "\\N"; }
    // The shortest digits that read back as the same double: 17 digits cost the server a
    // slow path of strtod on every value.
    void bindDouble(int index, double value) override
    {
        field(index) = QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    }
    Step step() override
    {
        if (!m_copy.isValid())
            return Step::Failed;
        for (const QByteArray &value : m_fields)
            m_copy.addEncoded(value);
        return m_copy.endRow() ? Step::Inserted : Step::Failed;
    }
    qint64 lastInsertId() const override { return 0; }
    bool failedOnUniqueKey() const override { return false; }
    bool finish() override { return m_copy.finish().has_value(); }
    qint64 failedRow() const override { return m_copy.failedLine(); }

private:
    QByteArray &field(int index)
    {
        QByteArray &value = m_fields[std::size_t(index)];
        value.clear();
        return value;
    }

    CopyIn m_copy;
    std::vector<QByteArray> m_fields; ///< encoded values of the row being bound
};

namespace {

QString appendStatement(const QString &table, const QStringList &columns)
{
    QStringList parameters;
    for (qsizetype i = 0; i < columns.size(); ++i)
        parameters << QStringLiteral("?");
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columns.join(u", "), parameters.join(u", "));
}

} // namespace

BulkInserter::BulkInserter(Database &database, const QString &table, const QStringList &columns)
{
    if (database.isServer())
        m_backend = std::make_unique<CopyBackend>(database, table, columns);
    else if (sqlite3 *handle = database.nativeHandle())
        m_backend = std::make_unique<NativeBackend>(handle, appendStatement(table, columns));
    else
        m_backend = std::make_unique<QtBackend>(database.connection(), appendStatement(table, columns));
}

BulkInserter::BulkInserter(Database &database, const QString &sql)
{
    if (sqlite3 *handle = database.nativeHandle())
        m_backend = std::make_unique<NativeBackend>(handle, sql);
    else
        m_backend = std::make_unique<QtBackend>(database.connection(), sql);
}

BulkInserter::~BulkInserter() = default;

bool BulkInserter::isValid() const
{
    return m_backend->isValid();
}
QString BulkInserter::errorText() const
{
    return m_backend->errorText();
}
qint64 BulkInserter::failedRow() const
{
    return m_backend->failedRow();
}
bool BulkInserter::usesNativeApi() const
{
    return dynamic_cast<const NativeBackend *>(m_backend.get()) != nullptr;
}
void BulkInserter::bindInt(int index, qint64 value)
{
    m_backend->bindInt(index, value);
}
void BulkInserter::bindText(int index, QStringView value)
{
    m_backend->bindText(index, value);
}
void BulkInserter::bindText(int index, QLatin1StringView asciiValue)
{
    m_backend->bindAscii(index, asciiValue);
}
void BulkInserter::bindNull(int index)
{
    m_backend->bindNull(index);
}
void BulkInserter::bindDouble(int index, double value)
{
    m_backend->bindDouble(index, value);
}
void BulkInserter::bindInt(int index, std::optional<qint64> value)
{
    if (value)
        m_backend->bindInt(index, *value);
    else
        m_backend->bindNull(index);
}
void BulkInserter::bindDate(int index, const std::optional<QDate> &day)
{
    if (day)
        m_backend->bindText(index, isoDate(*day));
    else
        m_backend->bindNull(index);
}
BulkInserter::Step BulkInserter::step()
{
    return m_backend->step();
}
bool BulkInserter::finish()
{
    return m_backend->finish();
}
bool BulkInserter::failedOnUniqueKey() const
{
    return m_backend->failedOnUniqueKey();
}
qint64 BulkInserter::lastInsertId() const
{
    return m_backend->lastInsertId();
}

} // namespace kehu
