#include "importer.h"

#include "customerrepository.h"
#include "statsrepository.h"

#include "../support/databasedump.h"
#include "../support/printers.h"
#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStringEncoder>

using namespace kehu;

namespace {

qint64 rows(Database &db, const QString &table)
{
    for (const auto &[name, count] : StatsRepository(db).tableCounts()) {
        if (name == table)
            return count;
    }
    return -1;
}

QString writeFile(const QString &dir, const QString &name, const QByteArray &bytes)
{
    QString path = QDir(dir).filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    return path;
}

ImportRequest cdnowRequest()
{
    ImportRequest request;
    request.kind = ImportKind::Purchases;
    request.path = test::testDataPath(QStringLiteral("lifetimes_CDNOW_sample.txt"));
    request.options.hasHeader = false;
    request.options.separator = CsvSeparator::Whitespace;
    request.options.mapping = {{QStringLiteral("1"), QStringLiteral("customer_code")},
                               {QStringLiteral("3"), QStringLiteral("date")},
                               {QStringLiteral("4"), QStringLiteral("quantity")},
                               {QStringLiteral("5"), QStringLiteral("amount")}};
    return request;
}

} // namespace

TEST(Importer, CdnowSampleGivesThePublishedCountsAndReimportChangesNothing)
{
    test::TempDatabase temp;
    const ImportSummary first = Importer(temp.workspace()).run(cdnowRequest());
    ASSERT_EQ(first.outcome, ImportSummary::Outcome::Committed) << first.failure.toStdString();
    EXPECT_EQ(first.records, 6919);
    EXPECT_EQ(first.inserted, 6919);
    EXPECT_EQ(first.customersCreated, 2357);
    EXPECT_EQ(rows(temp.db(), QStringLiteral("customers")), 2357);
    EXPECT_EQ(rows(temp.db(), QStringLiteral("purchases")), 6919);
    // The sample's total, in cents, from SOURCES.md: $244,091.94.
    QSqlQuery total(temp.db().connection());
    ASSERT_TRUE(total.exec(QStringLiteral("SELECT sum(amount) FROM purchases")) && total.next());
    EXPECT_EQ(total.value(0).toLongLong(), 24409194);

    const QString before = test::dumpContent(temp.db());
    const ImportSummary again = Importer(temp.workspace()).run(cdnowRequest());
    ASSERT_EQ(again.outcome, ImportSummary::Outcome::Committed);
    EXPECT_EQ(again.inserted, 0);
    EXPECT_EQ(again.unchanged, 6919);
    EXPECT_EQ(again.customersCreated, 0);
    EXPECT_EQ(test::dumpContent(temp.db()), before);
}

TEST(Importer, FileWithErrorsWritesNothingAndNamesEachProblem)
{
    test::TempDatabase temp;
    ASSERT_EQ(Importer(temp.workspace()).run(cdnowRequest()).outcome, ImportSummary::Outcome::Committed);
    const QString before = test::dumpContent(temp.db());

    const QString path = writeFile(temp.dir(), QStringLiteral("orders.csv"),
                                   "customer,date,amount\nN1,2024-01-05,12.50\nN2,2024-01-06,12x\nN3,03/04/2024,5\n");
    ImportRequest request;
    request.kind = ImportKind::Purchases;
    request.path = path;
    const ImportSummary summary = Importer(temp.workspace()).run(request);
    EXPECT_EQ(summary.outcome, ImportSummary::Outcome::Rejected);
    ASSERT_EQ(summary.errorCount(), 2);
    EXPECT_EQ(summary.issues[0].line, 3);
    EXPECT_EQ(summary.issues[0].column, 3);
    EXPECT_EQ(summary.issues[0].value, QStringLiteral("12x"));
    EXPECT_TRUE(summary.issues[0].toString().startsWith(QStringLiteral("orders.csv:3:3:")))
        << summary.issues[0].toString().toStdString();
    EXPECT_EQ(summary.issues[1].line, 4);
    EXPECT_EQ(summary.issues[1].column, 2);
    EXPECT_EQ(test::dumpContent(temp.db()), before);
}

namespace {

/// Refuses any purchase of 42.42: it stands in for anything that can fail in the middle of
/// the writes (a full disk, a constraint another program added).
void refusePurchasesOf4242(Database &db)
{
    ASSERT_TRUE(test::refuseInserts(db, QStringLiteral("purchases"), QStringLiteral("disk on fire"),
                                    QStringLiteral("NEW.amount = 4242")));
}

} // namespace

TEST(Importer, FailureHalfWayThroughWritingRollsEverythingBack)
{
    test::TempDatabase temp;
    ASSERT_EQ(Importer(temp.workspace()).run(cdnowRequest()).outcome, ImportSummary::Outcome::Committed);
    refusePurchasesOf4242(temp.db());
    const QString before = test::dumpContent(temp.db());
    QByteArray csv = "customer,date,amount\n";
    for (int i = 0; i < 500; ++i)
        csv += "NEW" + QByteArray::number(i) + ",2024-02-01," + (i == 400 ? "42.42" : "10.00") + "\n";
    ImportRequest request;
    request.kind = ImportKind::Purchases;
    request.path = writeFile(temp.dir(), QStringLiteral("half.csv"), csv);
    const ImportSummary summary = Importer(temp.workspace()).run(request);
    EXPECT_EQ(summary.outcome, ImportSummary::Outcome::Failed);
    EXPECT_TRUE(summary.failure.contains(QStringLiteral("disk on fire"))) << summary.failure.toStdString();
    EXPECT_TRUE(summary.failure.contains(QStringLiteral("line 402"))) << summary.failure.toStdString();
    EXPECT_EQ(test::dumpContent(temp.db()), before);
}

TEST(Importer, AFirstLargeImportRefusedHalfWayNamesTheLineAndWritesNothing)
{
    // Large enough for the bulk path (the key index out; on a server, COPY straight into the
    // table), which must still name the line of a row the database refuses.
    test::TempDatabase temp;
    refusePurchasesOf4242(temp.db());
    QByteArray csv = "customer,date,amount\n";
    for (int i = 0; i < 60000; ++i)
        csv += "C" + QByteArray::number(i % 900) + ",2024-02-" + QByteArray::number(1 + i % 28) + ","
               + (i == 54321 ? "42.42" : "10.00") + "\n";
    ImportRequest request;
    request.kind = ImportKind::Purchases;
    request.path = writeFile(temp.dir(), QStringLiteral("large.csv"), csv);
    const QString before = test::dumpContent(temp.db());
    const ImportSummary summary = Importer(temp.workspace()).run(request);
    EXPECT_EQ(summary.outcome, ImportSummary::Outcome::Failed);
    EXPECT_TRUE(summary.failure.contains(QStringLiteral("disk on fire"))) << summary.failure.toStdString();
    EXPECT_TRUE(summary.failure.contains(QStringLiteral("line 54323"))) << summary.failure.toStdString();
    EXPECT_EQ(test::dumpContent(temp.db()), before);
}

TEST(Importer, SkipInvalidImportsTheRestAndWritesTheRejectedRows)
{
    test::TempDatabase temp;
    const QString path = writeFile(temp.dir(), QStringLiteral("mixed.csv"),
                                   "customer,date,amount\nA,2024-01-05,1.00\nB,2024-13-01,2.00\nC,2024-01-07,3.00\n");
    ImportRequest request;
    request.kind = ImportKind::Purchases;
    request.path = path;
    request.skipInvalid = true;
    const ImportSummary summary = Importer(temp.workspace()).run(request);
    ASSERT_EQ(summary.outcome, ImportSummary::Outcome::Committed) << summary.failure.toStdString();
    EXPECT_EQ(summary.inserted, 2);
    EXPECT_EQ(summary.rejected, 1);
    EXPECT_EQ(rows(temp.db(), QStringLiteral("purchases")), 2);
    QFile rejects(summary.rejectFile);
    ASSERT_TRUE(rejects.open(QIODevice::ReadOnly)) << summary.rejectFile.toStdString();
    EXPECT_EQ(rejects.readAll(), QByteArray("customer,date,amount\nB,2024-13-01,2.00\n"));
}

TEST(Importer, DryRunCountsExactlyAndWritesNothing)
{
    test::TempDatabase temp;
    const QString before = test::dumpContent(temp.db());
    ImportRequest request = cdnowRequest();
    request.dryRun = true;
    const ImportSummary summary = Importer(temp.workspace()).run(request);
    EXPECT_EQ(summary.outcome, ImportSummary::Outcome::DryRun);
    EXPECT_EQ(summary.inserted, 6919);
    EXPECT_EQ(summary.customersCreated, 2357);
    EXPECT_EQ(test::dumpContent(temp.db()), before);
}

TEST(Importer, CancelRollsBack)
{
    test::TempDatabase temp;
    QByteArray csv = "customer,date,amount\n";
    for (int i = 0; i < 10000; ++i)
        csv += "K" + QByteArray::number(i % 300) + ",2024-03-" + QByteArray::number(1 + i % 28).rightJustified(2, '0')
               + ',' + QByteArray::number(i) + ".00\n";
    ImportRequest request;
    request.kind = ImportKind::Purchases;
    request.path = writeFile(temp.dir(), QStringLiteral("big.csv"), csv);
    int calls = 0;
    const ImportSummary summary = Importer(temp.workspace()).run(request, [&](qsizetype done, qsizetype total) {
        EXPECT_EQ(total, 10000);
        EXPECT_GT(done, 0);
        return ++calls < 2;
    });
    EXPECT_EQ(summary.outcome, ImportSummary::Outcome::Cancelled);
    EXPECT_EQ(calls, 2);
    EXPECT_EQ(rows(temp.db(), QStringLiteral("purchases")), 0);
    EXPECT_EQ(rows(temp.db(), QStringLiteral("customers")), 0);
}

TEST(Importer, CustomerFileUpdatesByCodeAndReportsLikelyDuplicates)
{
    test::TempDatabase temp;
    Customer known;
    known.code = QStringLiteral("C900");
    known.name = QStringLiteral("赵敏");
    known.phone = QStringLiteral("13800138000");
    known.region = QStringLiteral("华东");
    ASSERT_GT(CustomerRepository(temp.db()).insert(known), 0);

    // Chinese headers in GB18030, as Excel on Chinese Windows saves them.
    QStringEncoder toGb("GB18030");
    ASSERT_TRUE(toGb.isValid());
    const QByteArray bytes = toGb(QStringLiteral("客户编号,姓名,电话,地区,性格\n"
                                                 "C900,赵敏,,华南,稳健型\n"
                                                 "C901,钱多多,+86 138 0013 8000,华北,\n"
                                                 "C902,孙丽,13911112222,华北,分析型\n"));
    ImportRequest request;
    request.kind = ImportKind::Customers;
    request.path = writeFile(temp.dir(), QStringLiteral("客户.csv"), bytes);
    const ImportSummary summary = Importer(temp.workspace()).run(request);
    ASSERT_EQ(summary.outcome, ImportSummary::Outcome::Committed) << summary.failure.toStdString();
    EXPECT_EQ(summary.updated, 1);
    EXPECT_EQ(summary.inserted, 2);
    ASSERT_EQ(summary.likelyDuplicates.size(), 1);
    EXPECT_EQ(summary.likelyDuplicates[0].code, QStringLiteral("C901"));
    EXPECT_EQ(summary.likelyDuplicates[0].matchesCode, QStringLiteral("C900"));
    EXPECT_EQ(summary.likelyDuplicates[0].reason, QStringLiteral("phone"));

    CustomerRepository repo(temp.db());
    const auto updated = repo.findByCode(QStringLiteral("C900"));
    ASSERT_TRUE(updated);
    EXPECT_EQ(updated->region, QStringLiteral("华南"));
    EXPECT_EQ(updated->phone, QStringLiteral("13800138000")) << "a blank cell keeps the stored value";
    EXPECT_EQ(updated->personality, PersonalityType::Steady);
    EXPECT_EQ(repo.findByCode(QStringLiteral("C902"))->personality, PersonalityType::Analytic);
    EXPECT_EQ(repo.count(), 3);

    // The same file again: nothing changes.
    const QString before = test::dumpContent(temp.db());
    const ImportSummary again = Importer(temp.workspace()).run(request);
    EXPECT_EQ(again.inserted, 0);
    EXPECT_EQ(again.updated, 0);
    EXPECT_EQ(again.unchanged, 3);
    EXPECT_EQ(test::dumpContent(temp.db()), before);
}

TEST(Importer, VisitsAndSurveysImportOnceAndCreateUnknownCustomers)
{
    test::TempDatabase temp;
    ImportRequest visits;
    visits.kind = ImportKind::Visits;
    visits.path = writeFile(temp.dir(), QStringLiteral("visits.csv"),
                            "customer,time,kind,satisfaction,next follow-up\n"
                            "V1,2025-05-01 10:30,store,5,2025-05-15\nV1,2025-05-03 16:00,call,4,\n");
    ImportSummary summary = Importer(temp.workspace()).run(visits);
    ASSERT_EQ(summary.outcome, ImportSummary::Outcome::Committed) << summary.failure.toStdString();
    EXPECT_EQ(summary.inserted, 2);
    EXPECT_EQ(summary.customersCreated, 1);
    EXPECT_EQ(Importer(temp.workspace()).run(visits).inserted, 0);

    ImportRequest surveys;
    surveys.kind = ImportKind::Surveys;
    surveys.path = writeFile(temp.dir(), QStringLiteral("surveys.csv"),
                             "customer,date,nps,csat,comment\nV1,2025-05-04,9,5,很好\nV2,2025-05-04,3,,slow\n");
    summary = Importer(temp.workspace()).run(surveys);
    ASSERT_EQ(summary.outcome, ImportSummary::Outcome::Committed) << summary.failure.toStdString();
    EXPECT_EQ(summary.inserted, 2);
    EXPECT_EQ(summary.customersCreated, 1);
    EXPECT_EQ(rows(temp.db(), QStringLiteral("visits")), 2);
    EXPECT_EQ(rows(temp.db(), QStringLiteral("surveys")), 2);
}

TEST(Importer, HostileCorpusIsRejectedWithoutWriting)
{
    const QDir hostile(test::testDataPath(QStringLiteral("exchange/hostile")));
    for (const QString &name : hostile.entryList({QStringLiteral("*.csv")}, QDir::Files)) {
        if (name == u"duplicate-rows.csv")
            continue; // warnings only: imported on purpose
        test::TempDatabase temp;
        const QString before = test::dumpContent(temp.db());
        ImportRequest request;
        request.kind = ImportKind::Purchases;
        request.path = hostile.filePath(name);
        // A GB18030 file declared as UTF-8: detection alone would read it correctly.
        if (name == u"wrong-encoding.csv")
            request.options.encoding = TextEncodingKind::Utf8;
        const ImportSummary summary = Importer(temp.workspace()).run(request);
        if (name == u"header-only.csv") {
            // Nothing to import is not an error, but it is said, and nothing is written.
            EXPECT_EQ(summary.inserted, 0);
            EXPECT_EQ(summary.issues.value(0).kind, ImportIssue::Kind::NoDataRows);
        } else {
            EXPECT_NE(summary.outcome, ImportSummary::Outcome::Committed) << name.toStdString();
            EXPECT_GT(summary.errorCount(), 0) << name.toStdString();
        }
        EXPECT_EQ(test::dumpContent(temp.db()), before) << name.toStdString();
    }
}

TEST(Importer, LargeFirstImportBulkLoadsAndRebuildsTheKeyIndex)
{
    test::TempDatabase temp;
    QSqlQuery schema(temp.db().connection());
    ASSERT_TRUE(schema.exec(QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'purchases_customer_day_key'")));
    ASSERT_TRUE(schema.next());
    const QString indexSql = schema.value(0).toString();
    schema.finish(); // an open read on the connection would keep the import off the bulk path

    QByteArray csv = "customer,date,amount,ref\n";
    for (int i = 0; i < 60000; ++i)
        csv += "B" + QByteArray::number(i % 700) + ",2024-04-" + QByteArray::number(1 + i % 28).rightJustified(2, '0')
               + ',' + QByteArray::number(i % 97) + ".00,"
               + (i % 3 == 0 ? QByteArray("SO-" + QByteArray::number(i)) : QByteArray()) + '\n';
    // The same order twice in one file: one purchase.
    csv += "B1,2024-04-02,5.00,SO-DUP\nB1,2024-04-02,5.00,SO-DUP\n";
    ImportRequest request;
    request.kind = ImportKind::Purchases;
    request.path = writeFile(temp.dir(), QStringLiteral("big.csv"), csv);
    const ImportSummary first = Importer(temp.workspace()).run(request);
    ASSERT_EQ(first.outcome, ImportSummary::Outcome::Committed)
        << first.failure.toStdString() << " / "
        << (first.issues.isEmpty() ? "" : first.issues[0].toString().toStdString());
    EXPECT_TRUE(first.bulkLoaded);
    EXPECT_EQ(first.inserted, 60001);
    EXPECT_EQ(first.unchanged, 1);
    EXPECT_EQ(rows(temp.db(), QStringLiteral("purchases")), 60001);

    ASSERT_TRUE(schema.exec(QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'purchases_customer_day_key'")));
    ASSERT_TRUE(schema.next()) << "the index is back";
    EXPECT_EQ(schema.value(0).toString(), indexSql);

    schema.finish();
    const ImportSummary again = Importer(temp.workspace()).run(request);
    EXPECT_FALSE(again.bulkLoaded) << "the table is no longer empty";
    EXPECT_EQ(again.inserted, 0);
    EXPECT_EQ(again.unchanged, 60002);
    EXPECT_EQ(rows(temp.db(), QStringLiteral("purchases")), 60001);
}

TEST(Importer, FirstLargeImportRebuildsTheSearchIndexAfterTheLoad)
{
    test::TempDatabase temp;
    QByteArray csv = "customer,name,date,amount\n";
    for (int i = 0; i < 12000; ++i)
        csv += "S" + QByteArray::number(i) + ",客户" + QByteArray::number(i) + ",2024-05-01,1.00\n";
    ImportRequest request;
    request.kind = ImportKind::Purchases;
    request.path = writeFile(temp.dir(), QStringLiteral("first.csv"), csv);
    const ImportSummary summary = Importer(temp.workspace()).run(request);
    ASSERT_EQ(summary.outcome, ImportSummary::Outcome::Committed) << summary.failure.toStdString();
    EXPECT_EQ(summary.customersCreated, 12000);

    QSqlQuery q(temp.db().connection());
    ASSERT_TRUE(
        q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'customers'"))
        && q.next());
    EXPECT_EQ(q.value(0).toInt(), 3) << "the search triggers are back";
    // Both indexes find customers created while they were suspended.
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM customer_search WHERE customer_search MATCH '\"S11999\"'"))
                && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM customer_grams WHERE customer_grams MATCH '客户'"))
                && q.next());
    EXPECT_EQ(q.value(0).toInt(), 12000);
    q.finish();

    // A later, smaller import keeps the indexes up to date row by row.
    request.path = writeFile(temp.dir(), QStringLiteral("more.csv"),
                             "customer,name,date,amount\nT1,王伟,2024-06-01,2.00\n");
    ASSERT_EQ(Importer(temp.workspace()).run(request).outcome, ImportSummary::Outcome::Committed);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM customer_grams WHERE customer_grams MATCH '王伟'"))
                && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
}

namespace {

/// How customers and purchases are indexed and constrained on a server, definition by
/// definition, so a bulk load that takes them out can be checked to put back each as it was.
QStringList serverIndexesAndKeys(Database &db)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(QStringLiteral(
        "SELECT pg_get_indexdef(indexrelid) FROM pg_index WHERE indrelid IN ('customers'::regclass, "
        "'purchases'::regclass) UNION ALL SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint "
        "WHERE conrelid IN ('customers'::regclass, 'purchases'::regclass) ORDER BY 1")));
    QStringList definitions;
    while (q.next())
        definitions << q.value(0).toString();
    return definitions;
}

/// Imports 60,000 purchases of 12,000 customers new to the book (five each, on 1-5 May 2024):
/// a first load large enough for the bulk path.
ImportSummary importFirstLargeLoad(test::TempDatabase &temp)
{
    QByteArray csv = "customer,name,date,amount\n";
    for (int i = 0; i < 60000; ++i)
        csv += "S" + QByteArray::number(i % 12000) + ",客户" + QByteArray::number(i % 12000) + ",2024-05-"
               + QByteArray::number(1 + i / 12000).rightJustified(2, '0') + ",1.00\n";
    ImportRequest request;
    request.kind = ImportKind::Purchases;
    request.path = writeFile(temp.dir(), QStringLiteral("first.csv"), csv);
    return Importer(temp.workspace()).run(request);
}

} // namespace

TEST(ServerImport, AFirstLargeLoadPutsBackEveryIndexAndKeyItTookOut)
{
    test::TempDatabase temp;
    ASSERT_TRUE(temp.db().isServer());
    const QStringList before = serverIndexesAndKeys(temp.db());
    ASSERT_GT(before.size(), 10);

    const ImportSummary summary = importFirstLargeLoad(temp);
    ASSERT_EQ(summary.outcome, ImportSummary::Outcome::Committed) << summary.failure.toStdString();
    EXPECT_TRUE(summary.bulkLoaded);
    EXPECT_EQ(summary.customersCreated, 12000);
    EXPECT_EQ(summary.inserted, 60000);
    EXPECT_EQ(serverIndexesAndKeys(temp.db()), before);

    // The rebuilt indexes hold the rows loaded while they were out.
    QSqlQuery q(temp.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SET enable_seqscan = off")));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM customers WHERE name_norm LIKE '%户1199%'")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 11);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM purchases WHERE customer_id = (SELECT id FROM customers "
                                      "WHERE code = 'S11999')"))
                && q.next());
    EXPECT_EQ(q.value(0).toInt(), 5);
}

TEST(ServerImport, ALargeLoadWhoseIndexesCannotBeTakenOutGoesOnWithThem)
{
    test::TempDatabase temp;
    ASSERT_TRUE(temp.db().isServer());
    const QStringList before = serverIndexesAndKeys(temp.db());
    // The server refuses every DROP INDEX, as it would one it cannot lock in time.
    QSqlQuery q(temp.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("CREATE FUNCTION refuse_drop() RETURNS event_trigger LANGUAGE plpgsql AS "
                                      "$$ BEGIN RAISE EXCEPTION 'no index may go'; END $$")));
    ASSERT_TRUE(q.exec(QStringLiteral("CREATE EVENT TRIGGER refuse_drop ON ddl_command_start WHEN TAG IN "
                                      "('DROP INDEX') EXECUTE FUNCTION refuse_drop()")));

    const ImportSummary summary = importFirstLargeLoad(temp);
    ASSERT_EQ(summary.outcome, ImportSummary::Outcome::Committed) << summary.failure.toStdString();
    EXPECT_FALSE(summary.bulkLoaded);
    EXPECT_EQ(summary.customersCreated, 12000);
    EXPECT_EQ(summary.inserted, 60000);
    EXPECT_EQ(rows(temp.db(), QStringLiteral("purchases")), 60000);
    ASSERT_TRUE(q.exec(QStringLiteral("DROP EVENT TRIGGER refuse_drop")));
    EXPECT_EQ(serverIndexesAndKeys(temp.db()), before);
}
