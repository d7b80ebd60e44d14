#pragma once

#include "activity.h"
#include "activitywriter.h"
#include "customerrepository.h"
#include "database.h"

#include <gtest/gtest.h>

namespace kehu::test {

/// Adds `count` customers C0001.. named by `name(i)`, each with one purchase.
inline void addCustomers(Database &db, int count, const std::function<QString(int)> &name)
{
    CustomerRepository customers(db);
    ActivityWriter writer(db);
    for (int i = 1; i <= count; ++i) {
        Customer c;
        c.code = QStringLiteral("C%1").arg(i, 4, 10, QLatin1Char('0'));
        c.name = name(i);
        c.phone = QStringLiteral("1380013%1").arg(i, 4, 10, QLatin1Char('0'));
        c.owner = i % 2 ? QStringLiteral("张伟") : QStringLiteral("Anna");
        c.region = i % 3 ? QStringLiteral("华东") : QStringLiteral("North");
        const CustomerId id = customers.insert(c);
        ASSERT_GT(id, 0);
        Purchase p;
        p.customerId = id;
        p.date = QDate(2025, 1, 1).addDays(i % 300);
        p.amount = 1000 * i;
        ASSERT_EQ(writer.addPurchase(p, i), ActivityWriter::Result::Inserted);
    }
}

} // namespace kehu::test
