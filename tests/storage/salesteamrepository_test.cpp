#include "salesteamrepository.h"

#include "activitywriter.h"
#include "customerrepository.h"
#include "followuprepository.h"

#include "../support/printers.h"
#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace kehu;

namespace {

struct Book
{
    test::TempDatabase temp;
    CustomerId d1 = 0, d2 = 0, e1 = 0;
    int key = 0;

    CustomerId customer(const QString &code, CustomerType type, const QString &owner)
    {
        Customer c;
        c.code = code;
        c.name = code;
        c.type = type;
        c.owner = owner;
        return CustomerRepository(temp.db()).insert(c);
    }
    void buy(CustomerId id, QDate date, qint64 amount)
    {
        Purchase p;
        p.customerId = id;
        p.date = date;
        p.amount = amount;
        ASSERT_EQ(ActivityWriter(temp.db()).addPurchase(p, ++key), ActivityWriter::Result::Inserted);
    }
    void survey(CustomerId id, QDate date, int csat)
    {
        SurveyResponse s;
        s.customerId = id;
        s.date = date;
        s.csat = csat;
        ASSERT_EQ(ActivityWriter(temp.db()).addSurvey(s), ActivityWriter::Result::Inserted);
    }
    void followUp(CustomerId id, QDate due, std::optional<QDate> done)
    {
        FollowUp f;
        f.customerId = id;
        f.dueOn = due;
        f.doneOn = done;
        ASSERT_GT(FollowUpRepository(temp.db()).add(f), 0);
    }

    // Q4 2025 against Q3 2025.
    // D1 (张伟): Q4 4000, Q3 2000; CSAT 4 and 5 in Q4 (3 in Q3 ignored); follow-ups due in
    //   Q4: one on time, one late (one due in Q3 ignored).
    // D2 (Anna): Q4 1000, nothing before; no CSAT, no follow-ups.
    // E1 (张伟): an end customer with Q4 100000, not on the scorecard.
    Book()
    {
        d1 = customer(QStringLiteral("D1"), CustomerType::Distributor, QStringLiteral("张伟"));
        d2 = customer(QStringLiteral("D2"), CustomerType::Distributor, QStringLiteral("Anna"));
        e1 = customer(QStringLiteral("E1"), CustomerType::EndCustomer, QStringLiteral("张伟"));
        buy(d1, QDate(2025, 10, 3), 3000);
        buy(d1, QDate(2025, 12, 31), 1000);
        buy(d1, QDate(2025, 7, 1), 2000);
        buy(d2, QDate(2025, 11, 15), 1000);
        buy(e1, QDate(2025, 10, 1), 100000);
        survey(d1, QDate(2025, 10, 20), 4);
        survey(d1, QDate(2025, 12, 1), 5);
        survey(d1, QDate(2025, 9, 30), 3);
        followUp(d1, QDate(2025, 10, 10), QDate(2025, 10, 5));
        followUp(d1, QDate(2025, 11, 1), QDate(2025, 11, 3));
        followUp(d1, QDate(2025, 9, 1), std::nullopt);
    }
};

} // namespace

TEST(SalesTeamRepository, DistributorScorecardMatchesHandComputedFigures)
{
    Book book;
    const auto lines = SalesTeamRepository(book.temp.db())
                           .distributorScorecard(QDate(2025, 10, 1), QDate(2025, 12, 31), QDate(2025, 7, 1),
                                                 QDate(2025, 9, 30));
    ASSERT_EQ(lines.size(), 2);
    const auto &first = lines.at(0);
    EXPECT_EQ(first.id, book.d1);
    EXPECT_EQ(first.owner, QStringLiteral("张伟"));
    EXPECT_EQ(first.input.sales, 4000);
    EXPECT_EQ(first.input.previousSales, 2000);
    EXPECT_DOUBLE_EQ(first.input.csatAverage, 4.5);
    EXPECT_EQ(first.csatAnswers, 2);
    EXPECT_EQ(first.input.followUpsDue, 2);
    EXPECT_EQ(first.input.followUpsOnTime, 1);
    EXPECT_EQ(first.score.rank, 1);
    EXPECT_DOUBLE_EQ(first.score.growth, 1.0);
    EXPECT_DOUBLE_EQ(first.score.share, 0.8);
    EXPECT_DOUBLE_EQ(first.score.discipline, 0.5);
    // 0.4·1 + 0.2·1 + 0.2·(4.5−1)/4 + 0.2·0.5
    EXPECT_NEAR(first.score.score, 0.875, 1e-12);

    const auto &second = lines.at(1);
    EXPECT_EQ(second.id, book.d2);
    EXPECT_EQ(second.input.sales, 1000);
    EXPECT_EQ(second.input.previousSales, 0);
    EXPECT_TRUE(std::isnan(second.score.growth));
    EXPECT_TRUE(std::isnan(second.input.csatAverage));
    EXPECT_EQ(second.input.followUpsDue, 0);
    EXPECT_DOUBLE_EQ(second.score.discipline, 1.0);
    EXPECT_DOUBLE_EQ(second.score.share, 0.2);
    // 0.4·0.25 + 0.2·0.5 + 0.2·0.5 + 0.2·1
    EXPECT_NEAR(second.score.score, 0.5, 1e-12);
    EXPECT_EQ(second.score.rank, 2);
}

TEST(SalesTeamRepository, OwnerActualsOfAQuarter)
{
    Book book;
    const auto actuals = SalesTeamRepository(book.temp.db()).ownerActuals(QDate(2025, 10, 1), QDate(2025, 12, 31));
    ASSERT_EQ(actuals.size(), 2);
    EXPECT_EQ(actuals.at(0).owner, QStringLiteral("Anna"));
    EXPECT_EQ(actuals.at(0).revenue, 1000);
    EXPECT_EQ(actuals.at(0).newCustomers, 1);
    EXPECT_EQ(actuals.at(1).owner, QStringLiteral("张伟"));
    EXPECT_EQ(actuals.at(1).revenue, 104000);
    EXPECT_EQ(actuals.at(1).newCustomers, 1); // E1; D1 first bought in Q3

    const auto q3 = SalesTeamRepository(book.temp.db()).ownerActuals(QDate(2025, 7, 1), QDate(2025, 9, 30));
    ASSERT_EQ(q3.size(), 1);
    EXPECT_EQ(q3.at(0).revenue, 2000);
    EXPECT_EQ(q3.at(0).newCustomers, 1);
    EXPECT_EQ(SalesTeamRepository(book.temp.db()).owners(),
              QStringList({QStringLiteral("Anna"), QStringLiteral("张伟")}));
}
