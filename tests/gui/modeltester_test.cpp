// Every item model the windows show passes QAbstractItemModelTester in Fatal mode while a user
// works with it: the testers are attached before the page loads anything, then the page is
// driven through loading, searching and filtering, sorting, paging, writes that reload it, and
// resets. A model that breaks the contract (an invalid dataChanged range, rows inserted without
// begin/endInsertRows, a bad parent...) aborts the test binary.
//
// ModelWatch finds the models through the widgets (each item view's and combo box's model), so
// the QTableWidget/QListWidget/QComboBox models count as much as the project's own models.
// Models with a test of their own: CustomerListModel (tests/models/customerlistmodel_test.cpp,
// tests/gui/customerbook_test.cpp), CohortRetentionModel, OwnerTargetModel, ChurnWatchModel
// (tests/models), DistributorScorecardModel, FollowUpListModel (tests/gui), SegmentTotalsModel,
// ReviewCustomerListModel, ReviewActionsModel, ReviewMigrationModel, CadenceRulesModel and FollowUpPlanModel
// (tests/models); they are watched here too, in the flows of their pages.

#include "churnwatchview.h"
#include "customerbookview.h"
#include "customerdetailpane.h"
#include "dashboardview.h"
#include "distributorsview.h"
#include "followupsview.h"
#include "importdialog.h"
#include "loyaltyview.h"
#include "mainwindow.h"
#include "reviewview.h"
#include "segmentsview.h"
#include "settingsview.h"
#include "visitentryform.h"

#include "cadencerulesmodel.h"
#include "churnwatchmodel.h"
#include "classificationjob.h"
#include "cohortretentionmodel.h"
#include "customerlistmodel.h"
#include "customertimelinemodel.h"
#include "dashboardsession.h"
#include "distributorscorecardmodel.h"
#include "followuplistmodel.h"
#include "followupplanmodel.h"
#include "importsession.h"
#include "ownertargetmodel.h"
#include "reviewcustomerlistmodel.h"
#include "reviewmigrationmodel.h"
#include "reviewsession.h"
#include "segmentrulemodel.h"
#include "segmenttotalsmodel.h"
#include "settingssession.h"
#include "workspace.h"

#include "../support/demobook.h"
#include "../support/printers.h"
#include "../support/recordingprompter.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace kehu;

namespace {

/// Attaches a Fatal QAbstractItemModelTester to every model shown under a widget.
class ModelWatch
{
public:
    ModelWatch() = default;
    ModelWatch(const ModelWatch &) = delete;
    ModelWatch &operator=(const ModelWatch &) = delete;
    /// The testers go before the window: a QListWidget's model resets itself while the widget
    /// is being destroyed, and a tester would then query a half-destroyed view.
    ~ModelWatch()
    {
        for (const auto &tester : std::as_const(m_testers))
            delete tester.data();
    }

    /// Watches every model not watched yet that an item view or a combo box under `root`
    /// (or `root` itself) shows; returns how many are watched in all. Call it again after a
    /// step that may have built new models.
    int watch(QWidget *root)
    {
        QList<QAbstractItemModel *> models;
        for (auto *view : root->findChildren<QAbstractItemView *>())
            models << view->model();
        for (auto *combo : root->findChildren<QComboBox *>())
            models << combo->model();
        if (auto *view = qobject_cast<QAbstractItemView *>(root))
            models << view->model();
        for (QAbstractItemModel *model : models) {
            if (!model || model->findChild<QAbstractItemModelTester *>(QString(), Qt::FindDirectChildrenOnly))
                continue;
            // Qt 6.4's tester runs fetchMore() from its modelReset handler while it still
            // counts the reset as in flight, so a paging model trips it on every reset with
            // more pages left; CustomerListModel's own tests attach a tester between resets.
            if (model->inherits("kehu::CustomerListModel"))
                continue;
            // Parented to the model: gone with it, so a model built later at the same address
            // gets a tester of its own.
            m_testers << new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal,
                                                      model);
            m_names << QString::fromLatin1(model->metaObject()->className());
        }
        return watched();
    }

    int watched() const
    {
        return static_cast<int>(
            std::count_if(m_testers.cbegin(), m_testers.cend(), [](const auto &t) { return !t.isNull(); }));
    }
    bool watches(const QAbstractItemModel *model) const
    {
        return model && model->findChild<QAbstractItemModelTester *>(QString(), Qt::FindDirectChildrenOnly);
    }
    /// Class names of every model watched so far (for messages).
    std::string names() const { return m_names.join(u", ").toStdString(); }

private:
    QList<QPointer<QAbstractItemModelTester>> m_testers;
    QStringList m_names;
};

/// A classified demo book: the customer list has segments, churn watch has rows.
test::DemoBookSpec classified(int customers = 300)
{
    return {.customers = customers, .classifiedOn = {{QDate(2025, 12, 31), QStringLiteral("2025Q4")}}};
}

void choose(QComboBox *combo, int index)
{
    ASSERT_NE(combo, nullptr);
    ASSERT_LT(index, combo->count());
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

/// A model that breaks the contract on request.
class BrokenModel : public QAbstractListModel
{
public:
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 3; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        return index.isValid() && role == Qt::DisplayRole ? QVariant(index.row()) : QVariant();
    }
    void emitInvalidRange() { emit dataChanged(index(2), index(0)); }
};

} // namespace

// The testers really stop the run: a dataChanged whose top-left lies below its bottom-right
// aborts (as would any other broken promise), so a model passing the tests below is correct.
TEST(ModelTesterDeathTest, AnInvalidDataChangedRangeAborts)
{
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_DEATH(
        {
            BrokenModel model;
            ModelWatch watch;
            QListView view;
            view.setModel(&model);
            watch.watch(&view);
            model.emitInvalidRange();
        },
        "");
    BrokenModel fine;
    QAbstractItemModelTester tester(&fine, QAbstractItemModelTester::FailureReportingMode::Fatal);
    emit fine.dataChanged(fine.index(0), fine.index(2)); // a valid range passes
}

// The customer book (list, filter chips, saved filters, detail pane's timeline and combo
// boxes), the navigation, and the fast visit entry's suggestions.
TEST(ModelTester, CustomersPageAndVisitEntry)
{
    const test::DemoBook book(classified());
    test::RecordingPrompter prompter;
    MainWindow window;
    window.setPrompter(&prompter);
    ASSERT_TRUE(window.openPath(book.path()));
    ModelWatch watch;
    watch.watch(&window);
    CustomerBookView *customers = window.customerBook();
    CustomerDetailPane *detail = customers->detail();
    ASSERT_TRUE(watch.watches(detail->timeline()));
    window.show();
    window.showPage(MainWindow::CustomersPage);
    customers->reloadChoices();

    // Sort by a column, as a header click does, and page down to the end and back.
    customers->table()->sortByColumn(CustomerListModel::Name, Qt::DescendingOrder);
    customers->table()->sortByColumn(CustomerListModel::Code, Qt::AscendingOrder);
    CustomerListModel *list = customers->model();
    ASSERT_TRUE(list->canFetchMore({}));
    while (list->canFetchMore({}))
        list->fetchMore({});
    EXPECT_EQ(list->rowCount(), 300);
    customers->jumpToEnd();
    while (list->canFetchBefore())
        list->fetchBefore();
    EXPECT_EQ(list->rowCount(), 300);

    // Filter by a segment chip, then search within it, then clear.
    auto *segment = customers->findChild<QComboBox *>(QStringLiteral("filterSegment"));
    ASSERT_GT(segment->count(), 1);
    choose(segment, 1);
    const int inSegment = list->rowCount();
    EXPECT_GT(inSegment, 0);
    EXPECT_LT(inSegment, 300);
    QTest::keyClicks(customers->searchField(), QStringLiteral("C00"));
    customers->applySearchNow();
    list->waitForSearch();
    EXPECT_TRUE(QTest::qWaitFor([&] { return list->query().search == QStringLiteral("C00"); }, 5000));
    customers->clearSearchAndFilters();
    EXPECT_GT(list->rowCount(), inSegment);

    // Pick a customer: the timeline fills; change a field: the row is refreshed in place.
    customers->table()->selectRow(2);
    const CustomerId id = detail->customerId();
    ASSERT_GT(id, 0);
    EXPECT_GT(detail->timeline()->rowCount(), 0);
    QLineEdit *needs = detail->editor(QStringLiteral("implicit_needs"));
    ASSERT_NE(needs, nullptr);
    needs->setText(QStringLiteral("wants a bigger discount"));
    emit needs->editingFinished();
    ASSERT_EQ(window.workspace()->undoStack()->count(), 1);
    window.workspace()->undoStack()->undo();
    window.workspace()->undoStack()->redo();
    customers->saveCurrentFilter();

    // Log a visit for that customer through the visit entry: suggestions come and go, the
    // timeline reloads after the write.
    const int before = detail->timeline()->rowCount();
    const QString code = list->rowAt(list->rowOf(id)).code;
    window.showPage(MainWindow::VisitsPage);
    VisitEntryForm *form = window.visitEntry();
    watch.watch(form);
    auto *customer = form->findChild<QLineEdit *>(QStringLiteral("customerEdit"));
    ASSERT_NE(customer, nullptr);
    customer->setFocus();
    QTest::keyClicks(customer, QStringLiteral("C0"));
    auto *suggestions = form->findChild<QListView *>(QStringLiteral("suggestionList"));
    ASSERT_NE(suggestions, nullptr);
    ASSERT_TRUE(watch.watches(suggestions->model()));
    EXPECT_GT(suggestions->model()->rowCount(), 1);
    customer->clear();
    QTest::keyClicks(customer, code);
    EXPECT_GE(suggestions->model()->rowCount(), 1);
    QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    window.showPage(MainWindow::CustomersPage);
    customers->openCustomer(id);
    EXPECT_GT(detail->timeline()->rowCount(), before);

    // Everything watched so far is still there (a page that rebuilt a model got a new tester).
    EXPECT_GE(watch.watch(&window), 10) << watch.names();
}

// Segments, churn watch and follow-ups after a re-classification: their tables fill, reload
// after writes (a churn reason, follow-ups planned and done) and filter.
TEST(ModelTester, SegmentsChurnWatchAndFollowUps)
{
    const test::DemoBook book(classified());
    MainWindow window;
    ASSERT_TRUE(window.openPath(book.path()));
    ModelWatch watch;
    watch.watch(&window);

    SegmentsView *segments = window.segments();
    ASSERT_TRUE(watch.watches(segments->segmentModel()));
    ASSERT_TRUE(watch.watches(segments->abcModel()));
    QSignalSpy finished(segments->job(), &ClassificationJob::finished);
    segments->reclassify();
    ASSERT_TRUE(finished.wait(60000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return segments->segmentModel()->rowCount() > 3; }, 30000));
    segments->reload(); // the totals read again over the filled tables
    segments->waitForLoad();
    EXPECT_GT(segments->segmentModel()->rowCount(), 3);

    ChurnWatchView *churn = window.churnWatch();
    ASSERT_TRUE(watch.watches(churn->model()));
    churn->reload();
    ASSERT_GT(churn->model()->rowCount(), 0);
    churn->table()->sortByColumn(1, Qt::AscendingOrder);
    churn->table()->selectRow(0);
    ASSERT_TRUE(churn->recordReason());
    churn->table()->selectRow(0);
    ASSERT_TRUE(churn->recordOutcome(false));

    FollowUpsView *followUps = window.followUps();
    ASSERT_TRUE(watch.watches(followUps->model()));
    ASSERT_TRUE(watch.watches(followUps->plan()->model()));
    ASSERT_TRUE(watch.watches(followUps->rulesModel()));
    followUps->setToday(QDate(2026, 1, 5));
    window.showPage(MainWindow::FollowUpsPage);
    followUps->refresh();
    const int proposed = followUps->planFromRules();
    ASSERT_GT(proposed, 1);
    EXPECT_GT(followUps->spread()->rowCount(), 0);
    followUps->planFromRules(); // the preview again over a filled one
    EXPECT_EQ(followUps->applyPlan(), proposed);
    auto *dueWithin = followUps->findChild<QComboBox *>(QStringLiteral("followUpDueWithin"));
    choose(dueWithin, dueWithin->count() - 1);
    ASSERT_GT(followUps->model()->rowCount(), 0);
    const int open = followUps->model()->rowCount();
    followUps->table()->selectRow(0);
    ASSERT_TRUE(followUps->markSelectedDone());
    EXPECT_EQ(followUps->model()->rowCount(), open - 1);
    auto *owner = followUps->findChild<QComboBox *>(QStringLiteral("followUpOwner"));
    ASSERT_GT(owner->count(), 1);
    choose(owner, 1);
    choose(owner, 0);
    EXPECT_EQ(followUps->model()->rowCount(), open - 1);
    watch.watch(&window);
}

// The review's tables (matrices, list, team, actions), built twice; distributors and targets
// over two quarters with a target set; loyalty's cohorts by month and by quarter.
TEST(ModelTester, ReviewDistributorsAndLoyalty)
{
    const test::DemoBook book({.customers = 300});
    MainWindow window;
    ASSERT_TRUE(window.openPath(book.path()));
    ModelWatch watch;
    watch.watch(&window);

    ReviewView *review = window.review();
    ASSERT_TRUE(watch.watches(review->actions()->model()));
    ASSERT_TRUE(watch.watches(review->listModel()));
    ASSERT_TRUE(watch.watches(review->segmentMigration()));
    ASSERT_TRUE(watch.watches(review->abcMigration()));
    QSignalSpy built(review->session(), &ReviewSession::finished);
    for (const QString &quarter : {QStringLiteral("2025Q4"), QStringLiteral("2025Q3")}) {
        const int index = review->quarterChoice()->findData(quarter);
        ASSERT_GE(index, 0);
        review->quarterChoice()->setCurrentIndex(index);
        built.clear();
        review->build();
        ASSERT_TRUE(built.wait(120000));
        ASSERT_TRUE(built.at(0).at(0).toBool()) << built.at(0).at(1).toString().toStdString();
        EXPECT_GT(review->abcMigration()->rowCount(), 0);
    }
    review->drillCell(true, 0, 0);
    review->createFollowUps();

    DistributorsView *distributors = window.distributors();
    distributors->setToday(QDate(2025, 12, 31));
    window.showPage(MainWindow::DistributorsPage);
    distributors->refresh();
    distributors->waitForLoad();
    ASSERT_GT(distributors->scorecard()->rowCount(), 0);
    ASSERT_TRUE(watch.watches(distributors->scorecard()));
    ASSERT_TRUE(watch.watches(distributors->targets()));
    ASSERT_TRUE(distributors->targets()->setData(distributors->targets()->index(0, 1), 20000.0));
    window.workspace()->undoStack()->undo();
    distributors->setQuarter(QStringLiteral("2025Q3"));
    distributors->waitForLoad();
    distributors->setQuarter(QStringLiteral("2025Q4"));
    distributors->waitForLoad();

    LoyaltyView *loyalty = window.loyalty();
    ASSERT_TRUE(watch.watches(loyalty->model()));
    loyalty->setToday(QDate(2025, 12, 31));
    window.showPage(MainWindow::LoyaltyPage);
    loyalty->refresh();
    loyalty->waitForCohorts();
    ASSERT_GT(loyalty->model()->rowCount(), 0);
    auto *period = loyalty->findChild<QComboBox *>(QStringLiteral("cohortPeriod"));
    choose(period, 1);
    loyalty->waitForCohorts();
    choose(period, 0);
    loyalty->waitForCohorts();
    EXPECT_EQ(loyalty->model()->rowCount(), 12);
    watch.watch(&window);
}

// The dashboard's filter choices and the settings page: segment rules edited, added, moved
// and removed, then saved and re-classified (the effect table fills).
TEST(ModelTester, DashboardAndSettings)
{
    const test::DemoBook book(classified());
    MainWindow window;
    ASSERT_TRUE(window.openPath(book.path()));
    ModelWatch watch;
    watch.watch(&window);
    window.resize(1400, 900);
    window.show();

    window.showPage(MainWindow::DashboardPage);
    DashboardView *dashboard = window.dashboard();
    auto *owner = dashboard->findChild<QComboBox *>(QStringLiteral("dashboardOwner"));
    ASSERT_NE(owner, nullptr);
    ASSERT_TRUE(watch.watches(owner->model()));
    ASSERT_GT(owner->count(), 1);
    choose(owner, 1);
    dashboard->session()->waitForCounts();
    choose(owner, 0);
    dashboard->session()->waitForCounts();

    window.showPage(MainWindow::SettingsPage);
    SettingsView *settings = window.settings();
    SegmentRuleModel *rules = settings->session()->segmentRules();
    ASSERT_TRUE(watch.watches(rules));
    const int count = rules->rowCount();
    ASSERT_TRUE(rules->setData(rules->index(0, SegmentRuleModel::RMin), 4));
    const int added = rules->addRule(1);
    EXPECT_EQ(rules->rowCount(), count + 1);
    rules->moveRule(added, 1);
    rules->moveRule(added + 1, -1);
    rules->removeRule(added);
    EXPECT_EQ(rules->rowCount(), count);
    auto *effect = settings->findChild<QTableWidget *>(QStringLiteral("effectTable"));
    ASSERT_NE(effect, nullptr);
    ASSERT_TRUE(watch.watches(effect->model()));
    QSignalSpy finished(settings->job(), &ClassificationJob::finished);
    QTest::mouseClick(settings->findChild<QPushButton *>(QStringLiteral("saveClassifyButton")), Qt::LeftButton);
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_GT(effect->rowCount(), 3);
    watch.watch(&window);
}

// File ▸ Import CSV: the mapping table fills from the file and again after a re-mapping, the
// report table lists the bad row, then empties when the date format is named.
TEST(ModelTester, ImportDialog)
{
    const test::DemoBook book({.customers = 50});
    const QString csv = book.dir() + QStringLiteral("/orders.csv");
    {
        QFile file(csv);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("客户编号,客户名称,日期,金额\n"
                   "C001,张伟,2024-03-15,\"1,234.50\"\n"
                   "C002,李娜,2024-03-16,88\n"
                   "C004,赵强,15/03/2024,20\n");
    }
    MainWindow window;
    ASSERT_TRUE(window.openPath(book.path()));
    ImportDialog *dialog = window.importCsv();
    ASSERT_NE(dialog, nullptr);
    ModelWatch watch;
    watch.watch(dialog);
    auto *mapping = dialog->findChild<QTableWidget *>(QStringLiteral("mappingTable"));
    auto *report = dialog->findChild<QTableWidget *>(QStringLiteral("reportTable"));
    ASSERT_TRUE(watch.watches(mapping->model()));
    ASSERT_TRUE(watch.watches(report->model()));

    ASSERT_TRUE(dialog->loadFile(csv));
    ASSERT_EQ(mapping->rowCount(), 4);
    watch.watch(dialog); // the combo boxes inside the mapping table
    auto *amount = qobject_cast<QComboBox *>(mapping->cellWidget(3, 1));
    ASSERT_NE(amount, nullptr);
    const int amountIndex = amount->currentIndex();
    choose(amount, 0);
    choose(amount, amountIndex);

    const auto check = [&] {
        QSignalSpy done(dialog->session(), &ImportSession::finished);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("checkButton")), Qt::LeftButton);
        return done.wait(30000);
    };
    ASSERT_TRUE(check());
    EXPECT_EQ(report->rowCount(), 1);
    auto *dateFormat = dialog->findChild<QComboBox *>(QStringLiteral("dateFormatCombo"));
    choose(dateFormat, dateFormat->findData(int(DateFormat::DayMonthYear)));
    ASSERT_TRUE(check());
    EXPECT_EQ(report->rowCount(), 0);
    watch.watch(dialog);
}
