#pragma once

#include "customer.h"

#include <QString>

namespace kehu {

/// How long a text the book keeps in one field: a short one (a name, a code, a phone number,
/// a region) or a long one (notes, needs, a survey comment). Generous for what people type,
/// and a wall against what they do not: a 10 MB "name" from a hostile file or a pasted
/// document is refused with a message, not stored, indexed and shown in every list.
namespace FieldLimits {

inline constexpr int kShortText = 200;
inline constexpr int kLongText = 10000;
inline constexpr int kTags = 50; ///< tags on one customer

/// Why `customer` cannot be stored (the first field over its limit, in words for people);
/// empty when every field fits.
QString problem(const Customer &customer);
/// Why a text of `length` characters cannot go into a field of `limit`; empty when it fits.
QString lengthProblem(qsizetype length, int limit);

} // namespace FieldLimits

} // namespace kehu
