#include "customerdetailpane.h"
#include "surveydialog.h"

#include "activityrepository.h"
#include "customerrepository.h"
#include "customertimelinemodel.h"
#include "database.h"
#include "workspace.h"

#include "../support/printers.h"
#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace kehu;

// Detail pane -> "Record survey…" -> dialog: an empty answer is refused with a reason and
// the dialog stays open; a valid one is stored and the timeline and NPS card refresh.
TEST(SurveyDialog, RecordsASurveyFromTheDetailPane)
{
    test::TempDatabase temp;
    Workspace workspace(std::move(Database::open(temp.path()).database));
    temp.close();
    Customer c;
    c.code = QStringLiteral("S1");
    c.name = QStringLiteral("陈静");
    const CustomerId id = CustomerRepository(workspace.database()).insert(c);
    ASSERT_GT(id, 0);

    CustomerDetailPane pane(workspace);
    pane.showCustomer(id);
    EXPECT_EQ(pane.timeline()->count(CustomerTimelineModel::EntryKind::Survey), 0);
    auto *button = pane.findChild<QPushButton *>(QStringLiteral("recordSurveyButton"));
    ASSERT_NE(button, nullptr);
    QTest::mouseClick(button, Qt::LeftButton);
    SurveyDialog *dialog = pane.surveyDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());

    EXPECT_FALSE(dialog->save()); // neither NPS nor CSAT
    EXPECT_FALSE(dialog->errorText().isEmpty());
    EXPECT_TRUE(dialog->isVisible());

    dialog->findChild<QSpinBox *>(QStringLiteral("npsSpin"))->setValue(10);
    dialog->findChild<QSpinBox *>(QStringLiteral("csatSpin"))->setValue(5);
    dialog->findChild<QLineEdit *>(QStringLiteral("commentEdit"))->setText(QStringLiteral("很专业"));
    dialog->findChild<QDateEdit *>(QStringLiteral("dateEdit"))->setDate(QDate::currentDate().addDays(-2));
    EXPECT_TRUE(dialog->save());

    const auto surveys = ActivityRepository(workspace.database()).surveysOf(id);
    ASSERT_EQ(surveys.size(), 1);
    EXPECT_EQ(surveys.at(0).nps, 10);
    EXPECT_EQ(surveys.at(0).csat, 5);
    EXPECT_EQ(surveys.at(0).date, QDate::currentDate().addDays(-2));
    EXPECT_EQ(pane.timeline()->count(CustomerTimelineModel::EntryKind::Survey), 1);
    EXPECT_TRUE(pane.findChild<QLabel *>(QStringLiteral("kpiNps"))->text().contains(u'1'));
}
