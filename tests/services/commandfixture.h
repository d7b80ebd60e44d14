#pragma once

#include "customerrepository.h"
#include "database.h"
#include "workspace.h"

#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <memory>

namespace kehu::test {

/// A Workspace over a fresh book, as the app opens one.
struct WorkspaceFixture
{
    TempDatabase temp;
    std::unique_ptr<Workspace> workspace;

    WorkspaceFixture()
    {
        temp.close();
        auto opened = Database::open(temp.path());
        EXPECT_TRUE(opened.database) << "cannot open the test book";
        workspace = std::make_unique<Workspace>(std::move(opened.database));
    }
    Database &db() { return workspace->database(); }
    CustomerId addCustomer(const QString &code, const QString &name, const QString &phone = {})
    {
        Customer c;
        c.code = code;
        c.name = name;
        c.phone = phone;
        const CustomerId id = CustomerRepository(db()).insert(c);
        EXPECT_GT(id, 0);
        return id;
    }
};

/// Every row of `table` by id, all columns but `skip`, as text: equal dumps, equal rows.
inline QString dumpTable(Database &db, const QString &table, const QStringList &skip = {})
{
    QSqlQuery rows(db.connection());
    EXPECT_TRUE(rows.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table))) << table.toStdString();
    QStringList lines;
    while (rows.next()) {
        QStringList fields;
        const QSqlRecord record = rows.record();
        for (int i = 0; i < record.count(); ++i) {
            if (skip.contains(record.fieldName(i)))
                continue;
            fields << record.fieldName(i) + u'='
                          + (rows.value(i).isNull() ? QStringLiteral("<null>") : rows.value(i).toString());
        }
        lines << fields.join(u'|');
    }
    return table + u'\n' + lines.join(u'\n');
}

/// The customer book's tables: customers (without `skipCustomerColumns`) and their history.
inline QString dumpBook(Database &db, const QStringList &skipCustomerColumns = {})
{
    QStringList parts{dumpTable(db, QStringLiteral("customers"), skipCustomerColumns)};
    for (const char *table : {"purchases", "visits", "surveys", "followups", "churn_events"})
        parts << dumpTable(db, QLatin1StringView(table));
    return parts.join(QStringLiteral("\n\n"));
}

inline qint64 countRows(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)));
    return q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace kehu::test
