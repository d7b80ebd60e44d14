#include "commands/recordsurveycommand.h"

#include "activityrepository.h"

#include "../support/printers.h"
#include "commandfixture.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QUndoStack>

using namespace kehu;

TEST(RecordSurveyCommand, RedoUndoRedo)
{
    test::WorkspaceFixture f;
    const CustomerId id = f.addCustomer(QStringLiteral("C1"), QStringLiteral("李娜"));
    const QString empty = test::dumpBook(f.db());
    QSignalSpy changed(f.workspace.get(), &Workspace::customerChanged);
    SurveyResponse survey;
    survey.customerId = id;
    survey.date = QDate(2025, 5, 4);
    survey.nps = 3;
    survey.csat = 2;
    survey.comment = QStringLiteral("slow delivery");
    qint64 surveyId = 0;
    f.workspace->undoStack()->push(new RecordSurveyCommand(*f.workspace, survey, &surveyId));
    ASSERT_GT(surveyId, 0);
    const QList<SurveyResponse> stored = ActivityRepository(f.db()).surveysOf(id);
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.at(0).id, surveyId);
    EXPECT_EQ(stored.at(0).nps, 3);
    EXPECT_EQ(stored.at(0).csat, 2);
    EXPECT_EQ(stored.at(0).comment, QStringLiteral("slow delivery"));
    const QString done = test::dumpBook(f.db());

    f.workspace->undoStack()->undo();
    EXPECT_EQ(test::dumpBook(f.db()), empty);
    f.workspace->undoStack()->redo();
    EXPECT_EQ(test::dumpBook(f.db()), done);
    EXPECT_EQ(changed.count(), 3);
    EXPECT_EQ(changed.at(0).at(0).value<CustomerId>(), id);
}

TEST(RecordSurveyCommand, AFailedWriteLeavesNoStep)
{
    test::WorkspaceFixture f;
    SurveyResponse survey;
    survey.customerId = 4242; // no such customer
    survey.date = QDate(2025, 5, 4);
    survey.nps = 3;
    qint64 surveyId = -1;
    QString error;
    EXPECT_FALSE(ServiceCommand::push(*f.workspace, new RecordSurveyCommand(*f.workspace, survey, &surveyId), &error));
    EXPECT_EQ(surveyId, -1) << "not written on failure";
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(f.workspace->undoStack()->count(), 0);
}
