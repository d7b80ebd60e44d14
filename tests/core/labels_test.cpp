#include "labels.h"

#include "classification.h"
#include "enumkeys.h"
#include "rfmsegments.h"

#include "../support/printers.h"

#include <gtest/gtest.h>

#include <QSet>

using namespace kehu;
using Labels::Kind;
using Labels::Language;

namespace {

constexpr Kind kKinds[] = {Kind::Segment,     Kind::SegmentAction,  Kind::AbcClass,     Kind::Behaviour,
                           Kind::ValueTier,   Kind::ChurnFlag,      Kind::ChurnRule,    Kind::VisitKind,
                           Kind::Personality, Kind::Lifecycle,      Kind::ChurnReason,  Kind::ChurnOutcome,
                           Kind::Channel,     Kind::FollowUpReason, Kind::CustomerField};

bool hasHan(const QString &text)
{
    for (const QChar c : text) {
        if (c.script() == QChar::Script_Han)
            return true;
    }
    return false;
}

/// Every key a snapshot row or a record can store, per family, from the code that stores it.
QList<std::pair<Kind, QStringList>> storedKeys()
{
    QStringList segments;
    for (const auto &rule : analytics::defaultSegmentRules())
        segments << QString::fromStdString(rule.key);
    segments << QString::fromLatin1(analytics::kOthersKey);
    QStringList abc, behaviours, tiers, flags, rules, visits, personalities, lifecycles, reasons, outcomes;
    for (auto v : {analytics::AbcClass::A, analytics::AbcClass::B, analytics::AbcClass::C})
        abc << abcKey(v);
    for (auto v : {analytics::PurchaseBehaviour::HighFrequency, analytics::PurchaseBehaviour::LowFrequency,
                   analytics::PurchaseBehaviour::OneTime})
        behaviours << behaviourKey(v);
    for (auto v : {analytics::ValueTier::High, analytics::ValueTier::Mid, analytics::ValueTier::Low})
        tiers << valueTierKey(v);
    for (auto v : {analytics::ChurnStatus::Active, analytics::ChurnStatus::AtRisk, analytics::ChurnStatus::Churned})
        flags << churnStatusKey(v);
    for (auto v : {analytics::ChurnReason::PAliveBelowThreshold, analytics::ChurnReason::GapBeyondTypical,
                   analytics::ChurnReason::OneTimeBuyerInactive})
        rules << churnReasonKey(v);
    for (auto v : {VisitKind::Store, VisitKind::Call, VisitKind::OnSite, VisitKind::Online})
        visits << toKey(v);
    for (auto v : {PersonalityType::Unknown, PersonalityType::Analytic, PersonalityType::Expressive,
                   PersonalityType::Amiable, PersonalityType::Steady})
        personalities << toKey(v);
    for (auto v : {LifecycleStatus::Lead, LifecycleStatus::Prospect, LifecycleStatus::Active, LifecycleStatus::Vip,
                   LifecycleStatus::Dormant, LifecycleStatus::Lost})
        lifecycles << toKey(v);
    for (auto v : {ChurnReason::Service, ChurnReason::Price, ChurnReason::NeedsChanged, ChurnReason::Competitor,
                   ChurnReason::Moved, ChurnReason::Other})
        reasons << toKey(v);
    for (auto v : {ChurnOutcome::Open, ChurnOutcome::WonBack, ChurnOutcome::Lost})
        outcomes << toKey(v);
    return {{Kind::Segment, segments},     {Kind::SegmentAction, segments}, {Kind::AbcClass, abc},
            {Kind::Behaviour, behaviours}, {Kind::ValueTier, tiers},        {Kind::ChurnFlag, flags},
            {Kind::ChurnRule, rules},      {Kind::VisitKind, visits},       {Kind::Personality, personalities},
            {Kind::Lifecycle, lifecycles}, {Kind::ChurnReason, reasons},    {Kind::ChurnOutcome, outcomes}};
}

} // namespace

TEST(Labels, EveryStoredKeyAndEnumValueHasALabelInBothLanguages)
{
    for (const auto &[kind, keys] : storedKeys()) {
        ASSERT_FALSE(keys.isEmpty());
        for (const QString &key : keys) {
            ASSERT_FALSE(key.isEmpty()) << int(kind);
            const QString english = Labels::label(kind, key, Language::English);
            const QString chinese = Labels::label(kind, key, Language::SimplifiedChinese);
            EXPECT_FALSE(english.isEmpty()) << int(kind) << " " << key.toStdString();
            EXPECT_NE(english, key) << int(kind) << " " << key.toStdString();
            if (key == u"vip") // VIP is VIP in Chinese too
                continue;
            EXPECT_NE(chinese, english) << int(kind) << " " << key.toStdString();
            EXPECT_TRUE(hasHan(chinese)) << int(kind) << " " << key.toStdString() << " -> " << chinese.toStdString();
        }
    }
    // The keys offered to users are the stored ones.
    const auto stored = storedKeys();
    const QStringList segmentKeys = Labels::segmentKeys();
    EXPECT_EQ(QSet<QString>(segmentKeys.begin(), segmentKeys.end()),
              QSet<QString>(stored[0].second.begin(), stored[0].second.end()));
    EXPECT_EQ(Labels::churnFlagKeys(), stored[5].second);
    EXPECT_EQ(Labels::visitKindKeys(), stored[7].second);
    EXPECT_EQ(Labels::personalityKeys(), stored[8].second);
    EXPECT_EQ(Labels::lifecycleKeys(), stored[9].second);
    EXPECT_EQ(Labels::churnReasonKeys(), stored[10].second);
}

TEST(Labels, EveryKeyOfEveryFamilyHasDistinctLabels)
{
    for (const Kind kind : kKinds) {
        const QStringList keys = Labels::keys(kind);
        ASSERT_FALSE(keys.isEmpty()) << int(kind);
        for (const Language language : {Language::English, Language::SimplifiedChinese}) {
            QSet<QString> seen;
            for (const QString &key : keys) {
                const QString text = Labels::label(kind, key, language);
                EXPECT_FALSE(text.isEmpty()) << int(kind) << " " << key.toStdString();
                seen.insert(text);
            }
            EXPECT_EQ(seen.size(), keys.size()) << int(kind) << " " << int(language);
        }
    }
    // A segment and a churn flag never read the same, in either language.
    for (const Language language : {Language::English, Language::SimplifiedChinese}) {
        EXPECT_NE(Labels::label(Kind::Segment, QStringLiteral("lost"), language),
                  Labels::label(Kind::ChurnFlag, QStringLiteral("churned"), language));
    }
    EXPECT_NE(Labels::label(Kind::Segment, QStringLiteral("at_risk"), Language::SimplifiedChinese),
              Labels::label(Kind::ChurnFlag, QStringLiteral("at_risk"), Language::SimplifiedChinese));
    EXPECT_NE(Labels::label(Kind::Lifecycle, QStringLiteral("lost"), Language::SimplifiedChinese),
              Labels::label(Kind::ChurnOutcome, QStringLiteral("lost"), Language::SimplifiedChinese));
}

TEST(Labels, WithoutATranslatorTheAppShowsTheEnglishTable)
{
    for (const Kind kind : kKinds) {
        for (const QString &key : Labels::keys(kind))
            EXPECT_EQ(Labels::label(kind, key), Labels::label(kind, key, Language::English)) << key.toStdString();
    }
    EXPECT_EQ(Labels::segment(QStringLiteral("champions")), QStringLiteral("Champions"));
    EXPECT_EQ(Labels::churnFlag(QStringLiteral("no_purchases")), QStringLiteral("No purchases"));
    EXPECT_EQ(Labels::channel(QStringLiteral("exhibition")), QStringLiteral("Trade fair"));
    EXPECT_EQ(Labels::label(Kind::Channel, QStringLiteral("exhibition"), Language::SimplifiedChinese),
              QStringLiteral("展会"));
}

TEST(Labels, UnknownKeysReadAsThemselves)
{
    EXPECT_EQ(Labels::segment(QStringLiteral("vip_club")), QStringLiteral("vip_club"));
    EXPECT_EQ(Labels::label(Kind::Segment, QStringLiteral("vip_club"), Language::SimplifiedChinese),
              QStringLiteral("vip_club"));
    EXPECT_EQ(Labels::channel(QStringLiteral("a fair in Shenzhen")), QStringLiteral("a fair in Shenzhen"));
    EXPECT_TRUE(Labels::segmentAction(QStringLiteral("vip_club")).isEmpty()); // no default action
    EXPECT_EQ(Labels::followUpReason(QStringLiteral("called back")), QStringLiteral("called back"));
}

TEST(Labels, FollowUpReasonsAndQuartersInBothLanguages)
{
    EXPECT_EQ(Labels::followUpReason(QStringLiteral("cadence:champions")), QStringLiteral("Cadence: Champions"));
    EXPECT_EQ(Labels::followUpReason(QStringLiteral("cadence:at_risk"), Language::SimplifiedChinese),
              QStringLiteral("周期回访：濒临流失客户"));
    EXPECT_EQ(Labels::followUpReason(QStringLiteral("review:win_back"), Language::English),
              QStringLiteral("Review: win back"));
    EXPECT_EQ(Labels::followUpReason(QStringLiteral("visit"), Language::SimplifiedChinese),
              QStringLiteral("来访时提出"));
    const Quarter q{2025, 4};
    EXPECT_EQ(Labels::quarter(q), QStringLiteral("2025 Q4"));
    EXPECT_EQ(Labels::quarter(q, Language::English), QStringLiteral("2025 Q4"));
    EXPECT_EQ(Labels::quarter(q, Language::SimplifiedChinese), QStringLiteral("2025年第4季度"));
}
