#include "models/visitentry.h"

#include "models/workspace.h"
#include "storage/activityrepository.h"
#include "storage/customerrepository.h"

#include "../support/printers.h"
#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

#include <QLocale>

using namespace kehu;

TEST(VisitEntry, ParsesAmountsAsTyped)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_EQ(VisitEntry::parseAmount(QStringLiteral("1,280.50")), 128050);
    EXPECT_EQ(VisitEntry::parseAmount(QStringLiteral("¥ 99")), 9900);
    EXPECT_EQ(VisitEntry::parseAmount(QStringLiteral("１２８")), 12800);
    EXPECT_EQ(VisitEntry::parseAmount(QStringLiteral("")), std::nullopt);
    EXPECT_EQ(VisitEntry::parseAmount(QStringLiteral("abc")), std::nullopt);
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
