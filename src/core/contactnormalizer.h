#pragma once

#include <QString>
#include <QStringView>

namespace kehu {

/// Canonical forms of phone numbers, e-mail addresses and names, so that
/// "+86 138-0013-8000" and "13800138000" are seen as the same customer.
/// Used to find likely duplicates; the original text is always kept as typed.
namespace ContactNormalizer {

/// Digits only; a leading China country code (+86 / 0086) before an 11-digit mobile
/// number is dropped. Empty when fewer than 5 digits remain (not a usable phone).
QString phone(QStringView text);

/// Trimmed and lower-cased; empty when it has no '@'.
QString email(QStringView text);

/// Trimmed, inner white space removed, case-folded: "Li  Wei" and "li wei" match,
/// and so do "王 伟" and "王伟".
QString name(QStringView text);

} // namespace ContactNormalizer

} // namespace kehu
