#include "sqlrows.h"

#include "../support/printers.h"
#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

#include <QStringList>

using namespace kehu;

namespace {

QStringList g_warnings;

void recordWarning(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QStringLiteral("storage:")))
        g_warnings << message;
}

/// A table `t` (pos, n, day) with rows (1, 1, 2025-03-04), (2, NULL, NULL), (3, 3, 2025-12-31).
void fillTable(Database &db)
{
    ASSERT_TRUE(db.execute(QStringLiteral("CREATE TEMP TABLE t (pos INTEGER, n INTEGER, day TEXT)")));
    QSqlQuery insert(db.connection());
    for (const QVariantList &row :
         {QVariantList{1, 1, QStringLiteral("2025-03-04")},
          QVariantList{2, QVariant(QMetaType::fromType<qlonglong>()), optionalDateValue(std::nullopt)},
          QVariantList{3, 3, optionalDateValue(QDate(2025, 12, 31))}}) {
        QString error;
        ASSERT_TRUE(execQuery(insert, QStringLiteral("INSERT INTO t (pos, n, day) VALUES (?, ?, ?)"), row, &error))
            << error.toStdString();
    }
}

struct Row
{
    std::optional<int> n;
    std::optional<QDate> day;
};

Row readRow(const QSqlQuery &q)
{
    return {optionalInt(q.value(0)), optionalDate(q.value(1))};
}

} // namespace

TEST(SqlRows, SelectRowsBindsInOrderAndReadsNullsAsNothing)
{
    test::TempDatabase temp;
    fillTable(temp.db());
    const QList<Row> rows = selectRows(temp.db().connection(),
                                       QStringLiteral("SELECT n, day FROM t WHERE coalesce(n, 0) < ? ORDER BY pos"),
                                       {3}, readRow);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].n, 1);
    EXPECT_EQ(rows[0].day, QDate(2025, 3, 4));
    EXPECT_FALSE(rows[1].n);
    EXPECT_FALSE(rows[1].day);
}

TEST(SqlRows, SelectOneReadsTheFirstRowOrNothing)
{
    test::TempDatabase temp;
    fillTable(temp.db());
    const auto last = selectOne(temp.db().connection(), QStringLiteral("SELECT n, day FROM t ORDER BY pos DESC"), {},
                                readRow);
    ASSERT_TRUE(last);
    EXPECT_EQ(last->n, 3);
    EXPECT_EQ(last->day, QDate(2025, 12, 31));
    EXPECT_FALSE(selectOne(temp.db().connection(), QStringLiteral("SELECT n FROM t WHERE n > ?"), {3}, readRow));
}

TEST(SqlRows, VisitRowsStopsWhenTheVisitorSaysSo)
{
    test::TempDatabase temp;
    fillTable(temp.db());
    int visited = 0;
    EXPECT_TRUE(visitRows(temp.db().connection(), QStringLiteral("SELECT n FROM t"), {}, [&](const QSqlQuery &) {
        ++visited;
        return visited < 2;
    }));
    EXPECT_EQ(visited, 2);
}

TEST(SqlRows, AFailureGoesToTheCallersErrorOrElseToAWarning)
{
    test::TempDatabase temp;
    QSqlQuery q(temp.db().connection());
    QString error;
    g_warnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(recordWarning);
    EXPECT_FALSE(execQuery(q, QStringLiteral("SELECT x FROM missing WHERE x = ?"), {1}, &error));
    EXPECT_TRUE(g_warnings.isEmpty());
    EXPECT_FALSE(
        visitRows(temp.db().connection(), QStringLiteral("SELECT x FROM missing"), {}, [](const QSqlQuery &) {}));
    EXPECT_TRUE(
        selectRows(temp.db().connection(), QStringLiteral("SELECT x FROM missing"), {}, [](const QSqlQuery &query) {
            return query.value(0);
        }).isEmpty());
    qInstallMessageHandler(previous);
    // The database's own words name the missing table (SQLite: "no such table: missing",
    // PostgreSQL: "relation \"missing\" does not exist").
    EXPECT_TRUE(error.contains(QStringLiteral("missing"))) << error.toStdString();
    ASSERT_EQ(g_warnings.size(), 2);
    EXPECT_TRUE(g_warnings[0].contains(QStringLiteral("does not exist")) || g_warnings[0].contains(u"no such table"))
        << g_warnings[0].toStdString();
    EXPECT_TRUE(g_warnings[0].contains(QStringLiteral("SELECT x FROM missing"))) << g_warnings[0].toStdString();
}

TEST(SqlRows, DatesAndTimesReadFromIsoText)
{
    EXPECT_EQ(dateOf(QStringLiteral("2025-02-28")), QDate(2025, 2, 28));
    EXPECT_FALSE(dateOf(QVariant()).isValid());
    EXPECT_EQ(dateTimeOf(QStringLiteral("2025-02-28T09:30:00")), QDateTime(QDate(2025, 2, 28), QTime(9, 30)));
    EXPECT_EQ(optionalMoney(QVariant(qlonglong(-12345))), MinorUnits(-12345));
    EXPECT_FALSE(optionalText(QVariant(QMetaType::fromType<QString>())));
    EXPECT_EQ(optionalText(QStringLiteral("")), QString());
}
