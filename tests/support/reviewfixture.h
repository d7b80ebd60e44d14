#pragma once

#include "customer.h"

#include <QHash>
#include <QString>

namespace kehu {
class Database;
}

namespace kehu::test {

/// A small business for the quarterly review tests, with values worked out by hand
/// (tests/storage/quarterlyreview_test.cpp explains each). Seven customers C1..C7 with
/// purchases in 2024-2025, owners 王芳 (C1, C2), 张伟 (C3, C4) and 李娜 (C5, C6, C7),
/// one visit, two follow-ups and four survey answers. Returns code -> id.
QHash<QString, CustomerId> fillReviewFixture(Database &db);

} // namespace kehu::test
