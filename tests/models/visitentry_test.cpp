#include "visitentry.h"

#include "activityrepository.h"
#include "customerrepository.h"
#include "followuprepository.h"
#include "labels.h"
#include "moneyparser.h"
#include "workspace.h"

#include "../support/printers.h"
#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

#include <QLocale>
#include <QSignalSpy>

using namespace kehu;

// The visit entry form reads its amount with MoneyParser in the book's currency and the user's locale.
TEST(VisitEntry, ParsesAmountsAsTyped)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto parseAmount = [](const QString &text) { return MoneyParser(Currency(u"CNY")).parse(text).minorUnits(); };
    EXPECT_EQ(parseAmount(QStringLiteral("1,280.50")), 128050);
    EXPECT_EQ(parseAmount(QStringLiteral("¥ 99")), 9900);
    EXPECT_EQ(parseAmount(QStringLiteral("１２８")), 12800);
    EXPECT_EQ(parseAmount(QStringLiteral("")), std::nullopt);
    EXPECT_EQ(parseAmount(QStringLiteral("abc")), std::nullopt);
    EXPECT_EQ(parseAmount(QStringLiteral("12.345")), std::nullopt); // no half fen
}

TEST(VisitEntry, CreatesTheCustomerInlineAndStoresVisitAndSurvey)
{
    test::TempDatabase temp;
    Workspace workspace(std::move(Database::open(temp.path()).database));
    temp.close();
    VisitDraft draft;
    draft.newName = QStringLiteral("赵敏");
    draft.newPhone = QStringLiteral("139 0000 1111");
    draft.kind = VisitKind::Call;
    draft.amount = 5000;
    draft.satisfaction = 4;
    draft.nps = 9;
    draft.npsReason = QStringLiteral("服务好");
    draft.nextFollowUp = QDate(2030, 1, 2);
    QString error;
    const CustomerId id = VisitEntry(workspace).save(draft, &error);
    ASSERT_GT(id, 0) << error.toStdString();
    const auto customer = CustomerRepository(workspace.database()).findById(id);
    ASSERT_TRUE(customer);
    EXPECT_EQ(customer->name, QStringLiteral("赵敏"));
    const ActivityRepository activity(workspace.database());
    const auto visits = activity.visitsOf(id);
    ASSERT_EQ(visits.size(), 1);
    EXPECT_EQ(visits.at(0).kind, VisitKind::Call);
    EXPECT_EQ(visits.at(0).amount, 5000);
    EXPECT_EQ(visits.at(0).satisfaction, 4);
    EXPECT_EQ(visits.at(0).nextFollowUp, QDate(2030, 1, 2));
    const auto surveys = activity.surveysOf(id);
    ASSERT_EQ(surveys.size(), 1);
    EXPECT_EQ(surveys.at(0).nps, 9);
    EXPECT_EQ(surveys.at(0).comment, QStringLiteral("服务好"));
}

TEST(VisitEntry, RejectsADraftWithoutCustomerAndWritesNothing)
{
    test::TempDatabase temp;
    VisitDraft draft;
    draft.satisfaction = 6;
    EXPECT_FALSE(VisitEntry::validate(draft).isEmpty());
    draft.newName = QStringLiteral("x");
    EXPECT_FALSE(VisitEntry::validate(draft).isEmpty()); // satisfaction out of range
    draft.satisfaction = 5;
    EXPECT_TRUE(VisitEntry::validate(draft).isEmpty());
    Workspace workspace(std::move(Database::open(temp.path()).database));
    temp.close();
    VisitDraft empty;
    QString error;
    EXPECT_EQ(VisitEntry(workspace).save(empty, &error), 0);
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(CustomerRepository(workspace.database()).count(), 0);
}

// "Next follow-up" ticked: the visit and the follow-up are written together, the follow-up
// assigned to the visit's staff or else the customer's owner; a failing write leaves neither.
TEST(VisitEntry, ANextFollowUpBecomesAFollowUpOfTheOwner)
{
    test::TempDatabase temp;
    Customer c;
    c.code = QStringLiteral("C0001");
    c.name = QStringLiteral("王伟");
    c.owner = QStringLiteral("李娜");
    const CustomerId id = CustomerRepository(temp.db()).insert(c);
    ASSERT_GT(id, 0);
    temp.close();
    Workspace workspace(std::move(Database::open(temp.path()).database));
    QSignalSpy changed(&workspace, &Workspace::followUpsChanged);

    VisitDraft draft;
    draft.customerId = id;
    draft.nextFollowUp = QDate(2030, 3, 4);
    QString error;
    ASSERT_EQ(VisitEntry(workspace).save(draft, &error), id) << error.toStdString();
    FollowUpRepository::Query all;
    all.today = QDate(2030, 1, 1);
    auto open = FollowUpRepository(workspace.database()).open(all);
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open.at(0).followUp.customerId, id);
    EXPECT_EQ(open.at(0).followUp.dueOn, QDate(2030, 3, 4));
    EXPECT_EQ(open.at(0).followUp.assignee, QStringLiteral("李娜"));
    EXPECT_EQ(open.at(0).followUp.reason, QString(VisitEntry::kFollowUpReason));
    EXPECT_NE(Labels::followUpReason(open.at(0).followUp.reason), open.at(0).followUp.reason);
    EXPECT_EQ(changed.count(), 1);

    // With staff named, the staff member follows up.
    draft.staff = QStringLiteral("Anna");
    draft.nextFollowUp = QDate(2030, 3, 5);
    ASSERT_EQ(VisitEntry(workspace).save(draft, &error), id) << error.toStdString();
    open = FollowUpRepository(workspace.database()).open(all);
    ASSERT_EQ(open.size(), 2);
    EXPECT_EQ(open.at(1).followUp.assignee, QStringLiteral("Anna"));

    // Without the box ticked: a visit, no follow-up.
    draft.nextFollowUp.reset();
    ASSERT_EQ(VisitEntry(workspace).save(draft, &error), id) << error.toStdString();
    EXPECT_EQ(FollowUpRepository(workspace.database()).open(all).size(), 2);
    EXPECT_EQ(ActivityRepository(workspace.database()).visitsOf(id).size(), 3);
    EXPECT_EQ(changed.count(), 2);

    // When the follow-up cannot be written, the visit is not stored either (one transaction).
    ASSERT_TRUE(test::refuseInserts(workspace.database(), QStringLiteral("followups"), QStringLiteral("refused")));
    draft.nextFollowUp = QDate(2030, 3, 6);
    EXPECT_EQ(VisitEntry(workspace).save(draft, &error), 0);
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(ActivityRepository(workspace.database()).visitsOf(id).size(), 3);
    EXPECT_EQ(FollowUpRepository(workspace.database()).open(all).size(), 2);
}
