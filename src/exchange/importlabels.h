#pragma once

#include "activity.h"
#include "customer.h"

#include <QStringList>
#include <QStringView>

#include <optional>

namespace kehu {

/// Reads enum values in import files: the stable English key from core/enumkeys.h
/// ("on_site"; '-' and ' ' count as '_', case is ignored) or a Chinese label as spreadsheets
/// kept by hand use them ("上门", "分析型", "经销商"). These are input words only; the labels
/// the GUI shows are made elsewhere.
namespace ImportLabels {

std::optional<LifecycleStatus> lifecycle(QStringView text);
std::optional<PersonalityType> personality(QStringView text);
std::optional<CustomerType> customerType(QStringView text);
std::optional<VisitKind> visitKind(QStringView text);

/// The accepted words, for "expected one of ..." messages.
QStringList lifecycleWords();
QStringList personalityWords();
QStringList customerTypeWords();
QStringList visitKindWords();

/// Splits a tags cell on , ; 、 | and their full-width forms; trims, drops empty and
/// repeated tags, keeps the order.
QStringList splitTags(QStringView text);

} // namespace ImportLabels

} // namespace kehu
