#include "enumkeys.h"

#include <gtest/gtest.h>

using namespace kehu;

TEST(EnumKeys, EveryValueRoundTripsThroughItsKey)
{
    for (auto v : {PersonalityType::Unknown, PersonalityType::Analytic, PersonalityType::Expressive,
                   PersonalityType::Amiable, PersonalityType::Steady})
        EXPECT_EQ(personalityFromKey(QString(toKey(v))), v);
    for (auto v : {ChurnReason::Service, ChurnReason::Price, ChurnReason::NeedsChanged, ChurnReason::Competitor,
                   ChurnReason::Moved, ChurnReason::Other})
        EXPECT_EQ(churnReasonFromKey(QString(toKey(v))), v);
    for (auto v : {VisitKind::Store, VisitKind::Call, VisitKind::OnSite, VisitKind::Online})
        EXPECT_EQ(visitKindFromKey(QString(toKey(v))), v);
    EXPECT_EQ(toKey(ChurnReason::NeedsChanged), QLatin1StringView("needs_changed"));
    EXPECT_FALSE(personalityFromKey(u"grumpy"));
    EXPECT_EQ(personalityFromKey(u"ANALYTIC"), PersonalityType::Analytic);
}
