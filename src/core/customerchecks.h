#pragma once

#include "customer.h"

namespace kehu {

/// Why a likely duplicate was flagged.
enum class DuplicateMatch { Phone, Email, Name };

struct DuplicateCandidate
{
    Customer customer;
    DuplicateMatch match = DuplicateMatch::Name;
};

/// Outcome of an update with optimistic locking.
enum class SaveResult { Saved, Conflict, NotFound, Failed };

} // namespace kehu
