#include "privacy.h"

#include "audittrail.h"
#include "bookstatistics.h"
#include "customerbook.h"
#include "restorepoints.h"
#include "visitrecorder.h"

#include "teambook.h"

#include "../support/printers.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace kehu;

namespace {

/// A customer with a full profile, two purchases, a visit with a note, and an edit in the log.
struct PersonBook
{
    PersonBook()
    {
        Customer c;
        c.code = QStringLiteral("VIP-13800138000");
        c.name = QStringLiteral("王秀英");
        c.phone = QStringLiteral("13800138000");
        c.email = QStringLiteral("wang@example.com");
        c.company = QStringLiteral("秀英商贸");
        c.notes = QStringLiteral("住在幸福路 12 号");
        c.tags = {QStringLiteral("老客户")};
        QString error;
        person = workspace().customers().insert(c, &error);
        EXPECT_GT(person, 0) << error.toStdString();
        QSqlQuery q(temp.db().connection());
        for (const char *sql :
             {"INSERT INTO purchases (customer_id, purchased_on, amount, profit, import_key) VALUES (?, "
              "'2025-03-01', 12000, 3000, 1)",
              "INSERT INTO purchases (customer_id, purchased_on, amount, profit, import_key) VALUES (?, "
              "'2025-06-01', 8050, 2000, 2)"}) {
            q.prepare(QString::fromLatin1(sql));
            q.addBindValue(person);
            EXPECT_TRUE(q.exec());
        }
        VisitDraft visit;
        visit.customerId = person;
        visit.note = QStringLiteral("她说下个月搬家");
        EXPECT_TRUE(workspace().visits().record(visit, &error).has_value()) << error.toStdString();
        Customer edited = *workspace().customers().get(person);
        edited.notes += QStringLiteral("，电话 13800138000");
        EXPECT_EQ(workspace().customers().save(edited, &error), SaveResult::Saved) << error.toStdString();
    }

    Workspace &workspace() { return temp.workspace(); }

    QString scalar(const QString &sql)
    {
        QSqlQuery q(temp.db().connection());
        EXPECT_TRUE(q.exec(sql) && q.next()) << sql.toStdString();
        return q.value(0).toString();
    }

    QByteArray exportedBytes(Privacy::Format format)
    {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QString error;
        EXPECT_TRUE(Privacy(workspace()).exportPerson(person, out, format, &error)) << error.toStdString();
        return out.data();
    }
    QString exported(Privacy::Format format) { return QString::fromUtf8(exportedBytes(format)); }

    test::TempDatabase temp;
    CustomerId person = 0;
};

} // namespace

TEST(Privacy, ExportsEverythingAboutAPersonAsJsonAndCsv)
{
    PersonBook book;
    const QJsonObject json = QJsonDocument::fromJson(book.exported(Privacy::Format::Json).toUtf8()).object();
    const QJsonObject tables = json[QStringLiteral("tables")].toObject();
    EXPECT_EQ(tables[QStringLiteral("customers")].toArray().at(0)[QStringLiteral("name")].toString(),
              QStringLiteral("王秀英"));
    EXPECT_EQ(tables[QStringLiteral("purchases")].toArray().size(), 2);
    EXPECT_EQ(tables[QStringLiteral("visits")].toArray().size(), 1);

    const QByteArray bytes = book.exportedBytes(Privacy::Format::Csv);
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBFtable,row,field,value")) << "with a BOM, for Excel";
    const QString csv = QString::fromUtf8(bytes);
    EXPECT_TRUE(csv.contains(QStringLiteral("customers,1,name,王秀英"))) << csv.toStdString();
    EXPECT_TRUE(csv.contains(QStringLiteral("purchases,2,amount,8050"))) << csv.toStdString();

    AuditQuery query;
    query.action = QStringLiteral("export_person");
    EXPECT_EQ(book.workspace().audit().find(query).size(), 2);
}

TEST(Privacy, ErasingRemovesTheIdentityEverywhereAndKeepsTheFigures)
{
    PersonBook book;
    const QString revenue = book.scalar(QStringLiteral("SELECT sum(amount) FROM purchases"));
    QString error;
    ASSERT_TRUE(Privacy(book.workspace()).erase(book.person, &error)) << error.toStdString();

    const Customer erased = *book.workspace().customers().get(book.person);
    EXPECT_EQ(erased.code, QStringLiteral("ERASED-%1").arg(book.person));
    EXPECT_TRUE(erased.name.isEmpty() && erased.phone.isEmpty() && erased.email.isEmpty() && erased.notes.isEmpty()
                && erased.company.isEmpty() && erased.tags.isEmpty());
    EXPECT_EQ(book.scalar(QStringLiteral("SELECT sum(amount) FROM purchases")), revenue) << "figures stay true";
    EXPECT_EQ(book.scalar(QStringLiteral("SELECT count(*) FROM purchases WHERE customer_id = %1").arg(book.person)),
              QStringLiteral("2"));
    EXPECT_EQ(book.workspace().stats().customerCount(), 1) << "still a customer, an anonymous one";

    // Nothing of them is left anywhere in the book, the audit log included.
    for (const QString &trace : {QStringLiteral("王秀英"), QStringLiteral("13800138000"), QStringLiteral("幸福路"),
                                 QStringLiteral("搬家"), QStringLiteral("wang@example.com")}) {
        SCOPED_TRACE(trace.toStdString());
        EXPECT_FALSE(book.exported(Privacy::Format::Json).contains(trace));
        EXPECT_EQ(book.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE before_json LIKE '%%1%' OR "
                                             "after_json LIKE '%%1%' OR detail LIKE '%%1%'")
                                  .arg(trace)),
                  QStringLiteral("0"));
        CustomerListQuery search;
        search.search = trace;
        EXPECT_TRUE(book.workspace().customers().page(search, std::nullopt, PageDirection::Forward, 10).isEmpty());
    }
    // Who did what and when stays.
    const QList<AuditRecord> history = book.workspace().audit().ofCustomer(book.person);
    const auto erasure = std::find_if(history.cbegin(), history.cend(), [](const AuditRecord &record) {
        return record.entry.action == u"erase_customer";
    });
    ASSERT_NE(erasure, history.cend());
    EXPECT_TRUE(erasure->entry.before.contains(u"erased_fields"));
    EXPECT_TRUE(std::any_of(history.cbegin(), history.cend(), [](const AuditRecord &record) {
        return record.entry.action == u"edit_customer" && record.entry.before.isEmpty();
    })) << "the edit's record stays, without the values it held";
}

TEST(Privacy, ConsentHasItsDay)
{
    PersonBook book;
    Privacy privacy(book.workspace());
    EXPECT_FALSE(privacy.consentSince(book.person));
    ASSERT_TRUE(privacy.setConsent(book.person, true));
    EXPECT_EQ(privacy.consentSince(book.person), QDate::currentDate());
    ASSERT_TRUE(privacy.setConsent(book.person, false));
    EXPECT_FALSE(privacy.consentSince(book.person));
    AuditQuery query;
    query.action = QStringLiteral("set_consent");
    EXPECT_EQ(book.workspace().audit().find(query).size(), 2);
}

TEST(Privacy, DeletedCustomersAreErasedAfterTheRetentionPeriod)
{
    PersonBook book;
    Customer recent;
    recent.code = QStringLiteral("RECENT");
    recent.name = QStringLiteral("刚删除");
    const CustomerId recentId = book.workspace().customers().insert(recent);
    ASSERT_TRUE(book.workspace().customers().setDeleted(book.person, true));
    ASSERT_TRUE(book.workspace().customers().setDeleted(recentId, true));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery q(book.temp.db().connection());
    q.prepare(QStringLiteral("UPDATE customers SET deleted_at = ? WHERE id = ?"));
    q.addBindValue(now.addDays(-(Privacy::kDefaultRetentionDays + 1)).toString(Qt::ISODate));
    q.addBindValue(book.person);
    ASSERT_TRUE(q.exec());

    QString error;
    EXPECT_EQ(Privacy(book.workspace()).eraseExpired(now, &error), 1) << error.toStdString();
    EXPECT_EQ(book.scalar(QStringLiteral("SELECT name FROM customers WHERE id = %1").arg(book.person)), QString());
    EXPECT_EQ(book.scalar(QStringLiteral("SELECT name FROM customers WHERE id = %1").arg(recentId)),
              QStringLiteral("刚删除"))
        << "still within its retention: it can be brought back";
    EXPECT_EQ(Privacy(book.workspace()).eraseExpired(now, &error), 0) << "nothing twice";
}

TEST(Privacy, ARestoreDoesNotBringAnErasedPersonBack)
{
    PersonBook book;
    RestorePoints points(book.workspace());
    const auto before = points.take(QStringLiteral("manual"));
    ASSERT_TRUE(before);
    ASSERT_TRUE(Privacy(book.workspace()).erase(book.person));
    QString error;
    ASSERT_TRUE(points.restore(before->path, {}, &error)) << error.toStdString();
    EXPECT_EQ(book.scalar(QStringLiteral("SELECT name FROM customers WHERE id = %1").arg(book.person)), QString());
    EXPECT_EQ(book.scalar(QStringLiteral("SELECT count(*) FROM purchases WHERE customer_id = %1").arg(book.person)),
              QStringLiteral("2"));
}
