#include "enumkeys.h"

#include <array>
#include <utility>

namespace kehu {

namespace {

template<typename Enum, std::size_t N>
using KeyTable = std::array<std::pair<Enum, QLatin1StringView>, N>;

constexpr KeyTable<LifecycleStatus, 6> kLifecycleKeys{{
    {LifecycleStatus::Lead, QLatin1StringView("lead")},
    {LifecycleStatus::Prospect, QLatin1StringView("prospect")},
    {LifecycleStatus::Active, QLatin1StringView("active")},
    {LifecycleStatus::Vip, QLatin1StringView("vip")},
    {LifecycleStatus::Dormant, QLatin1StringView("dormant")},
    {LifecycleStatus::Lost, QLatin1StringView("lost")},
}};

constexpr KeyTable<PersonalityType, 5> kPersonalityKeys{{
    {PersonalityType::Unknown, QLatin1StringView("unknown")},
    {PersonalityType::Analytic, QLatin1StringView("analytic")},
    {PersonalityType::Expressive, QLatin1StringView("expressive")},
    {PersonalityType::Amiable, QLatin1StringView("amiable")},
    {PersonalityType::Steady, QLatin1StringView("steady")},
}};

constexpr KeyTable<CustomerType, 2> kCustomerTypeKeys{{
    {CustomerType::EndCustomer, QLatin1StringView("end_customer")},
    {CustomerType::Distributor, QLatin1StringView("distributor")},
}};

constexpr KeyTable<VisitKind, 4> kVisitKindKeys{{
    {VisitKind::Store, QLatin1StringView("store")},
    {VisitKind::Call, QLatin1StringView("call")},
    {VisitKind::OnSite, QLatin1StringView("on_site")},
    {VisitKind::Online, QLatin1StringView("online")},
}};

constexpr KeyTable<ChurnReason, 6> kChurnReasonKeys{{
    {ChurnReason::Service, QLatin1StringView("service")},
    {ChurnReason::Price, QLatin1StringView("price")},
    {ChurnReason::NeedsChanged, QLatin1StringView("needs_changed")},
    {ChurnReason::Competitor, QLatin1StringView("competitor")},
    {ChurnReason::Moved, QLatin1StringView("moved")},
    {ChurnReason::Other, QLatin1StringView("other")},
}};

constexpr KeyTable<ChurnOutcome, 3> kChurnOutcomeKeys{{
    {ChurnOutcome::Open, QLatin1StringView("open")},
    {ChurnOutcome::WonBack, QLatin1StringView("won_back")},
    {ChurnOutcome::Lost, QLatin1StringView("lost")},
}};

constexpr KeyTable<analytics::PurchaseModel, 2> kPurchaseModelKeys{{
    {analytics::PurchaseModel::BgNbd, QLatin1StringView("bgnbd")},
    {analytics::PurchaseModel::MbgNbd, QLatin1StringView("mbgnbd")},
}};

template<typename Enum, std::size_t N>
QLatin1StringView keyOf(const KeyTable<Enum, N> &table, Enum value)
{
    for (const auto &[candidate, key] : table) {
        if (candidate == value)
            return key;
    }
    return table.front().second;
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const KeyTable<Enum, N> &table, QStringView key)
{
    for (const auto &[value, candidate] : table) {
        if (key.compare(candidate, Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

} // namespace

QLatin1StringView toKey(LifecycleStatus value)
{
    return keyOf(kLifecycleKeys, value);
}
QLatin1StringView toKey(PersonalityType value)
{
    return keyOf(kPersonalityKeys, value);
}
QLatin1StringView toKey(CustomerType value)
{
    return keyOf(kCustomerTypeKeys, value);
}
QLatin1StringView toKey(VisitKind value)
{
    return keyOf(kVisitKindKeys, value);
}
QLatin1StringView toKey(ChurnReason value)
{
    return keyOf(kChurnReasonKeys, value);
}
QLatin1StringView toKey(ChurnOutcome value)
{
    return keyOf(kChurnOutcomeKeys, value);
}
QLatin1StringView toKey(analytics::PurchaseModel value)
{
    return keyOf(kPurchaseModelKeys, value);
}

std::optional<LifecycleStatus> lifecycleFromKey(QStringView key)
{
    return valueOf(kLifecycleKeys, key);
}
std::optional<PersonalityType> personalityFromKey(QStringView key)
{
    return valueOf(kPersonalityKeys, key);
}
std::optional<CustomerType> customerTypeFromKey(QStringView key)
{
    return valueOf(kCustomerTypeKeys, key);
}
std::optional<VisitKind> visitKindFromKey(QStringView key)
{
    return valueOf(kVisitKindKeys, key);
}
std::optional<ChurnReason> churnReasonFromKey(QStringView key)
{
    return valueOf(kChurnReasonKeys, key);
}
std::optional<ChurnOutcome> churnOutcomeFromKey(QStringView key)
{
    return valueOf(kChurnOutcomeKeys, key);
}
std::optional<analytics::PurchaseModel> purchaseModelFromKey(QStringView key)
{
    return valueOf(kPurchaseModelKeys, key);
}

QLatin1StringView purchaseModelName(analytics::PurchaseModel value)
{
    return value == analytics::PurchaseModel::MbgNbd ? QLatin1StringView("MBG/NBD") : QLatin1StringView("BG/NBD");
}

} // namespace kehu
