#include "customerbookview.h"
#include "mainwindow.h"
#include "reviewview.h"

#include "database.h"
#include "demowriter.h"
#include "followuprepository.h"
#include "reviewactionsmodel.h"
#include "reviewcustomerlistmodel.h"
#include "reviewmigrationmodel.h"
#include "reviewsession.h"
#include "statsrepository.h"
#include "workspace.h"

#include "../support/demobook.h"
#include "../support/printers.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

using namespace kehu;

// The review of 2025Q4 on a small demo book: built in the background (snapshots taken and
// frozen), a migration cell drills down to as many customers as it shows, actions become
// follow-ups, and the report exports as HTML.
TEST(Review, BuildsDrillsCreatesFollowUpsAndExportsHtml)
{
    const test::DemoBook book({.customers = 300});

    MainWindow window;
    ASSERT_TRUE(window.openPath(book.path()));
    ReviewView *review = window.review();
    ASSERT_NE(review, nullptr);
    const int q4 = review->quarterChoice()->findData(QStringLiteral("2025Q4"));
    ASSERT_GE(q4, 0);
    review->quarterChoice()->setCurrentIndex(q4);
    QSignalSpy finished(review->session(), &ReviewSession::finished);
    review->build();
    ASSERT_TRUE(finished.wait(120000));
    ASSERT_TRUE(finished.at(0).at(0).toBool()) << finished.at(0).at(1).toString().toStdString();
    const QuarterlyReview &r = review->session()->review();
    EXPECT_EQ(r.quarter.label(), QStringLiteral("2025Q4"));
    EXPECT_TRUE(r.current.frozen);
    ASSERT_TRUE(r.previous.has_value());

    // The A -> A cell of the ABC matrix.
    ReviewMigrationModel *abc = review->abcMigration();
    ASSERT_EQ(review->abcMatrix()->model(), abc);
    ASSERT_EQ(abc->rowCount(), r.abcKeys.size() + 1);
    ASSERT_EQ(abc->columnCount(), r.abcKeys.size() + 1);
    const qint64 stayedA = r.abcMigration.count(0, 0);
    ASSERT_GT(stayedA, 0);
    QSignalSpy drilled(review, &ReviewView::drillDown);
    review->drillCell(true, 0, 0);
    ASSERT_EQ(drilled.count(), 1);
    EXPECT_EQ(drilled.at(0).at(0).value<QList<CustomerId>>().size(), stayedA);
    EXPECT_EQ(window.customerBook()->shownIds().size(), stayedA);

    // The Lists tab shows the chosen list, in the review's order.
    auto *listChoice = review->findChild<QComboBox *>(QStringLiteral("reviewListChoice"));
    ASSERT_NE(listChoice, nullptr);
    listChoice->setCurrentIndex(4); // top customers by CLV
    auto *list = review->findChild<QTableView *>(QStringLiteral("reviewList"));
    ASSERT_NE(list, nullptr);
    ASSERT_EQ(list->model(), review->listModel());
    ASSERT_GT(r.topByClv.size(), 0);
    ASSERT_EQ(review->listModel()->rowCount(), r.topByClv.size());
    for (int row = 0; row < r.topByClv.size(); ++row)
        EXPECT_EQ(review->listModel()->customerIds().at(row), r.topByClv.at(row).id) << row;
    EXPECT_EQ(list->model()->index(0, ReviewCustomerListModel::Code).data().toString(), r.topByClv.at(0).code);

    // Actions -> follow-ups.
    ReviewActionsModel *actions = review->actionsModel();
    ASSERT_EQ(review->actions()->model(), actions);
    ASSERT_GT(actions->rowCount(), 0);
    const int created = review->createFollowUps();
    EXPECT_EQ(created, actions->rowCount());
    EXPECT_TRUE(actions->chosenActions().isEmpty()); // unchecked once created
    FollowUpRepository::Query q;
    q.today = QDate(2030, 1, 1);
    EXPECT_EQ(FollowUpRepository(window.workspace()->database()).open(q).size(), created);

    QTemporaryDir dir;
    const QString html = dir.filePath(QStringLiteral("review.html"));
    ASSERT_TRUE(review->exportHtml(html));
    QFile file(html);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().contains("2025 Q4"));
}

// The quarters offered are the data's, whatever today's date: a book whose data ends on
// 2024-11-20 offers 2024Q4 (marked partial) and nothing later, and its first quarter says
// that there is nothing earlier to compare with instead of "compared with .".
TEST(Review, OffersTheQuartersTheDataHas)
{
    const test::DemoBook book({.customers = 120, .years = 1, .endDate = QDate(2024, 11, 20)});

    MainWindow window;
    ASSERT_TRUE(window.openPath(book.path()));
    ReviewView *review = window.review();
    QComboBox *quarters = review->quarterChoice();
    const ActivitySpan span = review->session()->activitySpan();
    ASSERT_TRUE(span.isValid());
    EXPECT_LE(span.last, book.spec().endDate);
    ASSERT_GT(quarters->count(), 1);
    EXPECT_EQ(quarters->itemData(0).toString(), QStringLiteral("2024Q4"));
    EXPECT_TRUE(quarters->itemText(0).contains(QStringLiteral("partial"))) << quarters->itemText(0).toStdString();
    EXPECT_EQ(quarters->itemData(quarters->count() - 1).toString(), Quarter::containing(span.first).label());
    for (int i = 0; i < quarters->count(); ++i)
        EXPECT_FALSE(quarters->itemData(i).toString().startsWith(QStringLiteral("2025"))) << i;
    EXPECT_EQ(quarters->currentData().toString(), QStringLiteral("2024Q3")); // the newest complete one

    quarters->setCurrentIndex(quarters->count() - 1);
    QSignalSpy finished(review->session(), &ReviewSession::finished);
    review->build();
    ASSERT_TRUE(finished.wait(120000));
    ASSERT_TRUE(finished.at(0).at(0).toBool()) << finished.at(0).at(1).toString().toStdString();
    EXPECT_FALSE(review->session()->review().previous.has_value());
    const QString status = review->findChild<QLabel *>(QStringLiteral("reviewStatus"))->text();
    EXPECT_TRUE(status.contains(QStringLiteral("no earlier quarter to compare with"))) << status.toStdString();
    EXPECT_FALSE(status.contains(QStringLiteral("compared with ."))) << status.toStdString();
}
