#include "restorepointsdialog.h"

#include "bookstatistics.h"
#include "customerbook.h"
#include "mainwindow.h"
#include "restorepointlistmodel.h"
#include "workspace.h"

#include "../support/printers.h"
#include "../support/recordingprompter.h"
#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QLabel>

using namespace kehu;

TEST(RestorePointsDialog, TakesAPointAndRestoresItAfterAsking)
{
    test::TempDatabase temp;
    ASSERT_GT(temp.addCustomer(QStringLiteral("C1"), QStringLiteral("李娜")), 0);
    temp.close();
    auto opened = Database::open(temp.path());
    ASSERT_TRUE(opened.database);
    test::RecordingPrompter prompter;
    MainWindow window;
    window.setPrompter(&prompter);
    window.setWorkspace(std::make_unique<Workspace>(std::move(opened.database)));
    ASSERT_TRUE(window.findChild<QAction *>(QStringLiteral("restorePointsAction"))->isEnabled());

    RestorePointsDialog *dialog = window.restorePoints();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->model()->rowCount(), 0);
    ASSERT_TRUE(dialog->takeNow());
    ASSERT_EQ(dialog->model()->rowCount(), 1);
    EXPECT_EQ(dialog->model()->index(0, RestorePointListModel::Reason).data().toString(),
              RestorePointListModel::reasonLabel(QStringLiteral("manual")));

    Workspace &workspace = *window.workspace();
    Customer later;
    later.code = QStringLiteral("C2");
    ASSERT_GT(workspace.customers().insert(later), 0);
    ASSERT_EQ(workspace.stats().customerCount(), 2);

    prompter.confirmAnswer = false;
    EXPECT_FALSE(dialog->restore(0));
    EXPECT_EQ(workspace.stats().customerCount(), 2) << "declined: nothing restored";

    prompter.confirmAnswer = true;
    ASSERT_TRUE(dialog->restore(0))
        << dialog->findChild<QLabel *>(QStringLiteral("restorePointStatus"))->text().toStdString();
    EXPECT_EQ(workspace.stats().customerCount(), 1);
    EXPECT_EQ(dialog->model()->rowCount(), 2) << "the book before the restore is a point of its own";
}
