#pragma once

#include "database.h"

#include <gtest/gtest.h>

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace kehu::test {

/// Every row of every table as text, tables by name and rows by all columns: two dumps are
/// equal when the database content is equal, whatever the page layout.
inline QString dumpContent(Database &db)
{
    QStringList lines;
    QSqlQuery tables(db.connection());
    const bool listed = tables.exec(db.dialect().tablesQuery());
    EXPECT_TRUE(listed) << tables.lastError().text().toStdString();
    QStringList names;
    while (tables.next()) {
        if (!tables.value(0).toString().startsWith(u"sqlite_"))
            names << tables.value(0).toString();
    }
    for (const QString &table : names) {
        QSqlQuery rows(db.connection());
        EXPECT_TRUE(rows.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table)))
            << table.toStdString() << ": " << rows.lastError().text().toStdString();
        while (rows.next()) {
            QStringList fields{table};
            for (int i = 0; i < rows.record().count(); ++i)
                fields << (rows.value(i).isNull() ? QStringLiteral("<null>") : rows.value(i).toString());
            lines << fields.join(u'|');
        }
    }
    return lines.join(u'\n');
}

} // namespace kehu::test
