#include "customerbookview.h"
#include "customerdetailpane.h"
#include "mainwindow.h"
#include "prompter.h"

#include "activityrepository.h"
#include "activitywriter.h"
#include "customerlistmodel.h"
#include "customerrepository.h"
#include "customertimelinemodel.h"
#include "workspace.h"

#include "../support/printers.h"
#include "../support/recordingprompter.h"
#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace kehu;

namespace {

void fill(Database &db, int count)
{
    CustomerRepository customers(db);
    ActivityWriter writer(db);
    for (int i = 1; i <= count; ++i) {
        Customer c;
        c.code = QStringLiteral("C%1").arg(i, 4, 10, QLatin1Char('0'));
        c.name = i == 7 ? QStringLiteral("李娜") : QStringLiteral("Customer %1").arg(i);
        c.phone = QStringLiteral("1390000%1").arg(i, 4, 10, QLatin1Char('0'));
        const CustomerId id = customers.insert(c);
        Purchase p;
        p.customerId = id;
        p.date = QDate(2025, 5, 1);
        p.amount = 100 * i;
        writer.addPurchase(p, i);
    }
}

/// Chinese text arrives from the input method as a committed string, not as key presses.
void typeChinese(QWidget *target, const QString &text)
{
    target->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(target, &event);
}

struct Window
{
    test::TempDatabase temp;
    test::RecordingPrompter prompter;
    MainWindow window;

    explicit Window(int count)
    {
        fill(temp.db(), count);
        temp.close();
        window.setPrompter(&prompter);
        EXPECT_TRUE(window.openPath(temp.path()));
        window.show();
    }
    CustomerBookView *book() { return window.customerBook(); }
};

/// Waits for the search field's pause (CustomerBookView::kSearchDelayMs) to run the search.
void waitForSearch(CustomerBookView *book, const QString &text)
{
    EXPECT_TRUE(QTest::qWaitFor([&] { return book->model()->query().search == text; }, 5000));
}

} // namespace

TEST(CustomerBook, SearchSelectAndEditWithUndo)
{
    Window w(500);
    CustomerBookView *book = w.book();
    ASSERT_NE(book, nullptr);
    EXPECT_EQ(book->model()->rowCount(), CustomerListModel::kPageSize); // one page, not 500
    QAbstractItemModelTester tester(book->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    typeChinese(book->searchField(), QStringLiteral("李娜"));
    waitForSearch(book, QStringLiteral("李娜"));
    ASSERT_EQ(book->model()->rowCount(), 1);
    book->table()->selectRow(0);
    CustomerDetailPane *detail = book->detail();
    ASSERT_GT(detail->customerId(), 0);
    EXPECT_EQ(detail->editor(QStringLiteral("name"))->text(), QStringLiteral("李娜"));
    EXPECT_EQ(detail->timeline()->count(CustomerTimelineModel::EntryKind::Purchase), 1);

    QLineEdit *needs = detail->editor(QStringLiteral("implicit_needs"));
    needs->setFocus();
    needs->selectAll();
    typeChinese(needs, QStringLiteral("想要独家代理"));
    QTest::keyClick(needs, Qt::Key_Return);
    EXPECT_EQ(w.window.workspace()->undoStack()->count(), 1);
    EXPECT_EQ(CustomerRepository(w.window.workspace()->database()).findById(detail->customerId())->implicitNeeds,
              QStringLiteral("想要独家代理"));

    // An invalid e-mail is marked and not saved.
    QLineEdit *email = detail->editor(QStringLiteral("email"));
    email->setText(QStringLiteral("not-an-address"));
    emit email->editingFinished();
    EXPECT_EQ(w.window.workspace()->undoStack()->count(), 1);
    EXPECT_FALSE(email->toolTip().isEmpty());

    // Back in the table (a line edit with focus keeps Ctrl+Z for its own text, as everywhere).
    QApplication::setActiveWindow(&w.window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w.window));
    book->table()->setFocus();
    QTest::keyClick(book->table(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(CustomerRepository(w.window.workspace()->database()).findById(detail->customerId())->implicitNeeds,
              QString());
    EXPECT_EQ(needs->text(), QString());
}

TEST(CustomerBook, JumpsToTheLastRowAndScrollsBackUp)
{
    Window w(700);
    CustomerBookView *book = w.book();
    book->model()->sort(CustomerListModel::Code, Qt::AscendingOrder);
    book->jumpToEnd();
    const int rows = book->model()->rowCount();
    EXPECT_EQ(book->model()->rowAt(rows - 1).code, QStringLiteral("C0700"));
    EXPECT_EQ(book->table()->currentIndex().row(), rows - 1);
    EXPECT_TRUE(book->model()->canFetchBefore());
}

TEST(MainWindow, ExplainsAFileThatIsNotAKehuDatabase)
{
    test::TempDatabase temp;
    const QString path = temp.dir() + QStringLiteral("/notes.txt");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("just some text, not a database\n");
    file.close();
    test::RecordingPrompter prompter;
    MainWindow window;
    window.setPrompter(&prompter);
    EXPECT_FALSE(window.openPath(path));
    ASSERT_EQ(prompter.warnings.size(), 1);
    EXPECT_TRUE(prompter.warnings.at(0).contains(QStringLiteral("notes.txt")));
    EXPECT_EQ(window.workspace(), nullptr);
}

TEST(CustomerBook, MergingADuplicateKeepsItsPurchasesAndVisits)
{
    Window w(20);
    Database &db = w.window.workspace()->database();
    CustomerRepository customers(db);
    const CustomerId keep = customers.findByCode(QStringLiteral("C0003"))->id;
    // The same person entered again with the phone number written differently.
    Customer again;
    again.code = QStringLiteral("DUP1");
    again.name = QStringLiteral("Customer 3 (again)");
    again.phone = QStringLiteral("+86 139 0000 0003");
    const CustomerId duplicate = customers.insert(again);
    ASSERT_GT(duplicate, 0);
    ActivityWriter writer(db);
    Purchase p;
    p.customerId = duplicate;
    p.date = QDate(2025, 6, 1);
    p.amount = 4200;
    ASSERT_EQ(writer.addPurchase(p, 99), ActivityWriter::Result::Inserted);
    Visit v;
    v.customerId = duplicate;
    v.time = QDateTime(QDate(2025, 6, 1), QTime(10, 0));
    ASSERT_EQ(writer.addVisit(v), ActivityWriter::Result::Inserted);

    EXPECT_EQ(w.book()->mergeDuplicatesInto(keep), 1);
    EXPECT_FALSE(customers.findById(duplicate)) << "the duplicate left the book";
    const auto purchases = ActivityRepository(db).purchasesOf(keep);
    ASSERT_EQ(purchases.size(), 2);
    EXPECT_EQ(purchases.last().amount, 4200);
    EXPECT_EQ(ActivityRepository(db).visitsOf(keep).size(), 1);
    EXPECT_EQ(w.book()->detail()->customerId(), keep);

    // One undoable step: undo brings the duplicate back with its purchase and visit.
    QUndoStack *stack = w.window.workspace()->undoStack();
    ASSERT_EQ(stack->count(), 1);
    stack->undo();
    ASSERT_TRUE(customers.findById(duplicate));
    EXPECT_EQ(ActivityRepository(db).purchasesOf(keep).size(), 1);
    EXPECT_EQ(ActivityRepository(db).purchasesOf(duplicate).size(), 1);
    EXPECT_EQ(ActivityRepository(db).visitsOf(duplicate).size(), 1);
    EXPECT_GE(w.book()->model()->rowOf(duplicate), 0) << "the list shows it again";
    stack->redo();
    EXPECT_FALSE(customers.findById(duplicate));
    EXPECT_EQ(ActivityRepository(db).purchasesOf(keep).size(), 2);
}

// Keys typed in a row run one search after the pause, not one per key: on a million customers
// each query held the field up (1.25 s for the first key of "C00012").
TEST(CustomerBook, TypingRunsOneSearchAfterThePause)
{
    Window w(300);
    CustomerBookView *book = w.book();
    QSignalSpy resets(book->model(), &QAbstractItemModel::modelReset);
    book->searchField()->setFocus();
    QTest::keyClicks(book->searchField(), QStringLiteral("C001"));
    // No event was processed between the keys, so no timer fired: the old code had already
    // queried for every key here.
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(book->model()->query().search, QString());
    waitForSearch(book, QStringLiteral("C001"));
    EXPECT_EQ(resets.count(), 1);
    ASSERT_GT(book->model()->rowCount(), 0);
    EXPECT_TRUE(book->model()->rowAt(0).code.startsWith(QStringLiteral("C001")));
}

// Nothing matches: the book says so in place of an empty table, and offers to clear.
TEST(CustomerBook, AnEmptyResultSaysSoAndCanBeCleared)
{
    Window w(40);
    CustomerBookView *book = w.book();
    auto *message = book->findChild<QLabel *>(QStringLiteral("customerBookEmptyMessage"));
    auto *clear = book->findChild<QPushButton *>(QStringLiteral("clearSearchButton"));
    ASSERT_NE(message, nullptr);
    ASSERT_NE(clear, nullptr);
    EXPECT_FALSE(message->isVisibleTo(book));
    EXPECT_TRUE(book->table()->isVisibleTo(book));

    QTest::keyClicks(book->searchField(), QStringLiteral("nobody"));
    waitForSearch(book, QStringLiteral("nobody"));
    EXPECT_EQ(book->model()->rowCount(), 0);
    EXPECT_TRUE(message->isVisibleTo(book));
    EXPECT_FALSE(book->table()->isVisibleTo(book));
    EXPECT_TRUE(message->text().contains(QStringLiteral("“nobody”"))) << message->text().toStdString();
    EXPECT_TRUE(clear->isVisibleTo(book));
    EXPECT_EQ(book->detail()->customerId(), 0);

    QTest::mouseClick(clear, Qt::LeftButton);
    EXPECT_TRUE(book->searchField()->text().isEmpty());
    EXPECT_EQ(book->model()->rowCount(), 40);
    EXPECT_TRUE(book->table()->isVisibleTo(book));
    EXPECT_FALSE(message->isVisibleTo(book));

    // A drill-down to nobody says so too, and the same button brings everyone back.
    book->showCustomers({}, QStringLiteral("Empty"));
    EXPECT_TRUE(message->isVisibleTo(book));
    EXPECT_TRUE(clear->isVisibleTo(book));
    QTest::mouseClick(clear, Qt::LeftButton);
    EXPECT_EQ(book->model()->rowCount(), 40);
}

// The detail pane shows the first customer the search or filter lists, or nobody when the
// list is empty; never one that is no longer in the list.
TEST(CustomerBook, TheDetailPaneFollowsTheFilter)
{
    Window w(60);
    CustomerBookView *book = w.book();
    book->table()->selectRow(3);
    const CustomerId before = book->detail()->customerId();
    ASSERT_GT(before, 0);

    typeChinese(book->searchField(), QStringLiteral("李娜"));
    waitForSearch(book, QStringLiteral("李娜"));
    ASSERT_EQ(book->model()->rowCount(), 1);
    EXPECT_EQ(book->detail()->customerId(), book->model()->customerId(0));
    EXPECT_EQ(book->detail()->editor(QStringLiteral("name"))->text(), QStringLiteral("李娜"));
    EXPECT_EQ(book->table()->currentIndex().row(), 0);

    book->searchField()->clear();
    QTest::keyClicks(book->searchField(), QStringLiteral("zzzz"));
    waitForSearch(book, QStringLiteral("zzzz"));
    EXPECT_EQ(book->detail()->customerId(), 0);

    CustomerRepository customers(w.window.workspace()->database());
    const CustomerId c12 = customers.findByCode(QStringLiteral("C0012"))->id;
    const CustomerId c30 = customers.findByCode(QStringLiteral("C0030"))->id;
    book->searchField()->clear();
    book->showCustomers({c30, c12}, QStringLiteral("Two"));
    ASSERT_EQ(book->model()->rowCount(), 2);
    EXPECT_EQ(book->detail()->customerId(), book->model()->customerId(0));
}
