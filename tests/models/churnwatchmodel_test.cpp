#include "churnwatchmodel.h"

#include "churneventrepository.h"
#include "classificationpolicy.h"
#include "classificationrunner.h"
#include "demowriter.h"
#include "labels.h"
#include "workspace.h"

#include "../support/demobook.h"
#include "../support/printers.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>

using namespace kehu;

// Every at-risk row says which churn rule flagged it, translated through the label table;
// the recorded reason and win-back outcome appear once they are recorded, and a row without
// a record says so instead of staying blank.
TEST(ChurnWatchModel, ShowsTheRuleThatFiredAndTheRecordedReasonAndOutcome)
{
    const test::DemoBook book({.customers = 400, .classifiedOn = {{QDate(2025, 12, 31), QStringLiteral("x")}}});
    const std::unique_ptr<Workspace> opened = book.openWorkspace();
    ASSERT_NE(opened, nullptr);
    Workspace &workspace = *opened;
    ChurnWatchModel model(workspace);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload();
    ASSERT_GT(model.rowCount(), 0);

    const QStringList storedRules{QStringLiteral("p_alive_low"), QStringLiteral("gap_beyond_typical"),
                                  QStringLiteral("one_time_inactive")};
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString key = model.index(row, ChurnWatchModel::Rule).data(ChurnWatchModel::RawValueRole).toString();
        EXPECT_TRUE(storedRules.contains(key)) << "row " << row << ": " << key.toStdString();
        const QString shown = model.index(row, ChurnWatchModel::Rule).data().toString();
        EXPECT_FALSE(shown.isEmpty());
        EXPECT_NE(shown, key) << "the stored key is shown untranslated";
        EXPECT_EQ(shown, Labels::churnRule(key));
        if (model.rowAt(row).eventReason.isEmpty()) {
            EXPECT_FALSE(model.index(row, ChurnWatchModel::Reason).data().toString().isEmpty());
            EXPECT_FALSE(model.index(row, ChurnWatchModel::Outcome).data().toString().isEmpty());
        }
    }

    const CustomerId first = model.rowAt(0).id;
    ChurnEvent event;
    event.customerId = first;
    event.flaggedOn = QDate(2026, 1, 5);
    event.reason = ChurnReason::Price;
    ChurnEventRepository events(workspace.database());
    const qint64 eventId = events.add(event);
    ASSERT_GT(eventId, 0);
    model.reload();
    ASSERT_EQ(model.rowAt(0).id, first);
    EXPECT_EQ(model.index(0, ChurnWatchModel::Reason).data().toString(), Labels::churnReason(QStringLiteral("price")));
    EXPECT_EQ(model.index(0, ChurnWatchModel::Outcome).data().toString(), Labels::churnOutcome(QStringLiteral("open")));
    EXPECT_EQ(model.index(0, 0).data(ChurnWatchModel::EventIdRole).toLongLong(), eventId);

    ASSERT_TRUE(events.setOutcome(eventId, ChurnOutcome::WonBack, QDate(2026, 2, 1)));
    model.reload();
    EXPECT_EQ(model.index(0, ChurnWatchModel::Reason).data().toString(), Labels::churnReason(QStringLiteral("price")));
    EXPECT_EQ(model.index(0, ChurnWatchModel::Outcome).data().toString(),
              Labels::churnOutcome(QStringLiteral("won_back")));
    EXPECT_EQ(model.index(0, 0).data(ChurnWatchModel::EventIdRole).toLongLong(), 0); // no longer open
}

// The label table knows the churn rule keys that classification stores (it knew other
// spellings, so every rule was shown as its raw key).
TEST(Labels, TranslatesTheStoredChurnRuleKeys)
{
    for (const char *key : {"p_alive_low", "gap_beyond_typical", "one_time_inactive"})
        EXPECT_NE(Labels::churnRule(QString::fromLatin1(key)), QString::fromLatin1(key)) << key;
}
