#include "rowsnapshot.h"

#include "database.h"
#include "sqlrows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace kehu {

namespace {

void setError(QString *error, const QSqlQuery &q)
{
    if (error)
        *error = q.lastError().text();
}

} // namespace

RowSnapshot::Table &RowSnapshot::table(Database &database, const QString &name, QString *error)
{
    for (Table &t : m_tables) {
        if (t.name == name)
            return t;
    }
    Table t;
    t.name = name;
    t.columns = database.storedColumns(name, error).value_or(QStringList{});
    t.columns.removeOne(QStringLiteral("id"));
    t.columns.prepend(QStringLiteral("id"));
    m_tables.append(t);
    return m_tables.last();
}

bool RowSnapshot::read(Database &database, Table &t, const QString &where, const QVariantList &values, QString *error)
{
    return visitRows(
        database.connection(),
        u"SELECT " + t.columns.join(QStringLiteral(", ")) + u" FROM " + t.name + u" WHERE " + where, values,
        [&t](const QSqlQuery &q) {
            QVariantList row;
            row.reserve(t.columns.size());
            for (int i = 0; i < t.columns.size(); ++i)
                row << q.value(i);
            t.rows << row;
        },
        error);
}

bool RowSnapshot::capture(Database &database, const QString &name, const QList<qint64> &ids, QString *error)
{
    Table &t = table(database, name, error);
    for (const qint64 id : ids) {
        const qsizetype before = t.rows.size();
        if (!read(database, t, QStringLiteral("id = ?"), {id}, error))
            return false;
        if (t.rows.size() == before)
            t.absent << id;
    }
    return true;
}

bool RowSnapshot::captureWhere(Database &database, const QString &name, const QString &column, const QVariant &value,
                               QString *error)
{
    Table &t = table(database, name, error);
    return read(database, t, column + u" = ?", {value}, error);
}

void RowSnapshot::markAbsent(const QString &name, const QList<qint64> &ids)
{
    for (Table &t : m_tables) {
        if (t.name == name) {
            t.absent << ids;
            return;
        }
    }
    m_tables.append(Table{name, {}, {}, ids, {}});
}

void RowSnapshot::setVersionColumn(const QString &name, const QString &column)
{
    for (Table &t : m_tables) {
        if (t.name == name)
            t.versionColumn = column;
    }
}

bool RowSnapshot::restore(Database &database, QString *error) const
{
    QSqlDatabase db = database.connection();
    for (const Table &t : m_tables) {
        for (const qint64 id : t.absent) {
            QSqlQuery q(db);
            if (!execQuery(q, u"DELETE FROM " + t.name + u" WHERE id = ?", {id}, error))
                return false;
        }
        if (t.rows.isEmpty())
            continue;
        // An upsert: a row that still exists is updated in place (no delete, so no foreign-key
        // cascade and the search triggers see an update), a missing one is inserted again.
        QStringList marks;
        QStringList assignments;
        for (const QString &column : t.columns) {
            marks << QStringLiteral("?");
            if (column == u"id")
                continue;
            if (column == t.versionColumn)
                assignments << column + u" = " + t.name + u'.' + column + u" + 1";
            else
                assignments << column + u" = excluded." + column;
        }
        QSqlQuery q(db);
        if (!q.prepare(u"INSERT INTO " + t.name + u" (" + t.columns.join(QStringLiteral(", ")) + u") VALUES ("
                       + marks.join(QStringLiteral(", ")) + u") ON CONFLICT(id) DO UPDATE SET "
                       + assignments.join(QStringLiteral(", ")))) {
            setError(error, q);
            return false;
        }
        for (const QVariantList &row : t.rows) {
            for (int i = 0; i < row.size(); ++i)
                q.bindValue(i, row.at(i));
            if (!q.exec()) {
                setError(error, q);
                return false;
            }
        }
    }
    return true;
}

QString RowSnapshot::toJson() const
{
    const auto derived = [](const QString &column) {
        return column.endsWith(u"_norm") || column == u"search_grams" || column == u"name_pinyin";
    };
    QJsonObject tables;
    for (const Table &t : m_tables) {
        if (t.rows.isEmpty())
            continue;
        QJsonArray rows;
        for (const QVariantList &row : t.rows) {
            QJsonObject object;
            for (int i = 0; i < t.columns.size(); ++i) {
                if (!derived(t.columns.at(i)))
                    object.insert(t.columns.at(i), QJsonValue::fromVariant(row.at(i)));
            }
            rows.append(object);
        }
        tables.insert(t.name, rows);
    }
    return tables.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(tables).toJson(QJsonDocument::Compact));
}

qsizetype RowSnapshot::rowCount(const QString &name) const
{
    for (const Table &t : m_tables) {
        if (t.name == name)
            return t.rows.size();
    }
    return 0;
}

} // namespace kehu
