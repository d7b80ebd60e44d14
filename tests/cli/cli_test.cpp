#include "customerbook.h"
#include "userdirectory.h"
#include "workspace.h"

#include "../support/clirunner.h"

#include "../support/printers.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace kehu;
using kehu::test::runCli;

TEST(Cli, HelpListsCommandsAndExitsZero)
{
    const auto run = runCli({QStringLiteral("--help")});
    EXPECT_EQ(run.exitCode, 0);
    for (const char *command : {"init", "stats", "demo"})
        EXPECT_TRUE(run.out.contains(QLatin1StringView(command))) << command;
}

TEST(Cli, EveryCommandHasHelp)
{
    for (const char *command : {"init", "stats", "demo", "backup", "check"}) {
        const auto run = runCli({QLatin1StringView(command).toString(), QStringLiteral("--help")});
        EXPECT_EQ(run.exitCode, 0) << command;
        EXPECT_TRUE(run.out.contains(QStringLiteral("--db"))) << command;
    }
}

TEST(Cli, UnknownCommandAndMissingDatabaseAreUserErrors)
{
    EXPECT_EQ(runCli({QStringLiteral("frobnicate")}).exitCode, 1);
    QTemporaryDir dir;
    const auto run = runCli(
        {QStringLiteral("--db"), dir.filePath(QStringLiteral("absent.kehu")), QStringLiteral("stats")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("no such file"))) << run.err.toStdString();
}

TEST(Cli, InitDemoStatsEndToEnd)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("shop.kehu"));
    EXPECT_EQ(runCli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
    const auto demo = runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--customers"),
                              QStringLiteral("150"), QStringLiteral("--seed"), QStringLiteral("3")});
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    const auto stats = runCli({QStringLiteral("stats"), QStringLiteral("--db"), db});
    ASSERT_EQ(stats.exitCode, 0) << stats.err.toStdString();
    EXPECT_TRUE(stats.out.contains(QRegularExpression(QStringLiteral("customers\\s+150\\b"))))
        << stats.out.toStdString();

    // A second demo into the same database is refused and changes nothing.
    const auto again = runCli({QStringLiteral("--db"), db, QStringLiteral("demo")});
    EXPECT_EQ(again.exitCode, 1);
    const auto statsAfter = runCli({QStringLiteral("stats"), QStringLiteral("--db"), db});
    EXPECT_EQ(statsAfter.out, stats.out);
}

// Issue 9: the demo book is in the user's language (--language, default from the locale).
TEST(Cli, DemoLanguageChoosesTheWordsOfTheBook)
{
    QTemporaryDir dir;
    const auto han = QRegularExpression(QStringLiteral("\\p{Han}"));
    QString exported[2];
    const char *languages[] = {"en", "zh_CN"};
    for (int i = 0; i < 2; ++i) {
        const QString db = dir.filePath(QStringLiteral("demo-%1.kehu").arg(QLatin1StringView(languages[i])));
        const auto demo = runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--customers"),
                                  QStringLiteral("60"), QStringLiteral("--language"),
                                  QLatin1StringView(languages[i]).toString()});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
        const auto run = runCli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("customers")});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        exported[i] = run.out;
    }
    EXPECT_FALSE(exported[0].contains(han)) << exported[0].left(400).toStdString();
    EXPECT_TRUE(exported[1].contains(han));
    const auto bad = runCli({QStringLiteral("--db"), dir.filePath(QStringLiteral("x.kehu")), QStringLiteral("demo"),
                             QStringLiteral("--language"), QStringLiteral("fr")});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("--language"))) << bad.err.toStdString();
}

// Issue 12: a book with users asks kehu-cli to sign in, and serves each person what their role allows.
TEST(Cli, ABookWithUsersSignsInAndServesWhatTheRoleAllows)
{
    const QString password = QStringLiteral("correct horse battery");
    test::TempDatabase temp;
    {
        UserDirectory users(temp.workspace(), PasswordHasher::Cost::Minimal);
        QString error;
        ASSERT_TRUE(users.add(QStringLiteral("老板"), Role::Owner, {}, password, &error)) << error.toStdString();
        ASSERT_TRUE(users.add(QStringLiteral("小王"), Role::Staff, {}, password, &error)) << error.toStdString();
    }
    temp.close();
    const QStringList exportCustomers{QStringLiteral("export"), QStringLiteral("customers"), QStringLiteral("--db"),
                                      temp.path()};

    const auto anonymous = runCli(exportCustomers);
    EXPECT_NE(anonymous.exitCode, 0);
    EXPECT_TRUE(anonymous.err.contains(u"--user")) << anonymous.err.toStdString();

    const auto wrong = runCli(exportCustomers + QStringList{QStringLiteral("--user"), QStringLiteral("老板")},
                              {{QStringLiteral("KEHU_PASSWORD"), QStringLiteral("guess")}});
    EXPECT_NE(wrong.exitCode, 0);
    EXPECT_TRUE(wrong.err.contains(u"Wrong user name or password")) << wrong.err.toStdString();

    const auto noPassword = runCli(exportCustomers + QStringList{QStringLiteral("--user"), QStringLiteral("老板")});
    EXPECT_NE(noPassword.exitCode, 0);
    EXPECT_TRUE(noPassword.err.contains(u"KEHU_PASSWORD")) << noPassword.err.toStdString();

    const auto owner = runCli(exportCustomers, {{QStringLiteral("KEHU_USER"), QStringLiteral("老板")},
                                                {QStringLiteral("KEHU_PASSWORD"), password}});
    EXPECT_EQ(owner.exitCode, 0) << owner.err.toStdString();

    const auto staff = runCli(exportCustomers + QStringList{QStringLiteral("--user"), QStringLiteral("小王")},
                              {{QStringLiteral("KEHU_PASSWORD"), password}});
    EXPECT_NE(staff.exitCode, 0);
    EXPECT_TRUE(staff.err.contains(u"may not export")) << staff.err.toStdString();
}

TEST(Cli, HandoverCountsOnADryRunAndThenGivesTheCustomersAway)
{
    test::TempDatabase temp;
    ASSERT_GT(temp.addCustomer(QStringLiteral("C1"), QStringLiteral("李娜"), {}, QStringLiteral("小王")), 0);
    ASSERT_GT(temp.addCustomer(QStringLiteral("C2"), QStringLiteral("张伟"), {}, QStringLiteral("小王")), 0);
    ASSERT_GT(temp.addCustomer(QStringLiteral("C3"), QStringLiteral("王芳"), {}, QStringLiteral("小张")), 0);
    temp.close();
    const QStringList handover{QStringLiteral("handover"), QStringLiteral("--db"), temp.path(),
                               QStringLiteral("--from"),   QStringLiteral("小王"), QStringLiteral("--to"),
                               QStringLiteral("小李")};

    const auto noCondition = runCli({QStringLiteral("handover"), QStringLiteral("--db"), temp.path(),
                                     QStringLiteral("--to"), QStringLiteral("小李")});
    EXPECT_EQ(noCondition.exitCode, 1);
    EXPECT_TRUE(noCondition.err.contains(u"--all")) << noCondition.err.toStdString();

    const auto dryRun = runCli(handover + QStringList{QStringLiteral("--dry-run")});
    EXPECT_EQ(dryRun.exitCode, 0) << dryRun.err.toStdString();
    EXPECT_TRUE(dryRun.out.contains(u"2 customers would go to 小李")) << dryRun.out.toStdString();

    const auto done = runCli(handover);
    EXPECT_EQ(done.exitCode, 0) << done.err.toStdString();
    EXPECT_TRUE(done.out.contains(u"2 customers and 0 open follow-ups handed over to 小李")) << done.out.toStdString();

    temp.reopen();
    CustomerListQuery query;
    query.filter.owner = QStringLiteral("小李");
    EXPECT_EQ(temp.workspace().customers().page(query, std::nullopt, PageDirection::Forward, 10).size(), 2);
}

TEST(Cli, BackupTakesRestorePointsAndEncryptedCopiesThatRestoreBrings)
{
    test::TempDatabase temp;
    ASSERT_GT(temp.addCustomer(QStringLiteral("C1"), QStringLiteral("李娜")), 0);
    temp.close();
    const QStringList db{QStringLiteral("--db"), temp.path()};
    const QHash<QString, QString> passphrase{{QStringLiteral("KEHU_BACKUP_PASSPHRASE"), QStringLiteral("a long one")}};

    const auto point = runCli(QStringList{QStringLiteral("backup")} + db);
    ASSERT_EQ(point.exitCode, 0) << point.err.toStdString();
    EXPECT_TRUE(point.out.contains(u"manual.kehu")) << point.out.toStdString();
    const QString copy = QDir(temp.dir()).filePath(QStringLiteral("copy.bak"));
    const auto encrypted = runCli(QStringList{QStringLiteral("backup")} + db
                                      + QStringList{QStringLiteral("--encrypt"), QStringLiteral("--out"), copy},
                                  passphrase);
    ASSERT_EQ(encrypted.exitCode, 0) << encrypted.err.toStdString();
    const auto listed = runCli(QStringList{QStringLiteral("backup"), QStringLiteral("--list")} + db);
    EXPECT_TRUE(listed.out.startsWith(u"1 restore points")) << listed.out.toStdString();

    temp.reopen();
    Customer later;
    later.code = QStringLiteral("C2");
    ASSERT_GT(temp.workspace().customers().insert(later), 0);
    temp.close();

    const auto noPassphrase = runCli(QStringList{QStringLiteral("restore"), copy} + db);
    EXPECT_EQ(noPassphrase.exitCode, 1);
    EXPECT_TRUE(noPassphrase.err.contains(u"KEHU_BACKUP_PASSPHRASE")) << noPassphrase.err.toStdString();
    const auto wrong = runCli(QStringList{QStringLiteral("restore"), copy} + db,
                              {{QStringLiteral("KEHU_BACKUP_PASSPHRASE"), QStringLiteral("not the one")}});
    EXPECT_EQ(wrong.exitCode, 1);
    const auto restored = runCli(QStringList{QStringLiteral("restore"), copy} + db, passphrase);
    ASSERT_EQ(restored.exitCode, 0) << restored.err.toStdString();
    EXPECT_TRUE(restored.out.contains(u"customers: 1")) << restored.out.toStdString();
}

TEST(Cli, PrivacyExportsAPersonAndErasesThemOnlyWhenToldYes)
{
    test::TempDatabase temp;
    ASSERT_GT(temp.addCustomer(QStringLiteral("P1"), QStringLiteral("赵敏"), QStringLiteral("13700137000")), 0);
    temp.close();
    const QStringList db{QStringLiteral("--db"), temp.path()};
    const QString out = QDir(temp.dir()).filePath(QStringLiteral("person.json"));
    const auto exported = runCli(QStringList{QStringLiteral("privacy"), QStringLiteral("export"),
                                             QStringLiteral("--customer"), QStringLiteral("P1"),
                                             QStringLiteral("--out"), out}
                                 + db);
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(file.readAll()).contains(u"赵敏"));

    const QStringList erase{QStringLiteral("privacy"), QStringLiteral("erase"), QStringLiteral("--customer"),
                            QStringLiteral("P1")};
    const auto unsure = runCli(erase + db);
    EXPECT_EQ(unsure.exitCode, 1);
    EXPECT_TRUE(unsure.err.contains(u"--yes")) << unsure.err.toStdString();
    const auto erased = runCli(erase + db + QStringList{QStringLiteral("--yes")});
    ASSERT_EQ(erased.exitCode, 0) << erased.err.toStdString();
    const auto again = runCli(QStringList{QStringLiteral("privacy"), QStringLiteral("export"),
                                          QStringLiteral("--customer"), QStringLiteral("P1")}
                              + db);
    EXPECT_EQ(again.exitCode, 1) << "the code went with the identity";

    const auto purge = runCli(QStringList{QStringLiteral("privacy"), QStringLiteral("purge")} + db);
    EXPECT_EQ(purge.exitCode, 0) << purge.err.toStdString();
    EXPECT_TRUE(purge.out.contains(u"0 deleted customers erased")) << purge.out.toStdString();
}
