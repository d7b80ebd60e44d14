#include "churnwatchview.h"
#include "mainwindow.h"
#include "segmentsview.h"

#include "churneventrepository.h"
#include "churnwatchmodel.h"
#include "classificationjob.h"
#include "customerlistrepository.h"
#include "database.h"
#include "demowriter.h"
#include "segmenttotalsmodel.h"
#include "workspace.h"

#include "../support/demobook.h"
#include "../support/printers.h"
#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace kehu;

// Re-classify runs in a worker thread: the event loop keeps turning while it runs, progress
// arrives, and the new snapshot fills the Segments and Churn watch screens.
TEST(Segments, ReclassifyInTheBackgroundFillsSegmentsAndChurnWatch)
{
    const test::DemoBook book({.customers = 400});
    MainWindow window;
    ASSERT_TRUE(window.openPath(book.path()));
    SegmentsView *segments = window.segments();
    ASSERT_NE(segments, nullptr);
    EXPECT_EQ(segments->segmentModel()->rowCount(), 0);
    QSignalSpy progress(segments->job(), &ClassificationJob::progress);
    QSignalSpy finished(segments->job(), &ClassificationJob::finished);
    int ticks = 0;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, [&ticks] { ++ticks; });
    timer.start(1);
    QTest::mouseClick(segments->findChild<QPushButton *>(QStringLiteral("reclassifyButton")), Qt::LeftButton);
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_GT(finished.at(0).at(0).toLongLong(), 0) << finished.at(0).at(2).toString().toStdString();
    EXPECT_GE(progress.count(), 2);
    EXPECT_GT(ticks, 0); // the GUI thread was free while the run went on
    EXPECT_TRUE(QTest::qWaitFor([&] { return segments->segmentModel()->rowCount() > 3; }, 30000));

    ChurnWatchView *churn = window.churnWatch();
    ASSERT_GT(churn->model()->rowCount(), 0);
    churn->table()->selectRow(0);
    const CustomerId id = churn->model()->rowAt(0).id;
    const auto before = ChurnEventRepository(window.workspace()->database()).forCustomer(id).size();
    ASSERT_TRUE(churn->recordReason());
    EXPECT_EQ(ChurnEventRepository(window.workspace()->database()).forCustomer(id).size(), before + 1);
    churn->table()->selectRow(0);
    ASSERT_TRUE(churn->recordOutcome(true));
    EXPECT_EQ(ChurnEventRepository(window.workspace()->database()).forCustomer(id).constFirst().outcome,
              ChurnOutcome::WonBack);
}

// Opening Segments reads the totals in a worker (on a million customers they took about 2 s,
// the window frozen meanwhile): the page shows a busy bar at once and fills when done.
TEST(Segments, OpensWithoutWaitingForTheTotals)
{
    const test::DemoBook book({.customers = 300});
    MainWindow window;
    ASSERT_TRUE(window.openPath(book.path()));
    window.show();
    SegmentsView *segments = window.segments();
    QSignalSpy finished(segments->job(), &ClassificationJob::finished);
    segments->reclassify();
    ASSERT_TRUE(finished.wait(60000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return segments->segmentModel()->rowCount() > 3; }, 30000));

    segments->segmentModel()->setTotals({});
    segments->reload();
    // Back from reload() before anything was read: busy, nothing shown yet.
    EXPECT_EQ(segments->segmentModel()->rowCount(), 0);
    auto *busy = segments->findChild<QProgressBar *>(QStringLiteral("classifyProgress"));
    ASSERT_NE(busy, nullptr);
    EXPECT_FALSE(busy->isHidden());
    EXPECT_TRUE(QTest::qWaitFor([&] { return segments->segmentModel()->rowCount() > 3; }, 30000));
    EXPECT_TRUE(busy->isHidden());
}

// A recommended action typed into the table is stored, and Edit ▸ Undo puts back the text
// that was there before (the default), in the table and in the book.
TEST(Segments, EditingAnActionCanBeUndone)
{
    test::TempDatabase temp;
    DemoBusiness::Options options;
    options.customers = 300;
    QString error;
    ASSERT_TRUE(DemoWriter(temp.workspace()).write(options, nullptr, &error)) << error.toStdString();
    temp.close();
    MainWindow window;
    ASSERT_TRUE(window.openPath(temp.path()));
    window.show();
    SegmentsView *segments = window.segments();
    QSignalSpy finished(segments->job(), &ClassificationJob::finished);
    segments->reclassify();
    ASSERT_TRUE(finished.wait(60000));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return segments->segmentModel()->rowCount() > 3 && !segments->isLoading(); }, 30000));
    SegmentTotalsModel *model = segments->segmentModel();
    const QModelIndex action = model->index(0, SegmentTotalsModel::Action);
    ASSERT_TRUE(model->flags(action) & Qt::ItemIsEditable);
    const QString before = action.data().toString();
    ASSERT_TRUE(model->setData(action, QStringLiteral("Call them this week")));
    QUndoStack *stack = window.workspace()->undoStack();
    ASSERT_EQ(stack->count(), 1);
    EXPECT_EQ(action.data().toString(), QStringLiteral("Call them this week"));
    window.workspace()->undoStack()->undo();
    EXPECT_EQ(model->index(0, SegmentTotalsModel::Action).data().toString(), before);
    stack->redo();
    EXPECT_EQ(model->index(0, SegmentTotalsModel::Action).data().toString(), QStringLiteral("Call them this week"));
    // What the book stores, read by a fresh view.
    segments->reload();
    segments->waitForLoad();
    EXPECT_EQ(model->index(0, SegmentTotalsModel::Action).data().toString(), QStringLiteral("Call them this week"));
}
