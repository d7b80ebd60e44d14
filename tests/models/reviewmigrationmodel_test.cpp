#include "reviewmigrationmodel.h"

#include "labels.h"
#include "moneyformatter.h"
#include "workspace.h"

#include "../support/demobook.h"
#include "../support/printers.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QLocale>

using namespace kehu;

namespace {

/// Two segments: champions and lost. Rows: last quarter; columns: this quarter; the last of
/// each is "none" (the matrix's absent label).
QuarterlyReview review()
{
    QuarterlyReview r;
    r.segmentKeys = {QStringLiteral("champions"), QStringLiteral("lost")};
    r.abcKeys = {QStringLiteral("A")};
    r.segmentMigration.labelCount = 2;
    //                                champions  lost  none
    r.segmentMigration.customers = {/* champions */ 1200, 30,  0,
                                    /* lost      */ 5,    400, 2,
                                    /* none      */ 70,   0,   0};
    r.segmentMigration.revenue = {9000000, 120000, 0, 2500, 0, 0, 350000, 0, 0};
    r.abcMigration.labelCount = 1;
    r.abcMigration.customers = {10, 1, 2, 0};
    return r;
}

} // namespace

// The matrix of a review: group names both ways with "(none)" last, counts where customers
// moved (blank where none), tinted where there are any, the revenue in the tool tip, and the
// caption the drill-down shows.
TEST(ReviewMigrationModel, ShowsWhoMovedWhereWithTheGroupNames)
{
    const test::DemoBook book({.customers = 50});
    const std::unique_ptr<Workspace> workspace = book.openWorkspace();
    ASSERT_NE(workspace, nullptr);
    ReviewMigrationModel model(*workspace, ReviewMigrationModel::Kind::Segments);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0); // no review yet
    EXPECT_EQ(model.columnCount(), 0);

    model.setReview(review());
    ASSERT_EQ(model.rowCount(), 3);
    ASSERT_EQ(model.columnCount(), 3);
    const QString champions = Labels::segment(QStringLiteral("champions"));
    const QString lost = Labels::segment(QStringLiteral("lost"));
    const QString none = ReviewMigrationModel::tr("(none)");
    for (const Qt::Orientation o : {Qt::Horizontal, Qt::Vertical}) {
        EXPECT_EQ(model.headerData(0, o).toString(), champions);
        EXPECT_EQ(model.headerData(1, o).toString(), lost);
        EXPECT_EQ(model.headerData(2, o).toString(), none);
    }

    const QLocale locale;
    EXPECT_EQ(model.index(0, 0).data().toString(), locale.toString(1200));
    EXPECT_EQ(model.index(0, 1).data().toString(), locale.toString(30));
    EXPECT_EQ(model.index(1, 2).data().toString(), locale.toString(2));
    EXPECT_EQ(model.index(2, 0).data().toString(), locale.toString(70));
    EXPECT_EQ(model.index(0, 2).data().toString(), QString());
    EXPECT_EQ(model.index(0, 0).data(Qt::TextAlignmentRole).value<Qt::Alignment>(), Qt::AlignCenter);

    // Tinted: the diagonal bluish, the rest reddish, the empty cells not at all; the largest
    // cell the strongest.
    const QColor stayed = model.index(0, 0).data(Qt::BackgroundRole).value<QBrush>().color();
    const QColor left = model.index(0, 1).data(Qt::BackgroundRole).value<QBrush>().color();
    const QColor stayedLost = model.index(1, 1).data(Qt::BackgroundRole).value<QBrush>().color();
    EXPECT_GT(stayed.blue(), stayed.red());
    EXPECT_GT(left.red(), left.blue());
    EXPECT_LT(stayed.red(), stayedLost.red());
    EXPECT_FALSE(model.index(0, 2).data(Qt::BackgroundRole).isValid());

    const Currency currency(workspace->currency());
    EXPECT_EQ(model.index(0, 1).data(Qt::ToolTipRole).toString(),
              ReviewMigrationModel::tr("%1 → %2: %3 customers, revenue %4")
                  .arg(champions, lost, locale.toString(30), MoneyFormatter::formatWhole(120000, currency)));
    EXPECT_EQ(model.caption(2, 0), none + QStringLiteral(" → ") + champions);
    EXPECT_FALSE(model.flags(model.index(0, 0)) & Qt::ItemIsEditable);
}

// The ABC matrix names classes; a matrix without revenue figures says revenue 0.
TEST(ReviewMigrationModel, ShowsTheAbcClasses)
{
    const test::DemoBook book({.customers = 50});
    const std::unique_ptr<Workspace> workspace = book.openWorkspace();
    ASSERT_NE(workspace, nullptr);
    ReviewMigrationModel model(*workspace, ReviewMigrationModel::Kind::AbcClasses);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setReview(review());
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.headerData(0, Qt::Vertical).toString(), Labels::abcClass(QStringLiteral("A")));
    EXPECT_EQ(model.index(1, 0).data().toString(), QLocale().toString(2));
    EXPECT_TRUE(model.index(1, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .endsWith(MoneyFormatter::formatWhole(0, Currency(workspace->currency()))));
}
