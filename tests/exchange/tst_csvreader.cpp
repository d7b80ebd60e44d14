#include "csvreader.h"

#include <QByteArray>

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace kehu;

namespace {

using Rows = std::vector<std::vector<std::string>>;

Rows split(const QByteArray &data, CsvSeparator separator = CsvSeparator::Auto)
{
    CsvReader reader(data, separator);
    CsvRecord record;
    Rows rows;
    while (reader.readRecord(record)) {
        std::vector<std::string> fields;
        for (qsizetype i = 0; i < record.size(); ++i)
            fields.push_back(record.field(i).toByteArray().toStdString());
        rows.push_back(fields);
    }
    return rows;
}

} // namespace

TEST(CsvReader, PlainFields)
{
    EXPECT_EQ(split("a,b,c\n1,2,3\n"), (Rows{{"a", "b", "c"}, {"1", "2", "3"}}));
}

TEST(CsvReader, NoFinalNewlineAndEmptyFields)
{
    EXPECT_EQ(split("a,,c\n,,"), (Rows{{"a", "", "c"}, {"", "", ""}}));
}

TEST(CsvReader, QuotedDelimitersQuotesAndNewlines)
{
    const Rows rows = split("\"a,b\",\"say \"\"hi\"\"\",\"line1\r\nline2\"\r\nx,\"\",y\r\n");
    EXPECT_EQ(rows, (Rows{{"a,b", "say \"hi\"", "line1\r\nline2"}, {"x", "", "y"}}));
}

TEST(CsvReader, LineNumbersCountLinesInsideQuotes)
{
    CsvReader reader("h1,h2\n\"a\nb\nc\",1\n\n2,3\r4,5\r\n");
    CsvRecord record;
    std::vector<qsizetype> lines;
    while (reader.readRecord(record))
        lines.push_back(record.line());
    EXPECT_EQ(lines, (std::vector<qsizetype>{1, 2, 6, 7}));
}

TEST(CsvReader, RawBytesExcludeLineBreak)
{
    CsvReader reader("a,b\r\n\"x\ny\",z\r\n");
    CsvRecord record;
    ASSERT_TRUE(reader.readRecord(record));
    EXPECT_EQ(record.raw(), QByteArrayView("a,b"));
    ASSERT_TRUE(reader.readRecord(record));
    EXPECT_EQ(record.raw(), QByteArrayView("\"x\ny\",z"));
    EXPECT_EQ(record.line(), 2);
    EXPECT_EQ(record.lastLine(), 3);
}

TEST(CsvReader, UnterminatedQuoteReportsWhereItOpened)
{
    CsvReader reader("a,b\n1,\"open\n3,4\n5,6\n");
    CsvRecord record;
    ASSERT_TRUE(reader.readRecord(record));
    ASSERT_TRUE(reader.readRecord(record));
    ASSERT_EQ(record.errors().size(), 1u);
    const CsvSyntaxError &error = record.errors().front();
    EXPECT_EQ(error.kind, CsvSyntaxError::Kind::UnterminatedQuote);
    EXPECT_EQ(error.line, 2);
    EXPECT_EQ(error.column, 3);
    EXPECT_EQ(error.field, 1);
    // Splitting resumes on the next line.
    ASSERT_TRUE(reader.readRecord(record));
    EXPECT_EQ(record.line(), 3);
    EXPECT_FALSE(record.hasErrors());
    EXPECT_EQ(record.field(0), QByteArrayView("3"));
}

TEST(CsvReader, QuoteInUnquotedFieldAndTextAfterClosingQuote)
{
    CsvReader reader("ab\"c,\"x\"y,z\n");
    CsvRecord record;
    ASSERT_TRUE(reader.readRecord(record));
    ASSERT_EQ(record.errors().size(), 2u);
    EXPECT_EQ(record.errors()[0].kind, CsvSyntaxError::Kind::QuoteInUnquotedField);
    EXPECT_EQ(record.errors()[0].column, 3);
    EXPECT_EQ(record.errors()[0].field, 0);
    EXPECT_EQ(record.errors()[1].kind, CsvSyntaxError::Kind::TextAfterClosingQuote);
    EXPECT_EQ(record.errors()[1].column, 9);
    EXPECT_EQ(record.errors()[1].field, 1);
    EXPECT_EQ(record.size(), 3);
    EXPECT_EQ(record.field(2), QByteArrayView("z"));
}

TEST(CsvReader, NulByte)
{
    CsvReader reader(QByteArray("a,b\0c\n", 6));
    CsvRecord record;
    ASSERT_TRUE(reader.readRecord(record));
    ASSERT_EQ(record.errors().size(), 1u);
    EXPECT_EQ(record.errors()[0].kind, CsvSyntaxError::Kind::NulByte);
    EXPECT_EQ(record.errors()[0].column, 4);
}

TEST(CsvReader, DetectsDelimiter)
{
    EXPECT_EQ(CsvReader::detectSeparator("a,b,c\n1,2,3\n"), CsvSeparator::Comma);
    EXPECT_EQ(CsvReader::detectSeparator("a;b;c\n1;2,5;3\n"), CsvSeparator::Semicolon);
    EXPECT_EQ(CsvReader::detectSeparator("a\tb\n1\t2\n"), CsvSeparator::Tab);
    // Commas inside quotes do not count.
    EXPECT_EQ(CsvReader::detectSeparator("\"a,b,c\";d\n\"1,2\";3\n"), CsvSeparator::Semicolon);
    // One comma in the header only (a name like "Li, Wei" unquoted is not typical) vs. consistent tabs.
    EXPECT_EQ(CsvReader::detectSeparator("code\tname, first\n1\tx\n2\ty\n"), CsvSeparator::Tab);
    EXPECT_EQ(CsvReader::detectSeparator("single\nvalue\n"), CsvSeparator::Comma);
}

TEST(CsvReader, ForcedSeparator)
{
    EXPECT_EQ(split("a;b,c\n", CsvSeparator::Semicolon), (Rows{{"a", "b,c"}}));
}

TEST(CsvReader, WhitespaceLayout)
{
    const QByteArray cdnow = "00001 00001 19970101  1  11.77\n   00002\t00002 19970112  1  12.00\n\n  \n";
    EXPECT_EQ(split(cdnow, CsvSeparator::Whitespace),
              (Rows{{"00001", "00001", "19970101", "1", "11.77"}, {"00002", "00002", "19970112", "1", "12.00"}}));
}

TEST(CsvReader, TenMegabyteLine)
{
    QByteArray data = "a,b\n1,";
    data.append(QByteArray(10 * 1024 * 1024, 'x'));
    data.append("\n2,y\n");
    CsvReader reader(data);
    CsvRecord record;
    ASSERT_TRUE(reader.readRecord(record));
    ASSERT_TRUE(reader.readRecord(record));
    EXPECT_EQ(record.field(1).size(), 10 * 1024 * 1024);
    ASSERT_TRUE(reader.readRecord(record));
    EXPECT_EQ(record.line(), 3);
}
