#include "surveyentry.h"

#include "activityrepository.h"
#include "customerrepository.h"
#include "workspace.h"

#include "../support/printers.h"
#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

#include <QSignalSpy>

using namespace kehu;

TEST(SurveyEntry, ValidatesScoresCustomerAndDate)
{
    const QDate today(2026, 3, 1);
    SurveyDraft draft;
    draft.date = today;
    draft.nps = 9;
    EXPECT_FALSE(SurveyEntry::validate(draft, today).isEmpty()); // no customer
    draft.customerId = 7;
    EXPECT_TRUE(SurveyEntry::validate(draft, today).isEmpty());
    draft.nps = 11;
    EXPECT_FALSE(SurveyEntry::validate(draft, today).isEmpty());
    draft.nps = std::nullopt;
    EXPECT_FALSE(SurveyEntry::validate(draft, today).isEmpty()); // neither score
    draft.csat = 0;
    EXPECT_FALSE(SurveyEntry::validate(draft, today).isEmpty());
    draft.csat = 5;
    EXPECT_TRUE(SurveyEntry::validate(draft, today).isEmpty());
    draft.date = today.addDays(1);
    EXPECT_FALSE(SurveyEntry::validate(draft, today).isEmpty()); // future
    draft.date = QDate();
    EXPECT_FALSE(SurveyEntry::validate(draft, today).isEmpty());
}

TEST(SurveyEntry, StoresTheAnswerAndTellsTheWorkspace)
{
    test::TempDatabase temp;
    Workspace workspace(std::move(Database::open(temp.path()).database));
    temp.close();
    Customer c;
    c.code = QStringLiteral("S1");
    c.name = QStringLiteral("王芳");
    const CustomerId id = CustomerRepository(workspace.database()).insert(c);
    ASSERT_GT(id, 0);
    QSignalSpy changed(&workspace, &Workspace::customerChanged);

    SurveyDraft draft;
    draft.customerId = id;
    draft.date = QDate(2025, 11, 3);
    draft.nps = 3;
    draft.csat = 2;
    draft.comment = QStringLiteral("  送货太慢 ");
    QString error;
    const qint64 surveyId = SurveyEntry(workspace).save(draft, &error);
    ASSERT_GT(surveyId, 0) << error.toStdString();
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).value<CustomerId>(), id);

    const auto surveys = ActivityRepository(workspace.database()).surveysOf(id);
    ASSERT_EQ(surveys.size(), 1);
    EXPECT_EQ(surveys.at(0).date, QDate(2025, 11, 3));
    EXPECT_EQ(surveys.at(0).nps, 3);
    EXPECT_EQ(surveys.at(0).csat, 2);
    EXPECT_EQ(surveys.at(0).comment, QStringLiteral("送货太慢"));
}

TEST(SurveyEntry, RejectsAnInvalidDraftAndWritesNothing)
{
    test::TempDatabase temp;
    Workspace workspace(std::move(Database::open(temp.path()).database));
    temp.close();
    Customer c;
    c.code = QStringLiteral("S1");
    c.name = QStringLiteral("Li");
    const CustomerId id = CustomerRepository(workspace.database()).insert(c);
    SurveyDraft draft;
    draft.customerId = id;
    draft.date = QDate(2025, 1, 1);
    draft.csat = 6;
    QString error;
    EXPECT_EQ(SurveyEntry(workspace).save(draft, &error), 0);
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(ActivityRepository(workspace.database()).surveysOf(id).isEmpty());
}
