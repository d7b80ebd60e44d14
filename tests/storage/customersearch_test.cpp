#include "customerlistrepository.h"
#include "customerrepository.h"
#include "migrations.h"
#include "namepinyin.h"

#include "../support/printers.h"
#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace kehu;

namespace {

Customer customer(const QString &code, const QString &name, const QString &phone = {}, const QString &company = {})
{
    Customer c;
    c.code = code;
    c.name = name;
    c.phone = phone;
    c.company = company;
    return c;
}

/// Codes of the customers the book shows for `text`, in list order (by normalised name).
QStringList search(Database &db, const QString &text)
{
    CustomerListQuery query;
    query.search = text;
    QString error;
    const auto rows = CustomerListRepository(db).page(query, std::nullopt, CustomerListRepository::Direction::Forward,
                                                      100, &error);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    QStringList codes;
    for (const auto &row : rows)
        codes << row.code;
    return codes;
}

class CustomerSearch : public ::testing::Test
{
protected:
    void SetUp() override
    {
        CustomerRepository repository(temp.db());
        for (const Customer &c :
             {customer(QStringLiteral("C001"), QStringLiteral("王伟"), QStringLiteral("13800138000")),
              customer(QStringLiteral("C002"), QStringLiteral("张建国"), QStringLiteral("13912345678"),
                       QStringLiteral("何建国美容院")),
              customer(QStringLiteral("C003"), QStringLiteral("王伟明"), {}, QStringLiteral("杭州明达贸易")),
              customer(QStringLiteral("C004"), QStringLiteral("Olivia Wong"), QStringLiteral("+86 150-1111-2222"),
                       QStringLiteral("Acme Trading")),
              customer(QStringLiteral("X-777"), QStringLiteral("Li Na"))}) {
            QString error;
            ASSERT_GT(repository.insert(c, &error), 0) << error.toStdString();
        }
    }

    test::TempDatabase temp;
};

} // namespace

TEST_F(CustomerSearch, ChineseTwoCharacterNamesAnywhereInTheName)
{
    EXPECT_EQ(search(temp.db(), QStringLiteral("王伟")), (QStringList{QStringLiteral("C001"), QStringLiteral("C003")}));
    EXPECT_EQ(search(temp.db(), QStringLiteral("建国")), QStringList{QStringLiteral("C002")}); // given name
    EXPECT_EQ(search(temp.db(), QStringLiteral("王 伟")),
              (QStringList{QStringLiteral("C001"), QStringLiteral("C003")}));
    EXPECT_EQ(search(temp.db(), QStringLiteral("伟明")), QStringList{QStringLiteral("C003")});
}

TEST_F(CustomerSearch, OneCharacterMatchesNamesContainingIt)
{
    EXPECT_EQ(search(temp.db(), QStringLiteral("王")), (QStringList{QStringLiteral("C001"), QStringLiteral("C003")}));
    EXPECT_EQ(search(temp.db(), QStringLiteral("明")), QStringList{QStringLiteral("C003")}); // the last character
    EXPECT_EQ(search(temp.db(), QStringLiteral("v")), QStringList{QStringLiteral("C004")});
}

TEST_F(CustomerSearch, LatinPartialIgnoringCaseAndSpaces)
{
    EXPECT_EQ(search(temp.db(), QStringLiteral("livia")), QStringList{QStringLiteral("C004")});
    EXPECT_EQ(search(temp.db(), QStringLiteral("AWO")), QStringList{QStringLiteral("C004")}); // across the space
    EXPECT_EQ(search(temp.db(), QStringLiteral("li")), (QStringList{QStringLiteral("X-777"), QStringLiteral("C004")}));
    EXPECT_EQ(search(temp.db(), QStringLiteral("Li Na")), QStringList{QStringLiteral("X-777")});
}

TEST_F(CustomerSearch, PhoneDigitsAnywhereWhateverTheFormatting)
{
    EXPECT_EQ(search(temp.db(), QStringLiteral("138")), QStringList{QStringLiteral("C001")});
    EXPECT_EQ(search(temp.db(), QStringLiteral("5678")), QStringList{QStringLiteral("C002")});
    EXPECT_EQ(search(temp.db(), QStringLiteral("150 1111")), QStringList{QStringLiteral("C004")});
    EXPECT_EQ(search(temp.db(), QStringLiteral("1111-2222")), QStringList{QStringLiteral("C004")});
}

TEST_F(CustomerSearch, CodeAndCompanyPartial)
{
    EXPECT_EQ(search(temp.db(), QStringLiteral("c00")).size(), 4);
    EXPECT_EQ(search(temp.db(), QStringLiteral("X-7")), QStringList{QStringLiteral("X-777")});
    EXPECT_EQ(search(temp.db(), QStringLiteral("美容院")), QStringList{QStringLiteral("C002")});
    EXPECT_EQ(search(temp.db(), QStringLiteral("明达贸")), QStringList{QStringLiteral("C003")});
    EXPECT_EQ(search(temp.db(), QStringLiteral("trading")), QStringList{QStringLiteral("C004")});
}

TEST_F(CustomerSearch, NoMatchAndQuerySyntaxAreJustText)
{
    EXPECT_TRUE(search(temp.db(), QStringLiteral("赵")).isEmpty());
    EXPECT_TRUE(search(temp.db(), QStringLiteral("qz")).isEmpty());
    EXPECT_TRUE(search(temp.db(), QStringLiteral("nobody here")).isEmpty());
    EXPECT_TRUE(search(temp.db(), QStringLiteral("\"王伟\" OR *")).isEmpty());
    EXPECT_TRUE(search(temp.db(), QStringLiteral("\"")).isEmpty());
    EXPECT_TRUE(search(temp.db(), QStringLiteral("--")).isEmpty());
}

TEST_F(CustomerSearch, EditsAndDeletesKeepTheIndexInStep)
{
    CustomerRepository repository(temp.db());
    QSqlQuery q(temp.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT id FROM customers WHERE code = 'C002'")) && q.next());
    Customer c = *repository.findById(q.value(0).toLongLong());
    c.name = QStringLiteral("赵敏");
    c.phone = QStringLiteral("18600001111");
    ASSERT_EQ(repository.update(c), SaveResult::Saved);
    EXPECT_TRUE(search(temp.db(), QStringLiteral("建国")).isEmpty());
    EXPECT_TRUE(search(temp.db(), QStringLiteral("5678")).isEmpty());
    EXPECT_EQ(search(temp.db(), QStringLiteral("赵敏")), QStringList{QStringLiteral("C002")});
    EXPECT_EQ(search(temp.db(), QStringLiteral("0000111")), QStringList{QStringLiteral("C002")});

    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM customers WHERE code = 'C002'")));
    EXPECT_TRUE(search(temp.db(), QStringLiteral("赵敏")).isEmpty());
    // SQLite's full-text tables are kept by triggers: they must still agree with customers.
    // (PostgreSQL's trigram indexes are ordinary indexes.)
    if (!temp.db().isServer()) {
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO customer_search(customer_search) VALUES ('integrity-check')")))
            << q.lastError().text().toStdString();
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO customer_grams(customer_grams) VALUES ('integrity-check')")))
            << q.lastError().text().toStdString();
    }
}

TEST_F(CustomerSearch, CountLeavesOutDeletedCustomers)
{
    EXPECT_EQ(CustomerRepository(temp.db()).count(), 5);
    QSqlQuery q(temp.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE customers SET deleted_at = '2025-01-01T00:00:00Z' WHERE code = 'C001'")));
    EXPECT_EQ(CustomerRepository(temp.db()).count(), 4);
    EXPECT_EQ(search(temp.db(), QStringLiteral("王伟")), QStringList{QStringLiteral("C003")});
}

// A file at schema version 3 (made by the previous release) is upgraded, and the customers it
// already holds become searchable (the step rebuilds the indexes from the table).
TEST(SchemaV4, UpgradesAVersionThreeDatabaseAndIndexesItsCustomers)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.kehu"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        for (int version = 1; version <= 3; ++version) {
            QFile script(QStringLiteral(":/kehu/schema/schema_v%1.sql").arg(version));
            ASSERT_TRUE(script.open(QIODevice::ReadOnly));
            QString error;
            ASSERT_TRUE(Migrations::runScript(db, QString::fromUtf8(script.readAll()), &error)) << error.toStdString();
        }
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Migrations::kApplicationId)));
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = 3")));
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO customers (code, name, name_norm, phone, phone_norm, company, created_at, updated_at) VALUES "
            "('C1', '张建国', '张建国', '139 1234 5678', '13912345678', '何建国美容院', '2025-01-01', '2025-01-01'), "
            "('C2', 'Olivia Wong', 'oliviawong', '', '', '', '2025-01-01', '2025-01-01')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));

    Database::OpenOptions options;
    options.backupBeforeMigration = false;
    auto opened = Database::open(path, options);
    ASSERT_TRUE(opened.database) << opened.message.toStdString();
    EXPECT_GE(opened.database->schemaVersion(), 4);
    Database &db = *opened.database;
    EXPECT_EQ(search(db, QStringLiteral("建国")), QStringList{QStringLiteral("C1")});
    EXPECT_EQ(search(db, QStringLiteral("张")), QStringList{QStringLiteral("C1")});
    EXPECT_EQ(search(db, QStringLiteral("美容")).size(), 0); // 2 characters: names only
    EXPECT_EQ(search(db, QStringLiteral("美容院")), QStringList{QStringLiteral("C1")});
    EXPECT_EQ(search(db, QStringLiteral("345")), QStringList{QStringLiteral("C1")});
    EXPECT_EQ(search(db, QStringLiteral("wong")), QStringList{QStringLiteral("C2")});
    EXPECT_EQ(CustomerRepository(db).count(), 2);
    EXPECT_TRUE(db.quickCheckProblems().isEmpty());
}

TEST(NamePinyin, SyllablesWholeNameTailsAndInitials)
{
    EXPECT_EQ(NamePinyin::searchTerms(u"张建国"), QStringLiteral("zhang jian guo zhangjianguo zjg jianguo jg"));
    EXPECT_EQ(NamePinyin::searchTerms(u"张伟"), QStringLiteral("zhang wei zhangwei zw"));
    EXPECT_EQ(NamePinyin::searchTerms(u"王"), QStringLiteral("wang"));
    // The first character is read as a surname: 单 shan (not dan), 曾 zeng (not ceng).
    EXPECT_EQ(NamePinyin::searchTerms(u"单田芳"), QStringLiteral("shan tian fang shantianfang stf tianfang tf"));
    EXPECT_TRUE(NamePinyin::searchTerms(u"曾国藩").startsWith(QStringLiteral("zeng ")));
    EXPECT_EQ(NamePinyin::searchTerms(u"吕 Lily"), QStringLiteral("lu")); // tone marks and ü dropped
    EXPECT_TRUE(NamePinyin::searchTerms(u"Olivia Wong").isEmpty());
    EXPECT_TRUE(NamePinyin::searchTerms(u"").isEmpty());
}

TEST_F(CustomerSearch, PinyinInFullAndByInitialsFindsChineseNames)
{
    CustomerRepository repository(temp.db());
    ASSERT_GT(repository.insert(customer(QStringLiteral("C005"), QStringLiteral("王芳"))), 0);
    ASSERT_GT(repository.insert(customer(QStringLiteral("C006"), QStringLiteral("张伟"))), 0);
    ASSERT_GT(repository.insertMinimal(QStringLiteral("C007"), QStringLiteral("单田芳")), 0); // the import's path
    const QStringList wang{QStringLiteral("C001"), QStringLiteral("C003"), QStringLiteral("C005")};
    EXPECT_EQ(search(temp.db(), QStringLiteral("wang")), wang); // 王伟, 王伟明, 王芳
    EXPECT_EQ(search(temp.db(), QStringLiteral("Wang")), wang);
    EXPECT_EQ(search(temp.db(), QStringLiteral("zw")), QStringList{QStringLiteral("C006")});
    EXPECT_EQ(search(temp.db(), QStringLiteral("wf")), QStringList{QStringLiteral("C005")});
    EXPECT_EQ(search(temp.db(), QStringLiteral("zhangwei")), QStringList{QStringLiteral("C006")});
    EXPECT_EQ(search(temp.db(), QStringLiteral("zhang wei")), QStringList{QStringLiteral("C006")});
    EXPECT_EQ(search(temp.db(), QStringLiteral("zhang")),
              (QStringList{QStringLiteral("C006"), QStringLiteral("C002")}));
    EXPECT_EQ(search(temp.db(), QStringLiteral("jianguo")), QStringList{QStringLiteral("C002")});
    EXPECT_EQ(search(temp.db(), QStringLiteral("zjg")), QStringList{QStringLiteral("C002")});
    EXPECT_EQ(search(temp.db(), QStringLiteral("shantian")), QStringList{QStringLiteral("C007")});
    EXPECT_TRUE(search(temp.db(), QStringLiteral("ngw")).isEmpty()); // not across syllables
}

TEST_F(CustomerSearch, PinyinFollowsANameChange)
{
    CustomerRepository repository(temp.db());
    Customer c = *repository.findByCode(QStringLiteral("C002"));
    c.name = QStringLiteral("赵敏");
    ASSERT_EQ(repository.update(c), SaveResult::Saved);
    EXPECT_EQ(search(temp.db(), QStringLiteral("zhaomin")), QStringList{QStringLiteral("C002")});
    EXPECT_EQ(search(temp.db(), QStringLiteral("zm")), QStringList{QStringLiteral("C002")});
    EXPECT_TRUE(search(temp.db(), QStringLiteral("zjg")).isEmpty());
    if (!temp.db().isServer()) {
        QSqlQuery q(temp.db().connection());
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO customer_grams(customer_grams) VALUES ('integrity-check')")))
            << q.lastError().text().toStdString();
    }
}

// Codes are found by their start through the code index (C00012: not the trigram index,
// whose lists for "c00" and "000" hold nearly every customer of a large book).
TEST_F(CustomerSearch, CodesByTheirStart)
{
    EXPECT_EQ(search(temp.db(), QStringLiteral("C003")), QStringList{QStringLiteral("C003")});
    EXPECT_EQ(search(temp.db(), QStringLiteral("c003")), QStringList{QStringLiteral("C003")});
    EXPECT_EQ(search(temp.db(), QStringLiteral("x-77")), QStringList{QStringLiteral("X-777")});
}

// A book made before version 7 gets the pinyin of the customers it holds when it is upgraded.
TEST(SchemaV7, UpgradeFillsThePinyinOfExistingCustomers)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v6.kehu"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v6"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QString error;
        ASSERT_TRUE(Migrations::migrate(db, &error, 6)) << error.toStdString();
        QSqlQuery q(db);
        ASSERT_TRUE(
            q.exec(QStringLiteral("INSERT INTO customers (code, name, name_norm, created_at, updated_at) VALUES "
                                  "('C1', '张伟', '张伟', '2025-01-01', '2025-01-01'), "
                                  "('C2', 'Olivia Wong', 'oliviawong', '2025-01-01', '2025-01-01'), "
                                  "('C3', '王芳', '王芳', '2025-01-01', '2025-01-01')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v6"));

    Database::OpenOptions options;
    options.backupBeforeMigration = false;
    auto opened = Database::open(path, options);
    ASSERT_TRUE(opened.database) << opened.message.toStdString();
    EXPECT_GE(opened.database->schemaVersion(), 7);
    Database &db = *opened.database;
    EXPECT_EQ(search(db, QStringLiteral("zw")), QStringList{QStringLiteral("C1")});
    EXPECT_EQ(search(db, QStringLiteral("wang")), QStringList{QStringLiteral("C3")});
    EXPECT_EQ(search(db, QStringLiteral("张伟")), QStringList{QStringLiteral("C1")});
    EXPECT_EQ(search(db, QStringLiteral("wong")), QStringList{QStringLiteral("C2")});
    // The triggers are back: a new customer is indexed at once.
    ASSERT_GT(CustomerRepository(db).insert(customer(QStringLiteral("C4"), QStringLiteral("李娜"))), 0);
    EXPECT_EQ(search(db, QStringLiteral("lina")), QStringList{QStringLiteral("C4")});
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO customer_grams(customer_grams) VALUES ('integrity-check')")))
        << q.lastError().text().toStdString();
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO customer_search(customer_search) VALUES ('integrity-check')")))
        << q.lastError().text().toStdString();
}
