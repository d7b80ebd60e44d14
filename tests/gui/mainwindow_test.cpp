#include "mainwindow.h"

#include "customerrepository.h"
#include "workspace.h"

#include "../support/printers.h"
#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

#include <QLabel>
#include <QStatusBar>

using namespace kehu;

TEST(MainWindow, ShowsTheOpenDatabaseInTheStatusBar)
{
    test::TempDatabase temp;
    ASSERT_GT(temp.addCustomer(QStringLiteral("C1"), QStringLiteral("李娜")), 0);
    temp.close();

    auto opened = Database::open(temp.path());
    ASSERT_TRUE(opened.database);
    MainWindow window;
    window.setWorkspace(std::make_unique<Workspace>(std::move(opened.database)));
    QStringList texts;
    for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
        texts << label->text();
    EXPECT_TRUE(texts.contains(temp.path())) << texts.join(u" | ").toStdString();
    EXPECT_TRUE(texts.contains(QStringLiteral("1 customer(s)"))) << texts.join(u" | ").toStdString();
}
