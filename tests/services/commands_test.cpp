#include "booksettings.h"
#include "commands/createfollowupscommand.h"
#include "commands/markfollowupdonecommand.h"
#include "commands/reschedulefollowupcommand.h"
#include "commands/savesettingscommand.h"
#include "commands/setcadencerulescommand.h"
#include "commands/setsegmentactioncommand.h"
#include "database.h"
#include "followupbook.h"
#include "followupplanner.h"
#include "segmentrules.h"
#include "workspace.h"

#include "../support/printers.h"
#include "../support/reviewfixture.h"
#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QSqlQuery>
#include <QUndoStack>

using namespace kehu;

namespace {

/// A Workspace on the review fixture (seven customers, two follow-ups, one visit).
class CommandsTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ids = test::fillReviewFixture(temp.db());
        auto opened = Database::open(temp.path());
        ASSERT_TRUE(opened.database) << opened.message.toStdString();
        workspace = std::make_unique<Workspace>(std::move(opened.database));
    }

    qint64 count(const QString &sql)
    {
        QSqlQuery q(temp.db().connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    /// Every follow-up as text, to compare the whole table before and after.
    QStringList followUps()
    {
        QStringList rows;
        QSqlQuery q(temp.db().connection());
        q.exec(QStringLiteral("SELECT id, customer_id, due_on, coalesce(done_on, '-'), assignee, reason "
                              "FROM followups ORDER BY id"));
        while (q.next())
            rows << QStringLiteral("%1|%2|%3|%4|%5|%6")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                             q.value(4).toString(), q.value(5).toString());
        return rows;
    }

    qint64 openFollowUp()
    {
        FollowUpQuery query;
        query.today = QDate(2025, 12, 12);
        const QList<FollowUpRow> open = workspace->followUps().open(query);
        return open.isEmpty() ? 0 : open.first().followUp.id;
    }

    test::TempDatabase temp;
    QHash<QString, CustomerId> ids;
    std::unique_ptr<Workspace> workspace;
};

} // namespace

TEST_F(CommandsTest, CreateFollowUpsUndoesAndRedoesWithTheSameIds)
{
    const QStringList before = followUps();
    FollowUp a;
    a.customerId = ids.value(QStringLiteral("C2"));
    a.dueOn = QDate(2026, 1, 5);
    a.assignee = QStringLiteral("王芳");
    a.reason = QStringLiteral("cadence:champions");
    FollowUp b = a;
    b.customerId = ids.value(QStringLiteral("C5"));
    b.assignee = QStringLiteral("李娜");
    QSignalSpy changed(workspace.get(), &Workspace::followUpsChanged);
    QString error;
    ASSERT_TRUE(ServiceCommand::push(*workspace, new CreateFollowUpsCommand(*workspace, {a, b}), &error))
        << error.toStdString();
    const QStringList after = followUps();
    ASSERT_EQ(after.size(), before.size() + 2);
    EXPECT_TRUE(after.last().contains(QStringLiteral("|2026-01-05|-|李娜|cadence:champions")));
    EXPECT_EQ(workspace->undoStack()->count(), 1);
    EXPECT_EQ(changed.size(), 1);

    workspace->undoStack()->undo();
    EXPECT_EQ(followUps(), before);
    workspace->undoStack()->redo();
    EXPECT_EQ(followUps(), after); // the same ids again
    EXPECT_EQ(changed.size(), 3);
}

TEST_F(CommandsTest, MarkDoneUndoReopensAndRemovesTheVisit)
{
    const qint64 id = openFollowUp();
    ASSERT_GT(id, 0);
    const QStringList before = followUps();
    const qint64 visits = count(QStringLiteral("SELECT COUNT(*) FROM visits"));
    Visit visit;
    visit.time = QDateTime(QDate(2025, 12, 12), QTime(10, 0));
    visit.kind = VisitKind::Call;
    visit.note = QStringLiteral("called back");
    QString error;
    ASSERT_TRUE(ServiceCommand::push(*workspace, new MarkFollowUpDoneCommand(*workspace, id, visit), &error))
        << error.toStdString();
    EXPECT_EQ(workspace->followUps().find(id)->doneOn, QDate(2025, 12, 12));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM visits")), visits + 1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM visits WHERE note = 'called back'")), 1);

    workspace->undoStack()->undo();
    EXPECT_EQ(followUps(), before);
    EXPECT_FALSE(workspace->followUps().find(id)->doneOn.has_value());
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM visits")), visits);

    workspace->undoStack()->redo();
    EXPECT_EQ(workspace->followUps().find(id)->doneOn, QDate(2025, 12, 12));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM visits WHERE note = 'called back'")), 1);
}

TEST_F(CommandsTest, MarkingADoneFollowUpFailsAndLeavesNothingToUndo)
{
    const qint64 id = openFollowUp();
    ASSERT_TRUE(ServiceCommand::push(*workspace, new MarkFollowUpDoneCommand(*workspace, id, Visit())));
    QString error;
    EXPECT_FALSE(ServiceCommand::push(*workspace, new MarkFollowUpDoneCommand(*workspace, id, Visit()), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(workspace->undoStack()->count(), 1);
}

TEST_F(CommandsTest, RescheduleUndoRestoresTheDueDay)
{
    const qint64 id = openFollowUp();
    ASSERT_GT(id, 0);
    const QDate due = workspace->followUps().find(id)->dueOn;
    ASSERT_TRUE(ServiceCommand::push(*workspace, new RescheduleFollowUpCommand(*workspace, id, QDate(2026, 2, 2))));
    EXPECT_EQ(workspace->followUps().find(id)->dueOn, QDate(2026, 2, 2));
    workspace->undoStack()->undo();
    EXPECT_EQ(workspace->followUps().find(id)->dueOn, due);
    workspace->undoStack()->redo();
    EXPECT_EQ(workspace->followUps().find(id)->dueOn, QDate(2026, 2, 2));
}

TEST_F(CommandsTest, SaveSettingsUndoRestoresExactlyWhatWasStored)
{
    BookSettings &settings = workspace->settings();
    const BookSettings::Stored before = settings.stored();
    ClassificationPolicy policy = settings.policy();
    policy.inactivityDays = 123;
    const BookSettings::Stored after{BookSettings::policyJson(policy), QStringLiteral("USD")};
    ASSERT_NE(before, after);
    QSignalSpy changed(workspace.get(), &Workspace::settingsChanged);
    ASSERT_TRUE(ServiceCommand::push(*workspace, new SaveSettingsCommand(*workspace, after)));
    EXPECT_EQ(settings.stored(), after);
    EXPECT_EQ(settings.policy().inactivityDays, 123);
    EXPECT_EQ(workspace->currency(), QStringLiteral("USD"));

    workspace->undoStack()->undo();
    EXPECT_EQ(settings.stored(), before);
    EXPECT_NE(settings.policy().inactivityDays, 123);

    workspace->undoStack()->redo();
    EXPECT_EQ(settings.stored(), after);
    EXPECT_EQ(changed.size(), 3);
}

TEST_F(CommandsTest, SegmentActionUndoPutsBackTheEarlierTextOrTheDefault)
{
    SegmentRules &segments = workspace->segments();
    ASSERT_FALSE(segments.action(QStringLiteral("champions")).has_value());
    ASSERT_TRUE(ServiceCommand::push(*workspace, new SetSegmentActionCommand(*workspace, QStringLiteral("champions"),
                                                                             QStringLiteral("Say thanks"))));
    ASSERT_TRUE(ServiceCommand::push(
        *workspace, new SetSegmentActionCommand(*workspace, QStringLiteral("champions"), QStringLiteral("Invite"))));
    EXPECT_EQ(segments.action(QStringLiteral("champions")), QStringLiteral("Invite"));
    workspace->undoStack()->undo();
    EXPECT_EQ(segments.action(QStringLiteral("champions")), QStringLiteral("Say thanks"));
    workspace->undoStack()->undo();
    EXPECT_FALSE(segments.action(QStringLiteral("champions")).has_value());
    EXPECT_FALSE(segments.actions().contains(QStringLiteral("champions")));
    workspace->undoStack()->redo();
    workspace->undoStack()->redo();
    EXPECT_EQ(segments.action(QStringLiteral("champions")), QStringLiteral("Invite"));
}

TEST_F(CommandsTest, AWriteOutsideTheStackStillEndsTheHistory)
{
    ASSERT_TRUE(ServiceCommand::push(*workspace, new SetSegmentActionCommand(*workspace, QStringLiteral("champions"),
                                                                             QStringLiteral("Say thanks"))));
    EXPECT_EQ(workspace->undoStack()->count(), 1);
    workspace->notifyBookChanged(); // an import, say
    EXPECT_EQ(workspace->undoStack()->count(), 0);
}

TEST_F(CommandsTest, CadenceRulesUndoRestoresTheStoredRules)
{
    FollowUpPlanner &planner = workspace->followUpPlanner();
    const auto before = workspace->settings().value(QString(FollowUpPlanner::kSettingsKey));
    FollowUpCadencePolicy policy = planner.policy();
    policy.dailyCapacity = 3;
    policy.rules = {{QStringLiteral("champions"), 30, 7}};
    ASSERT_TRUE(ServiceCommand::push(*workspace, new SetCadenceRulesCommand(*workspace, policy)));
    EXPECT_EQ(planner.policy().dailyCapacity, 3);
    ASSERT_EQ(planner.policy().rules.size(), 1);
    workspace->undoStack()->undo();
    EXPECT_EQ(workspace->settings().value(QString(FollowUpPlanner::kSettingsKey)), before);
    workspace->undoStack()->redo();
    EXPECT_EQ(planner.policy().dailyCapacity, 3);
}
