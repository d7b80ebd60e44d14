#include "reviewreport.h"

#include "quarterlyreviewbuilder.h"
#include "settingsrepository.h"

#include "../support/printers.h"
#include "../support/reviewfixture.h"
#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace kehu;

namespace {

class ReviewReportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        test::fillReviewFixture(temp.db());
        QuarterlyReviewBuilder::Options options;
        options.reviewDay = QDate(2026, 1, 5);
        QString error;
        ASSERT_TRUE(
            QuarterlyReviewBuilder(temp.workspace()).build(*Quarter::parse(u"2025Q4"), options, &review, &error))
            << error.toStdString();
    }

    QByteArray read(const QString &path)
    {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        return file.readAll();
    }

    test::TempDatabase temp;
    QuarterlyReview review;
};

} // namespace

TEST_F(ReviewReportTest, ChineseHtmlIsSelfContainedWithTheHeadingsAndLists)
{
    const QString html = ReviewReport(review, ReportLanguage::SimplifiedChinese).html();
    for (const char16_t *heading :
         {u"季度客户盘点 2025年第4季度", u"概览", u"RFM 分群迁移", u"ABC 等级迁移", u"晋升为重点客户", u"等级下降",
          u"新增流失预警", u"挽回候选", u"逾期回访", u"团队业绩", u"建议回访行动"})
        EXPECT_TRUE(html.contains(QString::fromUtf16(heading))) << QString::fromUtf16(heading).toStdString();
    EXPECT_TRUE(html.contains(u"lang=\"zh-CN\""));
    EXPECT_TRUE(html.contains(u"韩梅梅"));   // C2, became key
    EXPECT_TRUE(html.contains(u"周杰"));     // C7, win-back
    EXPECT_TRUE(html.contains(u"7,200.00")); // quarter revenue
    // Four charts, embedded; no external references.
    EXPECT_EQ(html.count(u"src=\"data:image/png;base64,"), 4);
    EXPECT_FALSE(html.contains(u"src=\"http"));
    EXPECT_FALSE(html.contains(u"chart:"));
}

TEST_F(ReviewReportTest, EnglishHtml)
{
    const QString html = ReviewReport(review, ReportLanguage::English).html();
    EXPECT_TRUE(html.contains(u"Quarterly customer review 2025 Q4")); // one quarter format (Labels::quarter)
    EXPECT_TRUE(html.contains(u"Win-back candidates (1)"));
    EXPECT_TRUE(html.contains(u"Dropped a class (2)"));
    EXPECT_FALSE(html.contains(u"季度客户盘点"));
}

TEST_F(ReviewReportTest, PdfInBothLanguages)
{
    for (const auto language : {ReportLanguage::English, ReportLanguage::SimplifiedChinese}) {
        const QString path = QDir(temp.dir()).filePath(QStringLiteral("review.pdf"));
        QString error;
        ASSERT_TRUE(ReviewReport(review, language).writePdf(path, &error)) << error.toStdString();
        const QByteArray pdf = read(path);
        EXPECT_TRUE(pdf.startsWith("%PDF-"));
        EXPECT_TRUE(pdf.trimmed().endsWith("%%EOF"));
        // Pages: "/Type /Page" objects (not "/Pages"). The fixture's report runs to a few pages.
        const qsizetype pages = QString::fromLatin1(pdf).count(
            QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]")));
        EXPECT_GE(pages, 2);
        EXPECT_LE(pages, 8);
        // Chinese text needs an embedded CJK font.
        if (language == ReportLanguage::SimplifiedChinese) {
            EXPECT_TRUE(pdf.contains("CJK")) << "no CJK font embedded";
        }
    }
}

TEST_F(ReviewReportTest, CsvListsAreComplete)
{
    const QString dir = QDir(temp.dir()).filePath(QStringLiteral("lists"));
    QStringList files;
    QString error;
    ASSERT_TRUE(ReviewReport(review, ReportLanguage::SimplifiedChinese).writeCsvLists(dir, &files, &error))
        << error.toStdString();
    EXPECT_EQ(files.size(), 8);
    const QByteArray droppedBytes = read(QDir(dir).filePath(QStringLiteral("dropped_class.csv")));
    EXPECT_TRUE(droppedBytes.startsWith("\xEF\xBB\xBF")); // BOM, for Excel
    const QString dropped = QString::fromUtf8(droppedBytes);
    EXPECT_EQ(dropped.count(u"\r\n"), 3); // header + C3 + C4
    EXPECT_TRUE(dropped.contains(u"C3,Acme Ltd,张伟,"));
    const QString actions = QString::fromUtf8(read(QDir(dir).filePath(QStringLiteral("actions.csv"))));
    EXPECT_TRUE(actions.contains(u"review:win_back"));
}

// Amounts are written in the book's currency: a yen book has no minor units, so 720,000 yen
// (stored as 720000) is "720,000" in the report and has no decimals in the CSV lists.
TEST_F(ReviewReportTest, AmountsAreInTheBooksCurrency)
{
    ASSERT_TRUE(
        SettingsRepository(temp.db()).setValue(QString(SettingsRepository::kCurrencyKey), QStringLiteral("JPY")));
    QuarterlyReview yen;
    QuarterlyReviewBuilder::Options options;
    options.reviewDay = QDate(2026, 1, 5);
    QString error;
    ASSERT_TRUE(QuarterlyReviewBuilder(temp.workspace()).build(*Quarter::parse(u"2025Q4"), options, &yen, &error))
        << error.toStdString();
    EXPECT_EQ(yen.currency, u"JPY");
    const QString html = ReviewReport(yen, ReportLanguage::English).html();
    EXPECT_TRUE(html.contains(u"720,000")) << "quarter revenue 720000 yen";
    EXPECT_FALSE(html.contains(u"7,200.00"));

    const QString dir = QDir(temp.dir()).filePath(QStringLiteral("yen"));
    ASSERT_TRUE(ReviewReport(yen, ReportLanguage::English).writeCsvLists(dir, nullptr, &error)) << error.toStdString();
    const QString team = QString::fromUtf8(read(QDir(dir).filePath(QStringLiteral("team.csv"))));
    EXPECT_FALSE(team.contains(u'.')) << team.toStdString();
}
