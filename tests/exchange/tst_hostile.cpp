#include "recordparser.h"

#include <QFile>

#include <gtest/gtest.h>

#include <algorithm>

using namespace kehu;
using Kind = ImportIssue::Kind;

namespace {

QByteArray hostile(const char *name)
{
    QFile file(QStringLiteral(KEHU_TEST_DATA_DIR "/exchange/hostile/") + QString::fromLatin1(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return file.readAll();
}

ParsedPurchases purchases(const char *name, ImportOptions options = {})
{
    options.fileName = QString::fromLatin1(name);
    return RecordParser(options).parsePurchases(hostile(name));
}

QString dump(const QList<ImportIssue> &issues)
{
    QString text;
    for (const ImportIssue &issue : issues)
        text += issue.toString() + u'\n';
    return text;
}

void expectIssue(const ImportIssue &issue, Kind kind, qsizetype line, int column, const char *messagePart)
{
    EXPECT_EQ(issue.kind, kind) << issue.toString().toStdString();
    EXPECT_EQ(issue.line, line) << issue.toString().toStdString();
    EXPECT_EQ(issue.column, column) << issue.toString().toStdString();
    EXPECT_TRUE(issue.message.contains(QString::fromUtf8(messagePart))) << issue.toString().toStdString();
}

} // namespace

TEST(Hostile, BrokenQuotes)
{
    const ParsedPurchases r = purchases("broken-quotes.csv");
    ASSERT_EQ(r.issues.size(), 3) << dump(r.issues).toStdString();
    expectIssue(r.issues[0], Kind::TextAfterClosingQuote, 2, 3, "character 18");
    expectIssue(r.issues[1], Kind::QuoteInUnquotedField, 3, 3, "character 16");
    expectIssue(r.issues[2], Kind::UnterminatedQuote, 5, 3, "opens at character 15");
    EXPECT_EQ(r.rows.size(), 2); // lines 4 and 6: splitting resumed after the broken line
    EXPECT_EQ(r.rows[1].line, 6);
    ASSERT_EQ(r.rejected.size(), 3);
    EXPECT_EQ(r.rejected[2].raw, QByteArray("C1,2024-01-05,\"12.50"));
    EXPECT_EQ(r.headerRaw, QByteArray("customer,date,amount"));
}

TEST(Hostile, WrongEncodingDeclared)
{
    ImportOptions options;
    options.encoding = TextEncodingKind::Utf8;
    const ParsedPurchases r = purchases("wrong-encoding.csv", options);
    EXPECT_FALSE(r.usable); // the GB18030 header cannot be read as UTF-8, so no columns match
    const auto encoding = std::find_if(r.issues.cbegin(), r.issues.cend(),
                                       [](const ImportIssue &i) { return i.kind == Kind::InvalidEncoding; });
    ASSERT_NE(encoding, r.issues.cend()) << dump(r.issues).toStdString();
    expectIssue(*encoding, Kind::InvalidEncoding, 1, 1, "try reading it as GB18030");
    EXPECT_EQ(r.issues.front().kind, Kind::MissingColumn);

    // Detected, the same file reads fine.
    const ParsedPurchases detected = purchases("wrong-encoding.csv");
    EXPECT_TRUE(detected.issues.isEmpty()) << dump(detected.issues).toStdString();
    ASSERT_EQ(detected.rows.size(), 1);
    EXPECT_EQ(detected.rows[0].purchase.amount, 1200);
}

TEST(Hostile, WrongEncodingInDataRows)
{
    ImportOptions options;
    options.encoding = TextEncodingKind::Utf8;
    options.fileName = QStringLiteral("x.csv");
    QByteArray file = "customer,date,amount,notes\nC1,2024-01-05,1,ok\nC2,2024-01-05,1,\xCD\xF5\n";
    const ParsedPurchases r = RecordParser(options).parsePurchases(file);
    // notes is not a purchase field, so the bad bytes there are not even decoded.
    EXPECT_TRUE(r.issues.isEmpty()) << dump(r.issues).toStdString();
    file = "customer,date,amount\nC1,2024-01-05,1\n\xCD\xF5,2024-01-05,1\n";
    const ParsedPurchases bad = RecordParser(options).parsePurchases(file);
    ASSERT_EQ(bad.issues.size(), 1) << dump(bad.issues).toStdString();
    expectIssue(bad.issues[0], Kind::InvalidEncoding, 3, 1, "expected UTF-8 text");
}

TEST(Hostile, MixedDelimiters)
{
    const ParsedPurchases r = purchases("mixed-delimiters.csv");
    EXPECT_EQ(r.separator, CsvSeparator::Comma);
    ASSERT_EQ(r.issues.size(), 1) << dump(r.issues).toStdString();
    expectIssue(r.issues[0], Kind::TooFewFields, 3, 0, "expected 3 fields as in the header, found 1");
    EXPECT_EQ(r.rows.size(), 2);
}

TEST(Hostile, BadDates)
{
    const ParsedPurchases r = purchases("bad-dates.csv");
    ASSERT_EQ(r.issues.size(), 4) << dump(r.issues).toStdString();
    expectIssue(r.issues[0], Kind::InvalidValue, 2, 2, "this day does not exist");
    expectIssue(r.issues[1], Kind::InvalidValue, 3, 2, "whether the day or the month comes first");
    expectIssue(r.issues[2], Kind::InvalidValue, 4, 2, "this day does not exist");
    expectIssue(r.issues[3], Kind::InvalidValue, 5, 2, "expected a date such as 2024-03-15");
    EXPECT_EQ(r.issues[3].value, QStringLiteral("yesterday"));
    EXPECT_EQ(r.issues[3].header, QStringLiteral("date"));
    ASSERT_EQ(r.rows.size(), 1);
    EXPECT_EQ(r.rows[0].purchase.date, QDate(2024, 2, 29));
}

TEST(Hostile, AmountsWithLetters)
{
    const ParsedPurchases r = purchases("amount-letters.csv");
    ASSERT_EQ(r.issues.size(), 4) << dump(r.issues).toStdString();
    expectIssue(r.issues[0], Kind::InvalidValue, 2, 3, "expected an amount such as 1234.50");
    expectIssue(r.issues[1], Kind::InvalidValue, 3, 3, "expected an amount such as 1234.50");
    EXPECT_EQ(r.issues[1].value, QStringLiteral("1O.00"));
    expectIssue(r.issues[2], Kind::InvalidValue, 4, 3, "decimal comma");
    expectIssue(r.issues[3], Kind::InvalidValue, 5, 3, "2 decimal places");
    ASSERT_EQ(r.rows.size(), 1);
    EXPECT_EQ(r.rows[0].purchase.amount, -123450);
}

TEST(Hostile, EmptyFile)
{
    const ParsedPurchases r = purchases("empty.csv");
    EXPECT_FALSE(r.usable);
    ASSERT_EQ(r.issues.size(), 1);
    expectIssue(r.issues[0], Kind::EmptyFile, 0, 0, "empty");
    EXPECT_EQ(r.issues[0].toString(), QStringLiteral("empty.csv: expected a header and data rows; the file is empty"));
}

TEST(Hostile, OnlyAHeader)
{
    const ParsedPurchases r = purchases("header-only.csv");
    EXPECT_TRUE(r.usable);
    EXPECT_FALSE(r.hasErrors());
    ASSERT_EQ(r.issues.size(), 1);
    expectIssue(r.issues[0], Kind::NoDataRows, 1, 0, "no");
    EXPECT_EQ(r.issues[0].severity, ImportIssue::Severity::Warning);
    EXPECT_EQ(r.headers.first(), QStringLiteral("customer")); // BOM removed
}

TEST(Hostile, DuplicateRows)
{
    const ParsedPurchases r = purchases("duplicate-rows.csv");
    EXPECT_EQ(r.rows.size(), 4); // kept: the importer decides
    ASSERT_EQ(r.issues.size(), 2) << dump(r.issues).toStdString();
    expectIssue(r.issues[0], Kind::DuplicateRow, 4, 0, "identical to line 2");
    expectIssue(r.issues[1], Kind::DuplicateRow, 5, 0, "identical to line 2");
    EXPECT_EQ(r.issues[0].severity, ImportIssue::Severity::Warning);
}

TEST(Hostile, NulBytes)
{
    const ParsedPurchases r = purchases("nul-bytes.csv");
    ASSERT_EQ(r.issues.size(), 1) << dump(r.issues).toStdString();
    expectIssue(r.issues[0], Kind::NulByte, 3, 1, "NUL byte at character 2");
    EXPECT_EQ(r.issues[0].value, QStringLiteral("C\\02"));
    EXPECT_EQ(r.rows.size(), 1);
    ASSERT_EQ(r.rejected.size(), 1);
    EXPECT_EQ(r.rejected[0].raw, QByteArray("C\0002,2024-01-05,11", 17));
}

TEST(Hostile, RaggedRows)
{
    const ParsedPurchases r = purchases("ragged.csv");
    ASSERT_EQ(r.issues.size(), 2) << dump(r.issues).toStdString();
    expectIssue(r.issues[0], Kind::TooFewFields, 2, 0, "expected 4 fields as in the header, found 3");
    expectIssue(r.issues[1], Kind::TooManyFields, 3, 5, "found 5");
    EXPECT_EQ(r.issues[1].value, QStringLiteral("extra"));
    ASSERT_EQ(r.rows.size(), 1); // line 4: the extra fields are empty
    EXPECT_EQ(r.rows[0].purchase.sourceRef, QStringLiteral("R3"));
}

TEST(Hostile, TenMegabyteLine)
{
    // Generated rather than checked in: a single 10 MB amount.
    QByteArray file = "customer,date,amount\nC1,2024-01-05,";
    file.append(QByteArray(10 * 1024 * 1024, '7'));
    file.append("x\nC2,2024-01-05,3\n");
    ImportOptions options;
    options.fileName = QStringLiteral("huge.csv");
    const ParsedPurchases r = RecordParser(options).parsePurchases(file);
    ASSERT_EQ(r.issues.size(), 1) << dump(r.issues).toStdString();
    expectIssue(r.issues[0], Kind::InvalidValue, 2, 3, "expected a smaller amount");
    EXPECT_EQ(r.issues[0].value.size(), 61); // 60 characters and an ellipsis
    ASSERT_EQ(r.rows.size(), 1);
    EXPECT_EQ(r.rows[0].line, 3);

    // And a 10 MB quoted note with embedded newlines is read whole, then refused as longer
    // than a note may be (FieldLimits), at its line and column; the next record is read.
    QByteArray customers = "code,notes\nC1,\"";
    customers.append(QByteArray(10 * 1024 * 1024, 'n'));
    customers.append("\n\"\"end\"\"\"\nC2,short\n");
    const ParsedCustomers c = RecordParser(options).parseCustomers(customers);
    ASSERT_EQ(c.issues.size(), 1) << dump(c.issues).toStdString();
    expectIssue(c.issues[0], Kind::InvalidValue, 2, 2, "at most");
    EXPECT_EQ(c.issues[0].value.size(), 61);
    ASSERT_EQ(c.rows.size(), 1);
    EXPECT_EQ(c.rows[0].customer.notes, QStringLiteral("short"));
    EXPECT_EQ(c.rows[0].line, 4);
}
