#pragma once

#include "activity.h"
#include "bgnbdmodel.h"
#include "customer.h"

#include <QLatin1StringView>
#include <QStringView>

#include <optional>

namespace kehu {

// Stable ASCII keys under which enums are stored and exchanged. They never change once
// released; user-visible labels are made from them in the GUI.

QLatin1StringView toKey(LifecycleStatus value);
QLatin1StringView toKey(PersonalityType value);
QLatin1StringView toKey(CustomerType value);
QLatin1StringView toKey(VisitKind value);
QLatin1StringView toKey(ChurnReason value);
QLatin1StringView toKey(ChurnOutcome value);
QLatin1StringView toKey(analytics::PurchaseModel value); ///< "bgnbd", "mbgnbd"

std::optional<LifecycleStatus> lifecycleFromKey(QStringView key);
std::optional<PersonalityType> personalityFromKey(QStringView key);
std::optional<CustomerType> customerTypeFromKey(QStringView key);
std::optional<VisitKind> visitKindFromKey(QStringView key);
std::optional<ChurnReason> churnReasonFromKey(QStringView key);
std::optional<ChurnOutcome> churnOutcomeFromKey(QStringView key);
std::optional<analytics::PurchaseModel> purchaseModelFromKey(QStringView key);

/// The model's name as the literature writes it ("BG/NBD", "MBG/NBD"): a proper name, the
/// same in every language.
QLatin1StringView purchaseModelName(analytics::PurchaseModel value);

} // namespace kehu
