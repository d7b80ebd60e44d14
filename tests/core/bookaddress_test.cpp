#include "bookaddress.h"

#include <gtest/gtest.h>

using namespace kehu;

TEST(BookAddress, APathIsAFile)
{
    const BookAddress address = BookAddress::parse(QStringLiteral("/home/li/shop.kehu"));
    EXPECT_EQ(address.kind(), BookAddress::Kind::File);
    EXPECT_EQ(address.filePath(), QStringLiteral("/home/li/shop.kehu"));
    EXPECT_EQ(address.displayName(), QStringLiteral("shop.kehu"));
    EXPECT_TRUE(address.error().isEmpty());
}

TEST(BookAddress, AServerUriGivesEveryPart)
{
    const BookAddress address = BookAddress::parse(
        QStringLiteral("postgresql://li%40shop:s%3Acret@db.example.com:6543/shop?sslmode=require"));
    ASSERT_TRUE(address.isServer());
    ASSERT_TRUE(address.error().isEmpty()) << address.error().toStdString();
    const BookAddress::Server &server = address.serverPart();
    EXPECT_EQ(server.host, QStringLiteral("db.example.com"));
    EXPECT_EQ(server.port, 6543);
    EXPECT_EQ(server.user, QStringLiteral("li@shop"));
    EXPECT_EQ(server.password, QStringLiteral("s:cret"));
    EXPECT_EQ(server.database, QStringLiteral("shop"));
    EXPECT_EQ(server.sslMode, QStringLiteral("require"));
    EXPECT_EQ(address.displayName(), QStringLiteral("shop @ db.example.com"));
}

TEST(BookAddress, ThePasswordIsNeverWrittenOut)
{
    const BookAddress address = BookAddress::parse(QStringLiteral("postgres://li:secret@db/shop"));
    EXPECT_EQ(address.toString(), QStringLiteral("postgresql://li@db/shop"));
    EXPECT_FALSE(address.toString().contains(QStringLiteral("secret")));
}

TEST(BookAddress, TheConnectionStringCarriesThePasswordThere)
{
    BookAddress::Server server;
    server.host = QStringLiteral("db.example.lan");
    server.database = QStringLiteral("shop");
    server.user = QStringLiteral("li");
    server.password = QStringLiteral("p@ss:w/rd");
    server.sslMode = QStringLiteral("require");
    const QString uri = BookAddress::server(server).connectionString();
    EXPECT_EQ(uri, QStringLiteral("postgresql://li:p%40ss%3Aw%2Frd@db.example.lan/shop?sslmode=require"));
    const BookAddress back = BookAddress::parse(uri);
    EXPECT_EQ(back.serverPart().password, server.password);
    EXPECT_EQ(back.toString(), QStringLiteral("postgresql://li@db.example.lan/shop?sslmode=require"));
}

TEST(BookAddress, ASocketFolderTravelsAsTheHostParameter)
{
    const QString uri = QStringLiteral("postgresql://kehu@/shop?host=%2Ftmp%2Fkehu-pg&port=5439");
    const BookAddress address = BookAddress::parse(uri);
    ASSERT_TRUE(address.error().isEmpty()) << address.error().toStdString();
    EXPECT_EQ(address.serverPart().host, QStringLiteral("/tmp/kehu-pg"));
    EXPECT_EQ(address.serverPart().port, 5439);
    EXPECT_EQ(BookAddress::parse(address.toString()).serverPart().host, QStringLiteral("/tmp/kehu-pg"));
    EXPECT_EQ(BookAddress::parse(address.toString()).serverPart().port, 5439);
}

TEST(BookAddress, MistakesAreNamed)
{
    EXPECT_TRUE(BookAddress::parse(QStringLiteral("postgresql://db.example.com")).error().contains(u"no database"));
    EXPECT_TRUE(BookAddress::parse(QStringLiteral("postgresql://db/shop?sslmode=requir")).error().contains(u"sslmode"));
    EXPECT_TRUE(BookAddress::parse(QStringLiteral("postgresql://db/shop?port=x")).error().contains(u"port"));
    EXPECT_TRUE(BookAddress::parse(QStringLiteral("postgresql://db/shop?tls=on")).error().contains(u"\"tls\""));
}
