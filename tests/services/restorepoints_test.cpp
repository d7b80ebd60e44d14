#include "restorepoints.h"

#include "audittrail.h"
#include "backupcipher.h"
#include "bookmaintenance.h"
#include "bookstatistics.h"
#include "classificationrunner.h"
#include "customerbook.h"
#include "demowriter.h"
#include "handover.h"
#include "importer.h"
#include "userrepository.h"

#include "teambook.h"

#include "../support/databasedump.h"
#include "../support/printers.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QUndoStack>

using namespace kehu;

namespace {

/// The content of every table but the audit log (which a restore keeps and adds to).
QString contentWithoutLog(Database &db)
{
    QStringList lines = test::dumpContent(db).split(u'\n');
    lines.removeIf([](const QString &line) { return line.startsWith(u"audit_log|"); });
    return lines.join(u'\n');
}

/// Rows per table and the sum of every purchase and visit amount: the figures a restore is
/// checked by besides the full content.
QString countsAndSums(Workspace &workspace)
{
    QStringList figures;
    for (const auto &[table, rows] : BookMaintenance(workspace).tableCounts()) {
        if (table != u"audit_log")
            figures << QStringLiteral("%1=%2").arg(table).arg(rows);
    }
    for (const char *table : {"purchases", "visits"}) {
        QSqlQuery q(workspace.database().connection());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT COALESCE(sum(amount), 0) FROM %1").arg(QLatin1StringView(table))));
        EXPECT_TRUE(q.next());
        figures << QStringLiteral("sum(%1.amount)=%2").arg(QLatin1StringView(table), q.value(0).toString());
    }
    return figures.join(u' ');
}

void fillWithDemo(Workspace &workspace, int customers = 120)
{
    DemoBusiness::Options options;
    options.customers = customers;
    QString error;
    ASSERT_TRUE(DemoWriter(workspace).write(options, nullptr, &error)) << error.toStdString();
    ASSERT_GT(ClassificationRunner(workspace).run(options.endDate, QStringLiteral("demo")).snapshotId, 0);
}

QString writeFile(const QString &dir, const QString &name, const QByteArray &content)
{
    QString path = QDir(dir).filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

} // namespace

TEST(RestorePoints, RestoreReturnsEveryTableToThePointAndKeepsTheLog)
{
    test::TempDatabase temp;
    Workspace &workspace = temp.workspace();
    fillWithDemo(workspace);
    RestorePoints points(workspace);
    QString error;
    const auto point = points.take(QStringLiteral("manual"), {}, &error);
    ASSERT_TRUE(point) << error.toStdString();
    const QString content = contentWithoutLog(workspace.database());
    const QString figures = countsAndSums(workspace);

    // Changes of every kind after the point: an import, a new customer, a handover, a delete.
    ImportRequest request;
    request.path = writeFile(temp.dir(), QStringLiteral("more.csv"), "customer,date,amount\nNEW1,2025-12-01,99.50\n");
    ASSERT_TRUE(workspace.importer().run(request).failure.isEmpty());
    Customer added;
    added.code = QStringLiteral("ADDED");
    added.name = QStringLiteral("新客户");
    ASSERT_GT(workspace.customers().insert(added), 0);
    CustomerListQuery everyone;
    const auto plan = Handover(workspace).plan(everyone, QStringLiteral("接手的人"), &error);
    ASSERT_TRUE(plan && Handover(workspace).handOver(*plan, &error)) << error.toStdString();
    ASSERT_TRUE(workspace.customers().setDeleted(1, true));
    ASSERT_NE(contentWithoutLog(workspace.database()), content);
    const qsizetype logBefore = workspace.audit().find(AuditQuery{}).size();

    ASSERT_TRUE(points.restore(point->path, {}, &error)) << error.toStdString();
    EXPECT_EQ(countsAndSums(workspace), figures);
    EXPECT_EQ(contentWithoutLog(workspace.database()), content);
    EXPECT_EQ(workspace.undoStack()->count(), 0) << "nothing to undo across a restore";

    AuditQuery query;
    query.action = QStringLiteral("hand_over");
    EXPECT_EQ(workspace.audit().find(query).size(), 1) << "the log keeps what happened after the point";
    query.action = QStringLiteral("restore");
    EXPECT_EQ(workspace.audit().find(query).size(), 1);
    EXPECT_EQ(workspace.audit().find(AuditQuery{}).size(), logBefore + 1) << "every record, and the restore's";
}

TEST(RestorePoints, ARestoreIsUndoneByTheOneTakenBeforeIt)
{
    test::TempDatabase temp;
    Workspace &workspace = temp.workspace();
    fillWithDemo(workspace, 40);
    RestorePoints points(workspace);
    const auto early = points.take(QStringLiteral("manual"));
    ASSERT_TRUE(early);
    Customer added;
    added.code = QStringLiteral("LATE");
    ASSERT_GT(workspace.customers().insert(added), 0);
    const QString late = contentWithoutLog(workspace.database());

    ASSERT_TRUE(points.restore(early->path));
    const QList<RestorePoint> all = points.list();
    const auto before = std::find_if(all.cbegin(), all.cend(),
                                     [](const RestorePoint &p) { return p.reason == u"before_restore"; });
    ASSERT_NE(before, all.cend());
    ASSERT_TRUE(points.restore(before->path));
    EXPECT_EQ(contentWithoutLog(workspace.database()), late);
}

TEST(RestorePoints, AnEncryptedPointNeedsItsPassphrase)
{
    test::TempDatabase temp;
    Workspace &workspace = temp.workspace();
    fillWithDemo(workspace, 30);
    RestorePoints points(workspace);
    QString error;
    EXPECT_FALSE(points.take(QStringLiteral("manual"), QStringLiteral("short"), &error)) << "a weak passphrase";
    const auto point = points.take(QStringLiteral("manual"), QStringLiteral("a long passphrase"), &error);
    ASSERT_TRUE(point) << error.toStdString();
    EXPECT_TRUE(point->encrypted);
    EXPECT_TRUE(BackupCipher::isEncrypted(point->path));
    QFile file(point->path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_FALSE(file.readAll().contains("SQLite format 3")) << "nothing readable without the passphrase";
    EXPECT_EQ(QDir(points.folder()).entryList(QDir::Files).size(), 1) << "no plain copy left beside it";

    Customer added;
    added.code = QStringLiteral("AFTER");
    ASSERT_GT(workspace.customers().insert(added), 0);
    const QString changed = contentWithoutLog(workspace.database());
    EXPECT_FALSE(points.restore(point->path, QStringLiteral("the wrong one"), &error));
    EXPECT_TRUE(error.contains(u"passphrase")) << error.toStdString();
    EXPECT_EQ(contentWithoutLog(workspace.database()), changed) << "a refused restore changes nothing";
    ASSERT_TRUE(points.restore(point->path, QStringLiteral("a long passphrase"), &error)) << error.toStdString();
    EXPECT_NE(contentWithoutLog(workspace.database()), changed);
}

TEST(RestorePoints, ARiskyWriteTakesOneFirstButNotOneEachInARow)
{
    test::TempDatabase temp;
    Workspace &workspace = temp.workspace();
    RestorePoints points(workspace);
    EXPECT_TRUE(points.list().isEmpty());
    ImportRequest request;
    request.path = writeFile(temp.dir(), QStringLiteral("a.csv"), "customer,date,amount\nA1,2025-12-01,10.00\n");
    ASSERT_TRUE(workspace.importer().run(request).failure.isEmpty());
    ASSERT_EQ(points.list().size(), 1);
    EXPECT_EQ(points.list().constFirst().reason, QStringLiteral("import"));
    request.path = writeFile(temp.dir(), QStringLiteral("b.csv"), "customer,date,amount\nB1,2025-12-02,10.00\n");
    ASSERT_TRUE(workspace.importer().run(request).failure.isEmpty());
    EXPECT_EQ(points.list().size(), 1) << "another within " << RestorePoints::kQuietMinutes << " minutes";

    // The point holds the book as it was before the import: empty.
    ASSERT_TRUE(points.restore(points.list().constFirst().path));
    EXPECT_EQ(workspace.stats().customerCount(), 0);
}

TEST(RestorePoints, PruningKeepsTheNewestAndTheRecent)
{
    test::TempDatabase temp;
    RestorePoints points(temp.workspace());
    ASSERT_TRUE(points.take(QStringLiteral("manual")));
    const QString model = points.list().constFirst().path;
    // Old points, as if taken over the last months.
    for (int day = 20; day < 40; ++day) {
        const QString name = QDateTime::currentDateTimeUtc().addDays(-day).toString(QStringLiteral("yyyyMMdd-HHmmss"))
                             + QStringLiteral("-daily.kehu");
        ASSERT_TRUE(QFile::copy(model, QDir(points.folder()).filePath(name)));
    }
    ASSERT_EQ(points.list().size(), 21);
    EXPECT_EQ(points.prune(), 21 - RestorePoints::kKeepNewest);
    EXPECT_EQ(points.list().size(), RestorePoints::kKeepNewest);
    EXPECT_EQ(points.list().constFirst().path, model);
}

TEST(RestorePoints, OnlyOwnersRestoreAndWhoWorksIsLookedUpAgain)
{
    test::TeamBook book;
    RestorePoints points(book.workspace());
    const auto point = points.take(QStringLiteral("manual"));
    ASSERT_TRUE(point);
    UserDirectory users(book.workspace(), PasswordHasher::Cost::Minimal);
    ASSERT_TRUE(users.add(QStringLiteral("新人"), Role::Staff, {}, QStringLiteral("a long password")));

    ASSERT_TRUE(book.signInAs(Role::Manager));
    QString error;
    EXPECT_FALSE(points.restore(point->path, {}, &error));
    EXPECT_EQ(book.refusals(QStringLiteral("restore_backup")), 1);

    ASSERT_TRUE(book.signInAs(Role::Owner));
    ASSERT_TRUE(points.restore(point->path, {}, &error)) << error.toStdString();
    EXPECT_FALSE(UserRepository(book.db()).find(QStringLiteral("新人"))) << "users are part of the book";
    ASSERT_TRUE(book.workspace().actor());
    EXPECT_EQ(book.workspace().actor()->name, test::TeamBook::nameOf(Role::Owner));
}

TEST(BackupCipher, RefusesAChangedCutOrLengthenedFileAndLeavesNothing)
{
    QTemporaryDir dir;
    QByteArray plain;
    for (int i = 0; i < 300000; ++i)
        plain.append(char('a' + i % 26));
    const QString plainPath = writeFile(dir.path(), QStringLiteral("plain"), plain);
    const QString sealed = dir.filePath(QStringLiteral("sealed"));
    QString error;
    ASSERT_TRUE(BackupCipher::encrypt(plainPath, sealed, QStringLiteral("a long passphrase"), &error))
        << error.toStdString();
    QFile file(sealed);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray cipher = file.readAll();

    const QString out = dir.filePath(QStringLiteral("out"));
    ASSERT_TRUE(BackupCipher::decrypt(sealed, out, QStringLiteral("a long passphrase"), &error)) << error.toStdString();
    QFile decrypted(out);
    ASSERT_TRUE(decrypted.open(QIODevice::ReadOnly));
    EXPECT_EQ(decrypted.readAll(), plain);
    QFile::remove(out);

    QByteArray flipped = cipher;
    flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 1);
    QByteArray costChanged = cipher;
    costChanged[8] = char(costChanged[8] ^ 1);
    const std::pair<const char *, QByteArray> hostile[] = {
        {"a byte changed", flipped},
        {"the cost in the header changed", costChanged},
        {"cut off", cipher.left(cipher.size() - 100)},
        {"something appended", cipher + QByteArray("more")},
    };
    for (const auto &[what, bytes] : hostile) {
        SCOPED_TRACE(what);
        const QString path = writeFile(dir.path(), QStringLiteral("hostile"), bytes);
        EXPECT_FALSE(BackupCipher::decrypt(path, out, QStringLiteral("a long passphrase"), &error));
        EXPECT_FALSE(error.isEmpty());
        EXPECT_FALSE(QFile::exists(out)) << "nothing of a refused file is written";
        QFile::remove(path);
    }
}

TEST(RestorePoints, ABadFileIsRefusedAndTheBookStaysAsItWas)
{
    test::TempDatabase temp;
    Workspace &workspace = temp.workspace();
    fillWithDemo(workspace, 20);
    const QString before = contentWithoutLog(workspace.database());
    RestorePoints points(workspace);
    QString error;
    const QString text = writeFile(temp.dir(), QStringLiteral("notes.kehu"), "not a book at all\n");
    EXPECT_FALSE(points.restore(text, {}, &error));
    EXPECT_FALSE(error.isEmpty());

    // A Kehu book cut in half: SQLite's check at open refuses it before anything is replaced.
    const auto point = points.take(QStringLiteral("manual"));
    ASSERT_TRUE(point);
    QFile whole(point->path);
    ASSERT_TRUE(whole.open(QIODevice::ReadOnly));
    const QString cut = writeFile(temp.dir(), QStringLiteral("cut.kehu"), whole.read(whole.size() / 2));
    error.clear();
    EXPECT_FALSE(points.restore(cut, {}, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(contentWithoutLog(workspace.database()), before);
    EXPECT_EQ(workspace.stats().customerCount(), 20);
}

TEST(RestorePoints, APointFromTheFutureDoesNotStopTheNextOnes)
{
    test::TempDatabase temp;
    RestorePoints points(temp.workspace());
    ASSERT_TRUE(points.take(QStringLiteral("manual")));
    const QString future = QDateTime::currentDateTimeUtc().addDays(3).toString(QStringLiteral("yyyyMMdd-HHmmss"));
    ASSERT_TRUE(QFile::rename(points.list().constFirst().path,
                              QDir(points.folder()).filePath(future + QStringLiteral("-manual.kehu"))));
    ASSERT_TRUE(points.takeBeforeRiskyWrite(QStringLiteral("import")));
    EXPECT_EQ(points.list().size(), 2) << "a clock set back must not end automatic points";
}
