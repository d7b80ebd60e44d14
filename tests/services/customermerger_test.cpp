#include "customermerger.h"

#include "activity.h"
#include "activityrepository.h"
#include "activitywriter.h"
#include "churneventrepository.h"
#include "customerrepository.h"

#include "../support/printers.h"
#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

using namespace kehu;

TEST(CustomerMerger, MovesEveryPurchaseVisitAndEventAndTombstonesTheDuplicate)
{
    test::TempDatabase temp;
    CustomerRepository customers(temp.db());
    Customer a;
    a.code = QStringLiteral("A");
    a.name = QStringLiteral("李娜");
    a.tags = {QStringLiteral("vip")};
    Customer b;
    b.code = QStringLiteral("B");
    b.name = QStringLiteral("李 娜");
    b.phone = QStringLiteral("13800138000");
    b.tags = {QStringLiteral("团购")};
    const CustomerId keep = customers.insert(a);
    const CustomerId dup = customers.insert(b);
    ActivityWriter writer(temp.db());
    for (const CustomerId id : {keep, dup}) {
        Purchase p;
        p.customerId = id;
        p.date = QDate(2025, 3, 1);
        p.amount = 100;
        ASSERT_EQ(writer.addPurchase(p, 7), ActivityWriter::Result::Inserted); // same day and key
        Visit v;
        v.customerId = id;
        v.time = QDateTime(QDate(2025, 3, 2), QTime(10, 0));
        ASSERT_EQ(writer.addVisit(v), ActivityWriter::Result::Inserted);
    }
    ChurnEvent event;
    event.customerId = dup;
    event.flaggedOn = QDate(2025, 4, 1);
    ASSERT_GT(ChurnEventRepository(temp.db()).add(event), 0);

    QString error;
    ASSERT_TRUE(CustomerMerger(temp.workspace()).merge(keep, dup, &error)) << error.toStdString();
    const ActivityRepository activity(temp.db());
    EXPECT_EQ(activity.purchasesOf(keep).size(), 2);
    EXPECT_EQ(activity.visitsOf(keep).size(), 2);
    EXPECT_EQ(activity.purchasesOf(dup).size(), 0);
    EXPECT_EQ(ChurnEventRepository(temp.db()).forCustomer(keep).size(), 1);
    EXPECT_FALSE(customers.findById(dup).has_value());
    const auto kept = customers.findById(keep);
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->phone, QStringLiteral("13800138000"));
    EXPECT_EQ(kept->tags, (QStringList{QStringLiteral("vip"), QStringLiteral("团购")}));
    EXPECT_FALSE(CustomerMerger(temp.workspace()).merge(keep, keep, &error));
}
