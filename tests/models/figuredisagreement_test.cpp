#include "figuredisagreement.h"

#include "../support/printers.h"

#include <gtest/gtest.h>

#include <QJsonObject>

using namespace kehu;
using Kind = FigureDisagreement::Kind;

namespace {

SnapshotRow row(std::optional<double> pAlive, const QString &flag, const QString &reason, const QString &segment)
{
    SnapshotRow r;
    r.pAlive = pAlive;
    r.churnFlag = flag;
    r.churnReason = reason;
    r.segment = segment;
    return r;
}

} // namespace

// Issue 9 item 3: a one-time buyer under BG/NBD showed P(alive) 100% beside segment Lost and
// flag Churned, with nothing saying why.
TEST(FigureDisagreement, BgNbdOneTimeBuyerFlaggedChurnedIsExplained)
{
    const auto d = FigureDisagreement::find(
        row(1.0, QStringLiteral("churned"), QStringLiteral("one_time_inactive"), QStringLiteral("lost")),
        analytics::PurchaseModel::BgNbd, 0.5);
    EXPECT_EQ(d.kind, Kind::AliveButFlagged);
    // Names the model, the flag and the rule that set it (by its label, not its key), and
    // says why BG/NBD gives 100%.
    EXPECT_TRUE(d.explanation.contains(QStringLiteral("(BG/NBD)"))) << d.explanation.toStdString();
    EXPECT_TRUE(d.explanation.contains(QStringLiteral("“Churned”"))) << d.explanation.toStdString();
    EXPECT_TRUE(d.explanation.contains(QStringLiteral("“One-time buyer, inactive”"))) << d.explanation.toStdString();
    EXPECT_TRUE(d.explanation.contains(QStringLiteral("certainly alive"))) << d.explanation.toStdString();
}

TEST(FigureDisagreement, GapRuleIsExplainedByTheUsualGap)
{
    const auto d = FigureDisagreement::find(
        row(0.7, QStringLiteral("at_risk"), QStringLiteral("gap_beyond_typical"), QStringLiteral("loyal_customers")),
        analytics::PurchaseModel::MbgNbd, 0.5);
    EXPECT_EQ(d.kind, Kind::AliveButFlagged);
    EXPECT_TRUE(d.explanation.contains(QStringLiteral("(MBG/NBD)")));
    EXPECT_TRUE(d.explanation.contains(QStringLiteral("usual gap")));
    EXPECT_FALSE(d.explanation.contains(QStringLiteral("certainly alive")));
}

TEST(FigureDisagreement, AgreeingFiguresSayNothing)
{
    // Flagged by P(alive) itself, low P(alive) and segment lost: one story.
    auto d = FigureDisagreement::find(
        row(0.1, QStringLiteral("churned"), QStringLiteral("p_alive_low"), QStringLiteral("lost")),
        analytics::PurchaseModel::MbgNbd, 0.5);
    EXPECT_EQ(d.kind, Kind::None);
    EXPECT_TRUE(d.explanation.isEmpty());
    // Likely alive, active, champions.
    d = FigureDisagreement::find(row(0.9, QStringLiteral("active"), QString(), QStringLiteral("champions")),
                                 analytics::PurchaseModel::MbgNbd, 0.5);
    EXPECT_EQ(d.kind, Kind::None);
    // No P(alive) (historical CLV): nothing to compare.
    d = FigureDisagreement::find(
        row(std::nullopt, QStringLiteral("churned"), QStringLiteral("one_time_inactive"), QStringLiteral("lost")),
        analytics::PurchaseModel::BgNbd, 0.5);
    EXPECT_EQ(d.kind, Kind::None);
}

TEST(FigureDisagreement, SegmentDisagreementsBothWays)
{
    auto d = FigureDisagreement::find(row(0.8, QStringLiteral("active"), QString(), QStringLiteral("lost")),
                                      analytics::PurchaseModel::MbgNbd, 0.5);
    EXPECT_EQ(d.kind, Kind::AliveButLapsedSegment);
    EXPECT_TRUE(d.explanation.contains(QStringLiteral("“Lost”"))) << d.explanation.toStdString();
    EXPECT_TRUE(d.explanation.contains(QStringLiteral("RFM")));
    d = FigureDisagreement::find(
        row(0.3, QStringLiteral("at_risk"), QStringLiteral("p_alive_low"), QStringLiteral("champions")),
        analytics::PurchaseModel::MbgNbd, 0.5);
    EXPECT_EQ(d.kind, Kind::UnlikelyAliveButChampion);
    EXPECT_TRUE(d.explanation.contains(QStringLiteral("“Champions”"))) << d.explanation.toStdString();
    // The threshold is the policy's: at 0.25 the same 0.3 counts as likely alive.
    d = FigureDisagreement::find(row(0.3, QStringLiteral("active"), QString(), QStringLiteral("champions")),
                                 analytics::PurchaseModel::MbgNbd, 0.25);
    EXPECT_EQ(d.kind, Kind::None);
}

TEST(FigureDisagreement, SnapshotNamesItsPurchaseModel)
{
    auto info = [](const char *summary) {
        SnapshotInfo s;
        s.summary = SnapshotSummary::fromJson(summary);
        return s;
    };
    EXPECT_EQ(snapshotPurchaseModel(info(R"({"models": {"clv_kind": "predictive", "purchase_model": "mbgnbd"}})")),
              analytics::PurchaseModel::MbgNbd);
    // Snapshots written before the choice existed were BG/NBD.
    EXPECT_EQ(snapshotPurchaseModel(info(R"({"models": {"clv_kind": "predictive", "bgnbd": {"r": 1}}})")),
              analytics::PurchaseModel::BgNbd);
    EXPECT_EQ(snapshotPurchaseModel(info(R"({"models": {"clv_kind": "historical"}})")), std::nullopt);
}
