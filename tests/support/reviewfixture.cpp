#include "reviewfixture.h"

#include "activitywriter.h"
#include "customerrepository.h"
#include "database.h"
#include "followuprepository.h"
#include "transaction.h"

#include <gtest/gtest.h>

namespace kehu::test {

namespace {

/// Seven customers over three owners and regions; two of them distributors.
QHash<QString, CustomerId> addPeople(Database &db)
{
    struct Person
    {
        const char16_t *code;
        const char16_t *name;
        const char16_t *owner;
        const char16_t *region;
        bool distributor;
    };
    const Person people[] = {
        {u"C1", u"李雷", u"王芳", u"华东", false},     {u"C2", u"韩梅梅", u"王芳", u"华东", true},
        {u"C3", u"Acme Ltd", u"张伟", u"华北", false}, {u"C4", u"陈晨", u"张伟", u"华北", false},
        {u"C5", u"赵敏", u"李娜", u"华南", false},     {u"C6", u"New Co", u"李娜", u"华南", true},
        {u"C7", u"周杰", u"李娜", u"华南", false},
    };
    QHash<QString, CustomerId> ids;
    CustomerRepository customers(db);
    for (const Person &p : people) {
        Customer c;
        c.code = QString::fromUtf16(p.code);
        c.name = QString::fromUtf16(p.name);
        c.owner = QString::fromUtf16(p.owner);
        c.region = QString::fromUtf16(p.region);
        c.channel = QStringLiteral("store");
        c.type = p.distributor ? CustomerType::Distributor : CustomerType::EndCustomer;
        QString error;
        const CustomerId id = customers.insert(c, &error);
        EXPECT_NE(id, 0) << error.toStdString();
        ids.insert(c.code, id);
    }
    return ids;
}

/// Purchases over 2024-2025, a visit and four survey answers, in one transaction.
void addActivities(Database &db, const QHash<QString, CustomerId> &ids)
{
    struct Sale
    {
        const char16_t *code;
        QDate date;
        MinorUnits amount;
    };
    const Sale sales[] = {
        {u"C1", {2025, 1, 10}, 100000}, {u"C1", {2025, 8, 1}, 100000},  {u"C1", {2025, 11, 1}, 100000},
        {u"C2", {2025, 2, 1}, 10000},   {u"C2", {2025, 12, 1}, 600000}, {u"C3", {2025, 3, 1}, 150000},
        {u"C4", {2025, 5, 1}, 30000},   {u"C5", {2025, 6, 1}, 5000},    {u"C6", {2025, 10, 15}, 20000},
        {u"C7", {2024, 6, 1}, 250000},
    };
    Transaction transaction(db.connection());
    ActivityWriter writer(db);
    for (const Sale &s : sales) {
        Purchase p;
        p.customerId = ids.value(QString::fromUtf16(s.code));
        p.date = s.date;
        p.amount = s.amount;
        EXPECT_EQ(writer.addPurchase(p, ActivityWriter::rowKey(s.amount, 0)), ActivityWriter::Result::Inserted)
            << writer.errorText().toStdString();
    }
    Visit v;
    v.customerId = ids.value(QStringLiteral("C1"));
    v.time = QDateTime(QDate(2025, 11, 2), QTime(10, 0));
    v.kind = VisitKind::Store;
    v.satisfaction = 4;
    EXPECT_EQ(writer.addVisit(v), ActivityWriter::Result::Inserted);
    struct Answer
    {
        const char16_t *code;
        QDate date;
        std::optional<int> nps;
        std::optional<int> csat;
    };
    const Answer answers[] = {
        {u"C1", {2025, 11, 5}, 10, 5},
        {u"C2", {2025, 12, 5}, 9, std::nullopt},
        {u"C3", {2025, 10, 20}, 3, 2},
        {u"C5", {2025, 7, 1}, 7, std::nullopt},
    };
    for (const Answer &a : answers) {
        SurveyResponse s;
        s.customerId = ids.value(QString::fromUtf16(a.code));
        s.date = a.date;
        s.nps = a.nps;
        s.csat = a.csat;
        EXPECT_EQ(writer.addSurvey(s), ActivityWriter::Result::Inserted);
    }
    EXPECT_TRUE(transaction.commit());
}

/// An open follow-up for C3 and a done one for C1.
void addFollowUps(Database &db, const QHash<QString, CustomerId> &ids)
{
    FollowUpRepository followUps(db);
    FollowUp open;
    open.customerId = ids.value(QStringLiteral("C3"));
    open.dueOn = QDate(2025, 12, 10);
    open.reason = QStringLiteral("call back about the offer");
    EXPECT_NE(followUps.add(open), 0);
    FollowUp done;
    done.customerId = ids.value(QStringLiteral("C1"));
    done.dueOn = QDate(2025, 11, 15);
    done.doneOn = QDate(2025, 11, 10);
    done.assignee = QStringLiteral("王芳");
    EXPECT_NE(followUps.add(done), 0);
}

} // namespace

QHash<QString, CustomerId> fillReviewFixture(Database &db)
{
    QHash<QString, CustomerId> ids = addPeople(db);
    addActivities(db, ids);
    addFollowUps(db, ids);
    return ids;
}

} // namespace kehu::test
