#include "cadencerulesmodel.h"

#include "labels.h"

#include "../support/printers.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>

using namespace kehu;

namespace {

using Rule = FollowUpCadencePolicy::Rule;

int rowOf(const CadenceRulesModel &model, const QString &key)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, 0).data(CadenceRulesModel::KeyRole).toString() == key)
            return row;
    return -1;
}

} // namespace

// One row per segment the labels know, in their order, whether it has a rule or not; the
// rules' days are shown and edited as whole numbers, the segment names are not editable.
TEST(CadenceRulesModel, ShowsEverySegmentWithItsRule)
{
    CadenceRulesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.columnCount(), 3);
    model.setRules({Rule{QStringLiteral("at_risk"), 30, 7}, Rule{QStringLiteral("no_such_segment"), 5, 5}});

    const QStringList keys = Labels::segmentKeys();
    ASSERT_EQ(model.rowCount(), keys.size());
    for (int row = 0; row < model.rowCount(); ++row) {
        EXPECT_EQ(model.index(row, CadenceRulesModel::Segment).data(CadenceRulesModel::KeyRole).toString(),
                  keys.at(row));
        EXPECT_EQ(model.index(row, CadenceRulesModel::Segment).data().toString(), Labels::segment(keys.at(row)));
        EXPECT_FALSE(model.flags(model.index(row, CadenceRulesModel::Segment)) & Qt::ItemIsEditable);
        EXPECT_TRUE(model.flags(model.index(row, CadenceRulesModel::EveryDays)) & Qt::ItemIsEditable);
    }
    const int atRisk = rowOf(model, QStringLiteral("at_risk"));
    ASSERT_GE(atRisk, 0);
    EXPECT_EQ(model.index(atRisk, CadenceRulesModel::EveryDays).data(Qt::EditRole), QVariant(30));
    EXPECT_EQ(model.index(atRisk, CadenceRulesModel::WithinDays).data().toInt(), 7);
    const int other = atRisk == 0 ? 1 : 0;
    EXPECT_EQ(model.index(other, CadenceRulesModel::EveryDays).data().toInt(), 0);
    EXPECT_EQ(model.headerData(CadenceRulesModel::WithinDays, Qt::Horizontal).toString(),
              CadenceRulesModel::tr("Within (days)"));
    // The rule of a segment nobody knows is not shown, so not kept either.
    EXPECT_EQ(model.rules(), (QList<Rule>{Rule{QStringLiteral("at_risk"), 30, 7}}));
}

// What is typed becomes the rules: days below 0 count as 0, a segment left at 0 and 0 has no
// rule, and text that is not a number is refused.
TEST(CadenceRulesModel, EditsBecomeTheRules)
{
    CadenceRulesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRules({Rule{QStringLiteral("at_risk"), 30, 7}, Rule{QStringLiteral("lost"), 90, 0}});
    const int atRisk = rowOf(model, QStringLiteral("at_risk"));
    const int lost = rowOf(model, QStringLiteral("lost"));
    const int champions = rowOf(model, QStringLiteral("champions"));
    ASSERT_GE(atRisk, 0);
    ASSERT_GE(lost, 0);
    ASSERT_GE(champions, 0);

    EXPECT_TRUE(model.setData(model.index(champions, CadenceRulesModel::WithinDays), 14));
    EXPECT_TRUE(model.setData(model.index(lost, CadenceRulesModel::EveryDays), -5));
    EXPECT_EQ(model.index(lost, CadenceRulesModel::EveryDays).data().toInt(), -5); // as typed
    EXPECT_TRUE(model.setData(model.index(atRisk, CadenceRulesModel::EveryDays), QStringLiteral("21")));
    EXPECT_FALSE(model.setData(model.index(atRisk, CadenceRulesModel::WithinDays), QStringLiteral("soon")));
    EXPECT_FALSE(model.setData(model.index(atRisk, CadenceRulesModel::Segment), QStringLiteral("x")));

    QList<Rule> expected;
    for (const QString &key : Labels::segmentKeys()) {
        if (key == u"at_risk")
            expected << Rule{key, 21, 7};
        else if (key == u"champions")
            expected << Rule{key, 0, 14};
    }
    EXPECT_EQ(model.rules(), expected);
}
