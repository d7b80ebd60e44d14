#include "models/importsession.h"

#include "storage/customerrepository.h"
#include "storage/statsrepository.h"

#include "../support/printers.h"
#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QSignalSpy>

using namespace kehu;

namespace {

QString writeFile(const QString &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir + u'/' + name;
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
    ImportSession session(temp.path());
    ASSERT_TRUE(session.load(writeFile(temp.dir(), QStringLiteral("orders.csv"), kPurchases)));
    EXPECT_EQ(session.kind(), ImportKind::Purchases);
    EXPECT_EQ(session.detectedEncoding(), TextEncodingKind::Utf8);
    EXPECT_EQ(session.detectedSeparator(), CsvSeparator::Comma);
    ASSERT_EQ(session.columnCount(), 4);
    EXPECT_EQ(session.header(0), QStringLiteral("客户编号"));
    ASSERT_EQ(session.previewRows().size(), ImportSession::kPreviewRows);
    EXPECT_EQ(session.previewRows().at(0),
              (QStringList{QStringLiteral("C001"), QStringLiteral("张伟"), QStringLiteral("2024-03-15"),
                           QStringLiteral("1,234.50")}));
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
    ImportSession session(temp.path());
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
        bytes += "C" + QByteArray::number(i % 500) + ",2024-01-" + QByteArray::number(1 + i % 28) + "," +
                 QByteArray::number(i) + "\n";
    ImportSession session(temp.path());
    ASSERT_TRUE(session.load(writeFile(temp.dir(), QStringLiteral("big.csv"), bytes)));
    QSignalSpy finished(&session, &ImportSession::finished);
    session.commit();
    session.cancel();
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_EQ(session.summary().outcome, ImportSummary::Outcome::Cancelled);
    EXPECT_EQ(tableCount(temp.db(), QStringLiteral("purchases")), 0);
    EXPECT_EQ(CustomerRepository(temp.db()).count(), 0);
}
