#pragma once

#include "core/activity.h"
#include "core/customer.h"

#include <QDate>
#include <QList>

#include <cstdint>
#include <functional>
#include <optional>

namespace kehu {

/// One generated customer with everything that happened to them.
struct DemoCustomer
{
    Customer customer;
    QList<Purchase> purchases;
    QList<Visit> visits;
    QList<SurveyResponse> surveys;
    std::optional<ChurnEvent> churn;
};

/// Generates a realistic, reproducible demo business: Chinese and English names, regions,
/// industries and owners; purchases from a BG/NBD repeat-buying process (each customer buys
/// at a Gamma-distributed rate and may drop out after any purchase), Gamma-distributed
/// spend; store visits with satisfaction, NPS surveys, and churn events with reasons for
/// some customers who stopped buying. The same options give the same business on every
/// platform (own PRNG and distributions, not <random>'s, whose outputs vary by library).
class DemoBusiness
{
public:
    struct Options
    {
        int customers = 2000;
        std::uint64_t seed = 1;
        /// Last day of the business's history; customers are acquired over `years` before it.
        QDate endDate = QDate(2025, 12, 31);
        int years = 3;
        /// Mean purchases per customer over the history, roughly (the process decides).
        double meanPurchases = 8.0;
        /// Visits, surveys and churn events too; off for benchmark databases of purchases.
        bool withActivities = true;
    };

    explicit DemoBusiness(const Options &options);

    /// Calls `sink` once per customer, in code order. Codes are "C000001", ...
    void generate(const std::function<void(const DemoCustomer &)> &sink);

private:
    Options m_options;
};

} // namespace kehu
