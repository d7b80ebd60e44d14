#include "fielddecoder.h"
#include "textencoding.h"

#include <QFile>
#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace kehu;

namespace {

QByteArray gb18030(const QString &text)
{
    QStringEncoder encoder("GB18030");
    EXPECT_TRUE(encoder.isValid());
    return encoder.encode(text);
}

} // namespace

TEST(TextEncoding, Names)
{
    EXPECT_EQ(TextEncoding::fromName(u"UTF-8"), TextEncodingKind::Utf8);
    EXPECT_EQ(TextEncoding::fromName(u"gbk"), TextEncodingKind::Gb18030);
    EXPECT_EQ(TextEncoding::fromName(u"GB2312"), TextEncodingKind::Gb18030);
    EXPECT_EQ(TextEncoding::fromName(u"latin1"), TextEncodingKind::Latin1);
    EXPECT_FALSE(TextEncoding::fromName(u"klingon").has_value());
}

TEST(TextEncoding, DetectsUtf8WithAndWithoutBom)
{
    const QByteArray plain = QStringLiteral("客户编号,金额\nC1,¥12\n").toUtf8();
    PreparedText p = TextEncoding::prepare(plain);
    EXPECT_EQ(p.sourceEncoding, TextEncodingKind::Utf8);
    EXPECT_TRUE(p.knownValid);
    EXPECT_FALSE(p.hadBom);

    p = TextEncoding::prepare("\xEF\xBB\xBF" + plain);
    EXPECT_EQ(p.sourceEncoding, TextEncodingKind::Utf8);
    EXPECT_TRUE(p.hadBom);
    EXPECT_EQ(p.bytes, plain);
}

TEST(TextEncoding, Utf16ByBomBecomesUtf8)
{
    const QString text = QStringLiteral("姓名,电话\n王伟,138\n");
    QStringEncoder le(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    PreparedText p = TextEncoding::prepare(le.encode(text));
    EXPECT_EQ(p.sourceEncoding, TextEncodingKind::Utf16Le);
    EXPECT_EQ(p.splitEncoding, TextEncodingKind::Utf8);
    EXPECT_EQ(p.bytes, text.toUtf8());

    QStringEncoder be(QStringConverter::Utf16BE, QStringConverter::Flag::WriteBom);
    p = TextEncoding::prepare(be.encode(text));
    EXPECT_EQ(p.sourceEncoding, TextEncodingKind::Utf16Be);
    EXPECT_EQ(p.bytes, text.toUtf8());
}

TEST(TextEncoding, NotUtf8MeansGb18030)
{
    const QString text = QStringLiteral("客户编号,金额\nC1,12元\n");
    const QByteArray bytes = gb18030(text);
    PreparedText p = TextEncoding::prepare(bytes);
    ASSERT_TRUE(p.fatalError.isEmpty()) << p.fatalError.toStdString();
    EXPECT_EQ(p.sourceEncoding, TextEncodingKind::Gb18030);
    FieldDecoder decoder(p.splitEncoding, p.knownValid);
    ASSERT_TRUE(decoder.isValid());
    QString out;
    EXPECT_TRUE(decoder.decode(p.bytes, out));
    EXPECT_EQ(out, text);
}

TEST(TextEncoding, CheckedInGb18030Fixture)
{
    QFile file(QStringLiteral(KEHU_TEST_DATA_DIR "/exchange/customers-gb18030.csv"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const PreparedText p = TextEncoding::prepare(file.readAll());
    EXPECT_EQ(p.sourceEncoding, TextEncodingKind::Gb18030);
    FieldDecoder decoder(p.splitEncoding, p.knownValid);
    QString out;
    EXPECT_TRUE(decoder.decode(p.bytes, out));
    EXPECT_TRUE(out.startsWith(QStringLiteral("客户编号,姓名")));
}

TEST(FieldDecoder, RejectsInvalidBytes)
{
    FieldDecoder utf8(TextEncodingKind::Utf8, false);
    QString out;
    EXPECT_FALSE(utf8.decode(QByteArrayView("\xC0\xAF"), out));
    EXPECT_TRUE(utf8.decode(QByteArrayView("plain"), out));

    FieldDecoder gb(TextEncodingKind::Gb18030, false);
    EXPECT_FALSE(gb.decode(QByteArrayView("ab\x81"), out)); // cut-off two-byte sequence
    EXPECT_FALSE(gb.decode(QByteArrayView("\x80x"), out));  // 0x80 is never a lead byte
    EXPECT_TRUE(gb.decode(gb18030(QStringLiteral("王伟")), out));
    EXPECT_EQ(out, QStringLiteral("王伟"));
    // Valid afterwards too: the decoder keeps no error state between fields.
    EXPECT_TRUE(gb.decode(gb18030(QStringLiteral("€")), out));
    EXPECT_EQ(out, QStringLiteral("€"));
}
