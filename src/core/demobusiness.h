#pragma once

#include "activity.h"
#include "customer.h"

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

/// Generates a realistic, reproducible demo business: names, companies, regions, industries,
/// owners and notes in Chinese (with some English names, as in a Chinese city) or in English; purchases from a BG/NBD
/// repeat-buying process (each customer buys at a Gamma-distributed rate and may drop out after any purchase),
/// Gamma-distributed spend; store visits with satisfaction, NPS surveys, and churn events with reasons for some
/// customers who stopped buying. The same options give the same business on every platform (own PRNG and distributions,
/// not <random>'s, whose outputs vary by library).
class DemoBusiness
{
public:
    /// The language of the generated names and texts (stored keys such as channels stay keys).
    enum class Language { Chinese, English };

    struct Options
    {
        /// The same seed gives the same business in either language: only the words differ.
        Language language = Language::Chinese;
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
