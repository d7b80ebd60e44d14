#include "customerrepository.h"

#include "../support/printers.h"
#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

using namespace kehu;

namespace {

Customer sampleCustomer()
{
    Customer c;
    c.code = QStringLiteral("C-001");
    c.name = QStringLiteral("王伟");
    c.phone = QStringLiteral("+86 138-0013-8000");
    c.email = QStringLiteral("Wang.Wei@Example.com");
    c.company = QStringLiteral("杭州明达贸易");
    c.industry = QStringLiteral("零售");
    c.companySize = QStringLiteral("11-50");
    c.region = QStringLiteral("浙江");
    c.channel = QStringLiteral("referral");
    c.owner = QStringLiteral("李娜");
    c.lifecycle = LifecycleStatus::Vip;
    c.personality = PersonalityType::Analytic;
    c.type = CustomerType::Distributor;
    c.explicitNeeds = QStringLiteral("quarterly restock");
    c.implicitNeeds = QStringLiteral("wants exclusivity in the region");
    c.budget = 1'250'000'00;
    c.preferences = QStringLiteral("WeChat, mornings");
    c.tags = {QStringLiteral("key account"), QStringLiteral("华东")};
    c.notes = QStringLiteral("met at the Canton fair");
    return c;
}

} // namespace

TEST(CustomerRepository, EveryProfileFieldSurvivesARoundTrip)
{
    test::TempDatabase temp;
    CustomerRepository repo(temp.db());
    const Customer original = sampleCustomer();
    QString error;
    const CustomerId id = repo.insert(original, &error);
    ASSERT_GT(id, 0) << error.toStdString();

    const auto loaded = repo.findById(id);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->code, original.code);
    EXPECT_EQ(loaded->name, original.name);
    EXPECT_EQ(loaded->phone, original.phone);
    EXPECT_EQ(loaded->email, original.email);
    EXPECT_EQ(loaded->company, original.company);
    EXPECT_EQ(loaded->industry, original.industry);
    EXPECT_EQ(loaded->companySize, original.companySize);
    EXPECT_EQ(loaded->region, original.region);
    EXPECT_EQ(loaded->channel, original.channel);
    EXPECT_EQ(loaded->owner, original.owner);
    EXPECT_EQ(loaded->lifecycle, LifecycleStatus::Vip);
    EXPECT_EQ(loaded->personality, PersonalityType::Analytic);
    EXPECT_EQ(loaded->type, CustomerType::Distributor);
    EXPECT_EQ(loaded->explicitNeeds, original.explicitNeeds);
    EXPECT_EQ(loaded->implicitNeeds, original.implicitNeeds);
    EXPECT_EQ(loaded->budget, original.budget);
    EXPECT_EQ(loaded->preferences, original.preferences);
    EXPECT_EQ(loaded->tags, original.tags);
    EXPECT_EQ(loaded->notes, original.notes);
    EXPECT_EQ(loaded->version, 1);
    EXPECT_TRUE(loaded->createdAt.isValid());

    EXPECT_EQ(repo.findByCode(QStringLiteral("C-001"))->id, id);
    EXPECT_FALSE(repo.findByCode(QStringLiteral("C-002")));
    EXPECT_EQ(repo.count(), 1);
}

TEST(CustomerRepository, DuplicateCodeIsRefused)
{
    test::TempDatabase temp;
    CustomerRepository repo(temp.db());
    ASSERT_GT(repo.insert(sampleCustomer()), 0);
    QString error;
    EXPECT_EQ(repo.insert(sampleCustomer(), &error), 0);
    EXPECT_TRUE(error.contains(QStringLiteral("is already used"))) << error.toStdString();
    EXPECT_TRUE(error.contains(sampleCustomer().code)) << error.toStdString();
    EXPECT_EQ(repo.count(), 1);
}

TEST(CustomerRepository, StaleVersionIsAConflictAndChangesNothing)
{
    test::TempDatabase temp;
    CustomerRepository repo(temp.db());
    const CustomerId id = repo.insert(sampleCustomer());
    Customer mine = *repo.findById(id);
    Customer theirs = mine;

    theirs.phone = QStringLiteral("13900000000");
    ASSERT_EQ(repo.update(theirs), SaveResult::Saved);

    mine.notes = QStringLiteral("my edit");
    EXPECT_EQ(repo.update(mine), SaveResult::Conflict);
    const Customer stored = *repo.findById(id);
    EXPECT_EQ(stored.phone, QStringLiteral("13900000000"));
    EXPECT_EQ(stored.notes, sampleCustomer().notes);
    EXPECT_EQ(stored.version, 2);

    mine = stored;
    mine.notes = QStringLiteral("my edit");
    EXPECT_EQ(repo.update(mine), SaveResult::Saved);
    EXPECT_EQ(repo.findById(id)->version, 3);

    Customer ghost = stored;
    ghost.id = id + 100;
    EXPECT_EQ(repo.update(ghost), SaveResult::NotFound);
}

TEST(CustomerRepository, LikelyDuplicatesMatchNormalisedPhoneEmailAndName)
{
    test::TempDatabase temp;
    CustomerRepository repo(temp.db());
    const CustomerId existing = repo.insert(sampleCustomer());

    Customer samePhone;
    samePhone.code = QStringLiteral("N1");
    samePhone.name = QStringLiteral("Someone Else");
    samePhone.phone = QStringLiteral("13800138000");
    auto found = repo.likelyDuplicates(samePhone);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().customer.id, existing);
    EXPECT_EQ(found.first().match, DuplicateMatch::Phone);

    Customer sameEmail;
    sameEmail.code = QStringLiteral("N2");
    sameEmail.email = QStringLiteral("  wang.wei@example.COM ");
    found = repo.likelyDuplicates(sameEmail);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().match, DuplicateMatch::Email);

    Customer sameName;
    sameName.code = QStringLiteral("N3");
    sameName.name = QStringLiteral("王 伟");
    found = repo.likelyDuplicates(sameName);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().match, DuplicateMatch::Name);

    Customer stranger;
    stranger.code = QStringLiteral("N4");
    stranger.name = QStringLiteral("Zhao Min");
    stranger.phone = QStringLiteral("021-5555-0101");
    EXPECT_TRUE(repo.likelyDuplicates(stranger).isEmpty());

    // A customer is never its own duplicate.
    EXPECT_TRUE(repo.likelyDuplicates(*repo.findById(existing)).isEmpty());
}
