#include "mainwindow.h"

#include "prompter.h"
#include "settingsview.h"

#include "classificationjob.h"
#include "demowriter.h"
#include "segmentrulemodel.h"
#include "settingsrepository.h"
#include "settingssession.h"
#include "workspace.h"

#include "../support/demobook.h"
#include "../support/printers.h"
#include "../support/recordingprompter.h"
#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace kehu;

// Settings page: edits in the form reach the stored policy on Save; Save and re-classify
// runs in the background and shows how each segment changed.
TEST(Settings, ChangeIsStoredAndReclassifyShowsTheEffect)
{
    const test::DemoBook book({.customers = 300});
    MainWindow window;
    ASSERT_TRUE(window.openPath(book.path()));
    window.show();
    window.showPage(MainWindow::SettingsPage);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    SettingsView *view = window.settings();
    ASSERT_NE(view, nullptr);
    auto *save = view->findChild<QPushButton *>(QStringLiteral("saveSettingsButton"));
    EXPECT_FALSE(save->isEnabled()); // nothing changed yet

    auto *abcA = view->findChild<QDoubleSpinBox *>(QStringLiteral("abcA"));
    abcA->setValue(70.0);
    auto *cuts = view->findChild<QLineEdit *>(QStringLiteral("recencyCuts"));
    cuts->setText(QStringLiteral("30, 90, 180, 365"));
    emit cuts->editingFinished();
    auto *currency = view->findChild<QComboBox *>(QStringLiteral("currencyCombo"));
    const int usd = currency->findData(QStringLiteral("USD"));
    currency->setCurrentIndex(usd);
    emit currency->activated(usd);
    EXPECT_TRUE(save->isEnabled());
    EXPECT_EQ(view->session()->validate(), QString());
    QTest::mouseClick(save, Qt::LeftButton);
    EXPECT_FALSE(view->session()->isModified());
    const ClassificationPolicy stored = SettingsRepository(window.workspace()->database()).policy();
    EXPECT_DOUBLE_EQ(stored.abc.a, 0.70);
    EXPECT_EQ(stored.rfm.recency.cutPoints, (std::vector<double>{30, 90, 180, 365}));
    EXPECT_EQ(SettingsRepository(window.workspace()->database()).value(QString(SettingsRepository::kCurrencyKey)),
              QStringLiteral("USD"));

    // Widen Champions (R from 5 to 4) and re-classify: the effect table fills.
    auto *rules = view->findChild<QTableView *>(QStringLiteral("segmentRuleTable"));
    ASSERT_TRUE(rules->model()->setData(rules->model()->index(0, SegmentRuleModel::RMin), 4));
    QSignalSpy finished(view->job(), &ClassificationJob::finished);
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("saveClassifyButton")), Qt::LeftButton);
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_GT(finished.at(0).at(0).toLongLong(), 0) << finished.at(0).at(2).toString().toStdString();
    EXPECT_EQ(SettingsRepository(window.workspace()->database()).policy().segments.at(0).rMin, 4);
    auto *effect = view->findChild<QTableWidget *>(QStringLiteral("effectTable"));
    ASSERT_GT(effect->rowCount(), 3);
    EXPECT_EQ(effect->item(0, 1)->text(), QStringLiteral("0")); // no snapshot before
}

// An inconsistent setting is refused with a message and nothing is stored.
TEST(Settings, InconsistentRulesAreNotSaved)
{
    test::RecordingPrompter prompter;
    test::TempDatabase temp;
    temp.close();
    MainWindow window;
    window.setPrompter(&prompter);
    ASSERT_TRUE(window.openPath(temp.path()));
    SettingsView *view = window.settings();
    view->findChild<QDoubleSpinBox *>(QStringLiteral("churnedPAlive"))->setValue(80.0);
    EXPECT_FALSE(view->save());
    EXPECT_EQ(prompter.warnings.size(), 1);
    EXPECT_DOUBLE_EQ(SettingsRepository(window.workspace()->database()).policy().churn.churnedPAlive, 0.2);
}

// The purchase model is chosen on the Settings page, stored with the policy and shown again
// when the book is reopened. New books start with MBG/NBD.
TEST(Settings, PurchaseModelChoiceRoundTrips)
{
    test::TempDatabase temp;
    temp.close();
    {
        MainWindow window;
        ASSERT_TRUE(window.openPath(temp.path()));
        SettingsView *view = window.settings();
        auto *combo = view->findChild<QComboBox *>(QStringLiteral("purchaseModelCombo"));
        ASSERT_NE(combo, nullptr);
        EXPECT_EQ(combo->currentData().toInt(), int(analytics::PurchaseModel::MbgNbd));
        const int bg = combo->findData(int(analytics::PurchaseModel::BgNbd));
        ASSERT_GE(bg, 0);
        combo->setCurrentIndex(bg);
        emit combo->activated(bg);
        EXPECT_TRUE(view->session()->isModified());
        ASSERT_TRUE(view->save());
        EXPECT_EQ(SettingsRepository(window.workspace()->database()).policy().purchaseModel,
                  analytics::PurchaseModel::BgNbd);
    }
    MainWindow reopened;
    ASSERT_TRUE(reopened.openPath(temp.path()));
    auto *combo = reopened.settings()->findChild<QComboBox *>(QStringLiteral("purchaseModelCombo"));
    ASSERT_NE(combo, nullptr);
    EXPECT_EQ(combo->currentData().toInt(), int(analytics::PurchaseModel::BgNbd));
}

// Saving the settings is one undo step: Undo restores what was stored before, in the book
// and on the form; Redo saves them again.
TEST(Settings, SaveCanBeUndone)
{
    test::TempDatabase temp;
    temp.close();
    MainWindow window;
    ASSERT_TRUE(window.openPath(temp.path()));
    SettingsView *view = window.settings();
    auto *abcA = view->findChild<QDoubleSpinBox *>(QStringLiteral("abcA"));
    const double before = abcA->value();
    const ClassificationPolicy storedBefore = SettingsRepository(window.workspace()->database()).policy();
    const auto jsonBefore =
        SettingsRepository(window.workspace()->database()).value(QString(SettingsRepository::kPolicyKey));
    abcA->setValue(70.0);
    ASSERT_TRUE(view->save());
    QUndoStack *stack = window.workspace()->undoStack();
    ASSERT_EQ(stack->count(), 1);
    EXPECT_DOUBLE_EQ(SettingsRepository(window.workspace()->database()).policy().abc.a, 0.70);

    stack->undo();
    EXPECT_DOUBLE_EQ(SettingsRepository(window.workspace()->database()).policy().abc.a, storedBefore.abc.a);
    EXPECT_EQ(SettingsRepository(window.workspace()->database()).value(QString(SettingsRepository::kPolicyKey)),
              jsonBefore);
    EXPECT_DOUBLE_EQ(abcA->value(), before);
    EXPECT_FALSE(view->session()->isModified());

    stack->redo();
    EXPECT_DOUBLE_EQ(SettingsRepository(window.workspace()->database()).policy().abc.a, 0.70);
    EXPECT_DOUBLE_EQ(abcA->value(), 70.0);
}
