#include "columnmapping.h"

#include <gtest/gtest.h>

using namespace kehu;

namespace {

QStringList utf8List(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

} // namespace

TEST(ColumnMapping, ChineseHeaders)
{
    QList<ImportIssue> issues;
    const QStringList headers = utf8List({"客户编号", "下单日期", "金额（元）", "数量", "订单号", "备注"});
    const ColumnMapping m = ColumnMapping::resolve(ImportKind::Purchases, headers, 6, {}, &issues);
    EXPECT_TRUE(m.isUsable());
    EXPECT_TRUE(issues.isEmpty());
    EXPECT_EQ(m.column(ImportField::CustomerCode), 0);
    EXPECT_EQ(m.column(ImportField::Date), 1);
    EXPECT_EQ(m.column(ImportField::Amount), 2);
    EXPECT_EQ(m.column(ImportField::Quantity), 3);
    EXPECT_EQ(m.column(ImportField::Ref), 4);
    EXPECT_EQ(m.ignoredColumns(), utf8List({"备注"}));
}

TEST(ColumnMapping, EnglishHeadersAreNormalised)
{
    QList<ImportIssue> issues;
    const ColumnMapping m = ColumnMapping::resolve(
        ImportKind::Customers, utf8List({" Customer_ID ", "Full Name", "E-Mail", "Sales Rep", "性格类型", "标签"}), 6,
        {}, &issues);
    EXPECT_TRUE(m.isUsable());
    EXPECT_EQ(m.column(ImportField::CustomerCode), 0);
    EXPECT_EQ(m.column(ImportField::Name), 1);
    EXPECT_EQ(m.column(ImportField::Email), 2);
    EXPECT_EQ(m.column(ImportField::Owner), 3);
    EXPECT_EQ(m.column(ImportField::Personality), 4);
    EXPECT_EQ(m.column(ImportField::Tags), 5);
}

TEST(ColumnMapping, SameHeaderDifferentKinds)
{
    const QStringList headers = utf8List({"客户", "类型", "满意度", "日期"});
    const ColumnMapping visits = ColumnMapping::resolve(ImportKind::Visits, headers, 4, {}, nullptr);
    EXPECT_EQ(visits.column(ImportField::VisitKind), 1);
    EXPECT_EQ(visits.column(ImportField::Satisfaction), 2);
    EXPECT_EQ(visits.column(ImportField::VisitTime), 3);
    const ColumnMapping surveys = ColumnMapping::resolve(ImportKind::Surveys, headers, 4, {}, nullptr);
    EXPECT_EQ(surveys.column(ImportField::Csat), 2);
    EXPECT_EQ(surveys.column(ImportField::Date), 3);
    EXPECT_TRUE(surveys.isUsable());
}

TEST(ColumnMapping, MissingRequiredListsHeadersAndSynonyms)
{
    QList<ImportIssue> issues;
    const ColumnMapping m = ColumnMapping::resolve(ImportKind::Purchases, utf8List({"客户", "Betrag"}), 2, {}, &issues);
    EXPECT_FALSE(m.isUsable());
    ASSERT_EQ(issues.size(), 2);
    EXPECT_EQ(issues[0].kind, ImportIssue::Kind::MissingColumn);
    EXPECT_TRUE(issues[0].message.contains(u"expected a column for date")) << issues[0].message.toStdString();
    EXPECT_TRUE(issues[0].message.contains(u"Betrag"));
    EXPECT_TRUE(issues[0].message.contains(QString::fromUtf8("下单日期")));
    EXPECT_TRUE(issues[1].message.contains(u"amount"));
    EXPECT_EQ(m.ignoredColumns(), QStringList{QStringLiteral("Betrag")});
}

TEST(ColumnMapping, ExplicitMappingForCdnow)
{
    QString error;
    const auto overrides = ColumnMapping::parseOverrides(u"1=customer,3=date,4=quantity,5=amount", &error);
    ASSERT_TRUE(overrides.has_value()) << error.toStdString();
    QList<ImportIssue> issues;
    const ColumnMapping m = ColumnMapping::resolve(ImportKind::Purchases, {}, 5, *overrides, &issues);
    EXPECT_TRUE(m.isUsable());
    EXPECT_TRUE(issues.isEmpty());
    EXPECT_EQ(m.column(ImportField::CustomerCode), 0);
    EXPECT_EQ(m.column(ImportField::Date), 2);
    EXPECT_EQ(m.column(ImportField::Quantity), 3);
    EXPECT_EQ(m.column(ImportField::Amount), 4);
    EXPECT_EQ(m.ignoredColumns(), QStringList{QStringLiteral("column 2")});
}

TEST(ColumnMapping, ExplicitMappingOverridesHeaders)
{
    const auto overrides = ColumnMapping::parseOverrides(u"Total=-; Net=amount", nullptr);
    ASSERT_TRUE(overrides.has_value());
    const ColumnMapping m = ColumnMapping::resolve(ImportKind::Purchases, utf8List({"code", "date", "Total", "Net"}), 4,
                                                   *overrides, nullptr);
    EXPECT_TRUE(m.isUsable());
    EXPECT_EQ(m.column(ImportField::Amount), 3);
}

TEST(ColumnMapping, BadMappings)
{
    QString error;
    EXPECT_FALSE(ColumnMapping::parseOverrides(u"1customer", &error).has_value());
    EXPECT_FALSE(error.isEmpty());

    QList<ImportIssue> issues;
    const ColumnMapping m = ColumnMapping::resolve(
        ImportKind::Purchases, utf8List({"code", "date", "amount"}), 3,
        {{QStringLiteral("9"), QStringLiteral("amount")}, {QStringLiteral("code"), QStringLiteral("colour")}}, &issues);
    EXPECT_FALSE(m.isUsable());
    ASSERT_EQ(issues.size(), 2);
    EXPECT_EQ(issues[0].kind, ImportIssue::Kind::BadMapping);
    EXPECT_EQ(issues[1].kind, ImportIssue::Kind::BadMapping);
    EXPECT_TRUE(issues[1].message.contains(u"customer_code"));
}

TEST(ColumnMapping, DuplicateColumnIsAWarning)
{
    QList<ImportIssue> issues;
    const ColumnMapping m = ColumnMapping::resolve(ImportKind::Customers, utf8List({"客户编号", "电话", "手机"}), 3, {},
                                                   &issues);
    EXPECT_TRUE(m.isUsable());
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues[0].severity, ImportIssue::Severity::Warning);
    EXPECT_EQ(issues[0].kind, ImportIssue::Kind::DuplicateColumn);
    EXPECT_EQ(issues[0].column, 3);
    EXPECT_EQ(m.column(ImportField::Phone), 1);
}

TEST(ColumnMapping, CustomersNeedCodeOrName)
{
    QList<ImportIssue> issues;
    EXPECT_TRUE(ColumnMapping::resolve(ImportKind::Customers, utf8List({"姓名"}), 1, {}, &issues).isUsable());
    EXPECT_FALSE(ColumnMapping::resolve(ImportKind::Customers, utf8List({"电话"}), 1, {}, &issues).isUsable());
}
