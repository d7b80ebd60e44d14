#include "importsession.h"

#include "activityrepository.h"
#include "customerrepository.h"
#include "database.h"
#include "statsrepository.h"
#include "workspace.h"

#include "../support/printers.h"
#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QSignalSpy>

using namespace kehu;

namespace {

QString writeFile(const QString &dir, const QString &name, const QByteArray &bytes)
{
    QString path = dir + u'/' + name;
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

qint64 tableCount(Database &db, const QString &table)
{
    for (const auto &[name, count] : StatsRepository(db).tableCounts())
        if (name == table)
            return count;
    return -1;
}

const QByteArray kPurchases = "客户编号,客户名称,日期,金额\n"
                              "C001,张伟,2024-03-15,\"1,234.50\"\n"
                              "C002,李娜,2024-03-16,88\n"
                              "C003,王芳,2024/03/17,12.5\n"
                              "C004,赵强,15/03/2024,20\n";

bool runAndWait(ImportSession &session, bool dryRun)
{
    QSignalSpy finished(&session, &ImportSession::finished);
    if (dryRun)
        session.validate();
    else
        session.commit();
    return finished.wait(30000);
}

} // namespace

TEST(ImportSession, DetectsReadingOptionsKindAndMappingWithPreview)
{
    test::TempDatabase temp;
    Workspace workspace(Database::open(temp.path()).database);
    ImportSession session(workspace);
    ASSERT_TRUE(session.load(writeFile(temp.dir(), QStringLiteral("orders.csv"), kPurchases)));
    EXPECT_EQ(session.kind(), ImportKind::Purchases);
    EXPECT_EQ(session.detectedEncoding(), TextEncodingKind::Utf8);
    EXPECT_EQ(session.detectedSeparator(), CsvSeparator::Comma);
    ASSERT_EQ(session.columnCount(), 4);
    EXPECT_EQ(session.header(0), QStringLiteral("客户编号"));
    ASSERT_EQ(session.previewRows().size(), ImportSession::kPreviewRows);
    EXPECT_EQ(session.previewRows().at(0), (QStringList{QStringLiteral("C001"), QStringLiteral("张伟"),
                                                        QStringLiteral("2024-03-15"), QStringLiteral("1,234.50")}));
    EXPECT_EQ(session.fieldOf(0), ImportField::CustomerCode);
    EXPECT_EQ(session.fieldOf(1), ImportField::Name);
    EXPECT_EQ(session.fieldOf(2), ImportField::Date);
    EXPECT_EQ(session.fieldOf(3), ImportField::Amount);
    EXPECT_TRUE(session.isMappingUsable());

    // Overrides become ImportOptions::mapping; a field moves, it is never in two columns.
    session.setColumnField(1, std::nullopt);
    EXPECT_EQ(session.fieldOf(1), std::nullopt);
    session.setColumnField(1, ImportField::Amount);
    EXPECT_EQ(session.fieldOf(1), ImportField::Amount);
    EXPECT_EQ(session.fieldOf(3), std::nullopt);
    EXPECT_EQ(session.options().mapping.size(), 2);
    session.resetMapping();
    EXPECT_EQ(session.fieldOf(3), ImportField::Amount);
    EXPECT_TRUE(session.options().mapping.isEmpty());

    // Without a header row nothing is detected, and the first line is data.
    session.setHasHeader(false);
    EXPECT_EQ(session.header(0), QStringLiteral("Column 1"));
    EXPECT_FALSE(session.isMappingUsable());
    EXPECT_EQ(session.previewRows().at(0).at(0), QStringLiteral("客户编号"));
}

TEST(ImportSession, DryRunReportsEveryProblemAndWritesNothingThenCommitWrites)
{
    test::TempDatabase temp;
    Workspace workspace(Database::open(temp.path()).database);
    ImportSession session(workspace);
    ASSERT_TRUE(session.load(writeFile(temp.dir(), QStringLiteral("orders.csv"), kPurchases)));

    ASSERT_TRUE(runAndWait(session, true));
    EXPECT_EQ(session.summary().outcome, ImportSummary::Outcome::Rejected);
    EXPECT_FALSE(session.isValidated());
    ASSERT_EQ(session.summary().errorCount(), 1);
    const ImportIssue &issue = session.summary().issues.constFirst();
    EXPECT_EQ(issue.line, 5);
    EXPECT_EQ(issue.column, 3);
    EXPECT_EQ(issue.value, QStringLiteral("15/03/2024"));
    EXPECT_FALSE(issue.message.isEmpty());

    session.setDateFormat(DateFormat::DayMonthYear);
    EXPECT_FALSE(session.hasSummary()); // a changed setting voids the last report
    ASSERT_TRUE(runAndWait(session, true));
    EXPECT_EQ(session.summary().outcome, ImportSummary::Outcome::DryRun);
    EXPECT_EQ(session.summary().inserted, 4);
    EXPECT_EQ(session.summary().customersCreated, 4);
    EXPECT_TRUE(session.isValidated());
    EXPECT_EQ(tableCount(temp.db(), QStringLiteral("purchases")), 0);
    EXPECT_EQ(CustomerRepository(temp.db()).count(), 0);

    ASSERT_TRUE(runAndWait(session, false));
    EXPECT_EQ(session.summary().outcome, ImportSummary::Outcome::Committed);
    EXPECT_EQ(tableCount(temp.db(), QStringLiteral("purchases")), 4);
    EXPECT_EQ(CustomerRepository(temp.db()).count(), 4);
    EXPECT_TRUE(ImportSession::summaryText(session.summary()).startsWith(QStringLiteral("Imported.")));
}

TEST(ImportSession, CancelRollsBack)
{
    test::TempDatabase temp;
    QByteArray bytes = "code,date,amount\n";
    for (int i = 0; i < 20000; ++i)
        bytes += "C" + QByteArray::number(i % 500) + ",2024-01-" + QByteArray::number(1 + i % 28) + ","
                 + QByteArray::number(i) + "\n";
    Workspace workspace(Database::open(temp.path()).database);
    ImportSession session(workspace);
    ASSERT_TRUE(session.load(writeFile(temp.dir(), QStringLiteral("big.csv"), bytes)));
    QSignalSpy finished(&session, &ImportSession::finished);
    session.commit();
    session.cancel();
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_EQ(session.summary().outcome, ImportSummary::Outcome::Cancelled);
    EXPECT_EQ(tableCount(temp.db(), QStringLiteral("purchases")), 0);
    EXPECT_EQ(CustomerRepository(temp.db()).count(), 0);
}

// The summary names what each count counts: a customers file's new rows are customers (the old
// text read "3 new, ..., 0 customers created"), a purchases file's are purchases, and the
// customers made for unknown codes are counted apart.
TEST(ImportSession, SummarySaysWhatWasAddedWithoutContradiction)
{
    test::TempDatabase temp;
    Workspace workspace(Database::open(temp.path()).database);
    ImportSession session(workspace);
    ASSERT_TRUE(session.load(writeFile(temp.dir(), QStringLiteral("customers.csv"),
                                       "code,name,phone\nK1,Anna,13800138001\nK2,Bo,13800138002\n"
                                       "K3,Cai,13800138003\n")));
    ASSERT_EQ(session.kind(), ImportKind::Customers);
    ASSERT_TRUE(runAndWait(session, true));
    ASSERT_EQ(session.summary().outcome, ImportSummary::Outcome::DryRun);
    QString text = ImportSession::summaryText(session.summary());
    EXPECT_TRUE(text.contains(QStringLiteral("3 new customer(s)"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("created"))) << text.toStdString();
    ASSERT_TRUE(runAndWait(session, false));
    text = ImportSession::summaryText(session.summary());
    EXPECT_TRUE(text.startsWith(QStringLiteral("Imported."))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("3 new customer(s)"))) << text.toStdString();

    // Purchases: two for known codes, one for a new code, one row that is already there.
    ImportSession purchases(workspace);
    ASSERT_TRUE(
        purchases.load(writeFile(temp.dir(), QStringLiteral("orders.csv"),
                                 "客户编号,日期,金额\nK1,2024-03-01,10\nK2,2024-03-02,20\nK9,2024-03-03,30\n")));
    ASSERT_TRUE(runAndWait(purchases, false));
    ASSERT_TRUE(purchases.load(writeFile(temp.dir(), QStringLiteral("orders2.csv"),
                                         "客户编号,日期,金额\nK1,2024-03-01,10\nK2,2024-03-05,20\nK3,2024-03-06,5\n"
                                         "K8,2024-03-07,7\n")));
    ASSERT_TRUE(runAndWait(purchases, false));
    const ImportSummary &s = purchases.summary();
    ASSERT_EQ(s.outcome, ImportSummary::Outcome::Committed);
    EXPECT_EQ(s.inserted, 3);
    EXPECT_EQ(s.unchanged, 1);
    EXPECT_EQ(s.customersCreated, 1);
    text = ImportSession::summaryText(s);
    EXPECT_TRUE(text.contains(QStringLiteral("3 new purchase(s)"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("1 row(s) already in the book"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("1 new customer(s) for codes not in the book yet"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("4 row(s) in the file"))) << text.toStdString();
}

// Headers nobody recognises: the problems name the fields and point at the column lists (no
// command-line option), and the user's choice per column is what gets imported.
TEST(ImportSession, TheUsersMappingIsWhatIsImported)
{
    test::TempDatabase temp;
    Workspace workspace(Database::open(temp.path()).database);
    ImportSession session(workspace);
    ASSERT_TRUE(session.load(writeFile(temp.dir(), QStringLiteral("bestellungen.csv"),
                                       "Kunde;Tag;Betrag;Menge\nK1;2024-03-01;10;3\nK2;2024-03-02;20,5;1\n")));
    session.setKind(ImportKind::Purchases);
    EXPECT_FALSE(session.isMappingUsable());
    const QStringList problems = session.mappingProblems();
    ASSERT_FALSE(problems.isEmpty());
    for (const QString &problem : problems)
        EXPECT_FALSE(problem.contains(QStringLiteral("--map"))) << problem.toStdString();
    EXPECT_TRUE(problems.join(u'\n').contains(ImportSession::fieldLabel(ImportField::Amount)));

    session.setColumnField(0, ImportField::CustomerCode);
    session.setColumnField(1, ImportField::Date);
    session.setColumnField(2, ImportField::Ref);    // a wrong pick first...
    session.setColumnField(2, ImportField::Amount); // ...then the right one
    session.setColumnField(3, ImportField::Quantity);
    EXPECT_TRUE(session.isMappingUsable());
    EXPECT_TRUE(session.mappingProblems().isEmpty());
    EXPECT_EQ(session.fieldOf(2), ImportField::Amount);
    // The preview is checked against the mapping at once: the second row's amount has a
    // decimal comma.
    EXPECT_TRUE(session.previewIssues(0).isEmpty());
    ASSERT_EQ(session.previewIssues(1).size(), 1);
    EXPECT_EQ(session.previewIssues(1).constFirst().column, 3);
    EXPECT_EQ(session.previewProblemCount(), 1);

    ASSERT_TRUE(runAndWait(session, true));
    // "20,5" is a decimal comma: refused, never guessed.
    ASSERT_EQ(session.summary().outcome, ImportSummary::Outcome::Rejected);
    ASSERT_EQ(session.summary().errorCount(), 1);
    EXPECT_EQ(session.summary().issues.constFirst().column, 3);
    session.setSkipInvalid(true);
    ASSERT_TRUE(runAndWait(session, false));
    ASSERT_EQ(session.summary().outcome, ImportSummary::Outcome::Committed);
    EXPECT_EQ(tableCount(temp.db(), QStringLiteral("purchases")), 1);
    const auto k1 = CustomerRepository(temp.db()).findByCode(QStringLiteral("K1"));
    ASSERT_TRUE(k1);
    const QList<Purchase> bought = ActivityRepository(temp.db()).purchasesOf(k1->id);
    ASSERT_EQ(bought.size(), 1);
    EXPECT_EQ(bought.at(0).date, QDate(2024, 3, 1));
    EXPECT_EQ(bought.at(0).amount, 1000);
    EXPECT_EQ(bought.at(0).quantity, 3);
    EXPECT_TRUE(bought.at(0).sourceRef.isEmpty()); // the wrong pick did not stick
}
