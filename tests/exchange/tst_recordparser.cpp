#include "recordparser.h"

#include <QFile>
#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace kehu;

namespace {

ImportOptions named(const char *fileName)
{
    ImportOptions options;
    options.fileName = QString::fromLatin1(fileName);
    return options;
}

QString issuesText(const QList<ImportIssue> &issues)
{
    QString text;
    for (const ImportIssue &issue : issues)
        text += issue.toString() + u'\n';
    return text;
}

} // namespace

TEST(RecordParser, Purchases)
{
    const QByteArray file = QStringLiteral("\xFEFF客户编号,日期,金额,利润,数量,渠道,订单号\r\n"
                                           "C001,2024-03-15,\"¥1,234.50\",200,2,门店,A-1\r\n"
                                           "C002,20240316,-12.00,,,,\r\n"
                                           "\r\n"
                                           ",,,,,,\r\n"
                                           "C003,2024/3/17,88元,,1,线上,A-3\r\n")
                                .toUtf8();
    const ParsedPurchases result = RecordParser(named("orders.csv")).parsePurchases(file);
    EXPECT_TRUE(result.issues.isEmpty()) << issuesText(result.issues).toStdString();
    ASSERT_EQ(result.rows.size(), 3);
    EXPECT_EQ(result.recordCount, 3);
    const ParsedPurchaseRow &first = result.rows[0];
    EXPECT_EQ(first.customerCode, QStringLiteral("C001"));
    EXPECT_EQ(first.purchase.date, QDate(2024, 3, 15));
    EXPECT_EQ(first.purchase.amount, 123450);
    EXPECT_EQ(first.purchase.profit, 20000);
    EXPECT_EQ(first.purchase.quantity, 2);
    EXPECT_EQ(first.purchase.channel, QStringLiteral("门店"));
    EXPECT_EQ(first.purchase.sourceRef, QStringLiteral("A-1"));
    EXPECT_EQ(first.line, 2);
    EXPECT_EQ(result.rows[1].purchase.amount, -1200);
    EXPECT_FALSE(result.rows[1].purchase.profit.has_value());
    EXPECT_EQ(result.rows[1].purchase.quantity, 1);
    EXPECT_EQ(result.rows[2].line, 6);
    EXPECT_EQ(result.headers.first(), QStringLiteral("客户编号"));
}

TEST(RecordParser, CdnowLayout)
{
    ImportOptions options = named("CDNOW_sample.txt");
    options.hasHeader = false;
    options.separator = CsvSeparator::Whitespace;
    options.mapping = *ColumnMapping::parseOverrides(u"1=customer,3=date,4=quantity,5=amount", nullptr);
    const QByteArray file = " 00001   00001 19970101  1  11.77\n 00002   00002 19970112  2  20.76\n";
    const ParsedPurchases result = RecordParser(options).parsePurchases(file);
    EXPECT_TRUE(result.issues.isEmpty()) << issuesText(result.issues).toStdString();
    ASSERT_EQ(result.rows.size(), 2);
    EXPECT_EQ(result.rows[0].customerCode, QStringLiteral("00001"));
    EXPECT_EQ(result.rows[0].purchase.date, QDate(1997, 1, 1));
    EXPECT_EQ(result.rows[1].purchase.quantity, 2);
    EXPECT_EQ(result.rows[1].purchase.amount, 2076);
}

TEST(RecordParser, CustomersFromGb18030Fixture)
{
    QFile file(QStringLiteral(KEHU_TEST_DATA_DIR "/exchange/customers-gb18030.csv"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const ParsedCustomers result = RecordParser(named("customers.csv")).parseCustomers(file.readAll());
    EXPECT_EQ(result.encoding, TextEncodingKind::Gb18030);
    EXPECT_TRUE(result.issues.isEmpty()) << issuesText(result.issues).toStdString();
    ASSERT_EQ(result.rows.size(), 2);
    const Customer &c = result.rows[0].customer;
    EXPECT_EQ(c.code, QStringLiteral("C001"));
    EXPECT_EQ(c.name, QStringLiteral("王伟"));
    EXPECT_EQ(c.personality, PersonalityType::Analytic);
    EXPECT_EQ(c.tags, (QStringList{QStringLiteral("老客户"), QStringLiteral("VIP")}));
    EXPECT_EQ(result.rows[1].customer.personality, PersonalityType::Amiable);
}

TEST(RecordParser, CustomersGeneratedInGb18030)
{
    QStringEncoder encoder("GB18030");
    const QByteArray file = encoder.encode(QStringLiteral("客户编号;姓名;状态;类型;预算;邮箱\n"
                                                          "K1;张三;沉睡;经销商;￥5,000;zs@example.com\n"
                                                          "K2;李四;unknown-state;终端客户;5k;nope\n"
                                                          ";;活跃;;;\n"));
    const ParsedCustomers result = RecordParser(named("k.csv")).parseCustomers(file);
    EXPECT_EQ(result.separator, CsvSeparator::Semicolon);
    ASSERT_EQ(result.rows.size(), 1) << issuesText(result.issues).toStdString();
    EXPECT_EQ(result.rows[0].customer.lifecycle, LifecycleStatus::Dormant);
    EXPECT_EQ(result.rows[0].customer.type, CustomerType::Distributor);
    EXPECT_EQ(result.rows[0].customer.budget, 500000);
    ASSERT_EQ(result.issues.size(), 4) << issuesText(result.issues).toStdString();
    EXPECT_EQ(result.issues[0].line, 3);
    EXPECT_EQ(result.issues[0].column, 3);
    EXPECT_EQ(result.issues[0].header, QStringLiteral("状态"));
    EXPECT_TRUE(result.issues[0].message.contains(QStringLiteral("沉睡")));
    EXPECT_EQ(result.issues[1].column, 5); // budget "5k"
    EXPECT_EQ(result.issues[2].column, 6); // e-mail warning
    EXPECT_EQ(result.issues[2].severity, ImportIssue::Severity::Warning);
    EXPECT_EQ(result.issues[3].line, 4);
    EXPECT_EQ(result.issues[3].kind, ImportIssue::Kind::MissingValue);
    EXPECT_EQ(result.rejected.size(), 2);
    EXPECT_EQ(result.rejected[0].line, 3);
    EXPECT_EQ(result.rawEncoding, TextEncodingKind::Gb18030);
    EXPECT_EQ(result.rejected[0].raw, encoder.encode(QStringLiteral("K2;李四;unknown-state;终端客户;5k;nope")));
}

TEST(RecordParser, VisitsAndSurveys)
{
    const QByteArray visits = QStringLiteral("客户,来访时间,方式,接待,满意度,备注,下次回访\n"
                                             "C1,2024-03-15 14:30,上门,小王,5,聊得不错,2024-04-01\n"
                                             "C2,2024-03-16,phone,小李,6,,\n")
                                  .toUtf8();
    const ParsedVisits v = RecordParser(named("v.csv")).parseVisits(visits);
    ASSERT_EQ(v.rows.size(), 1);
    EXPECT_EQ(v.rows[0].visit.kind, VisitKind::OnSite);
    EXPECT_EQ(v.rows[0].visit.time, QDateTime(QDate(2024, 3, 15), QTime(14, 30)));
    EXPECT_EQ(v.rows[0].visit.satisfaction, 5);
    EXPECT_EQ(v.rows[0].visit.nextFollowUp, QDate(2024, 4, 1));
    ASSERT_EQ(v.issues.size(), 2) << issuesText(v.issues).toStdString();
    EXPECT_EQ(v.issues[0].column, 3);
    EXPECT_EQ(v.issues[1].column, 5);
    EXPECT_EQ(v.issues[1].message, QStringLiteral("expected a whole number from 1 to 5"));

    const QByteArray surveys =
        "customer,date,nps,csat,comment\nC1,2024-03-15,9,,great\nC2,2024-03-15,,,\nC3,2024-03-15,11,4,\n";
    const ParsedSurveys s = RecordParser(named("s.csv")).parseSurveys(surveys);
    ASSERT_EQ(s.rows.size(), 1);
    EXPECT_EQ(s.rows[0].survey.nps, 9);
    ASSERT_EQ(s.issues.size(), 2) << issuesText(s.issues).toStdString();
    EXPECT_EQ(s.issues[0].kind, ImportIssue::Kind::MissingValue);
    EXPECT_EQ(s.issues[1].column, 3);
}

TEST(RecordParser, IssueToString)
{
    const ParsedPurchases result =
        RecordParser(named("orders.csv")).parsePurchases("code,date,amount\nC1,2024-13-01,5\n");
    ASSERT_EQ(result.issues.size(), 1);
    EXPECT_EQ(
        result.issues[0].toString(),
        QStringLiteral("orders.csv:2:2: date \"2024-13-01\": expected a real calendar date (this day does not exist)"));
}

TEST(RecordParser, DayMonthYearWhenNamed)
{
    ImportOptions options = named("eu.csv");
    options.dateFormat = DateFormat::DayMonthYear;
    const ParsedPurchases result = RecordParser(options).parsePurchases("code;date;amount\nC1;03.04.2024;5\n");
    ASSERT_EQ(result.rows.size(), 1);
    EXPECT_EQ(result.rows[0].purchase.date, QDate(2024, 4, 3));
}
