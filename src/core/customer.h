#pragma once

#include "money.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace kehu {

/// Where a customer stands in the relationship; stored as its key (see enumkeys.h).
enum class LifecycleStatus { Lead, Prospect, Active, Vip, Dormant, Lost };

/// The four social styles sales staff use to adapt how they talk to a customer.
enum class PersonalityType { Unknown, Analytic, Expressive, Amiable, Steady };

/// End customers and distributors (经销商) are both kept in the customer book.
enum class CustomerType { EndCustomer, Distributor };

using CustomerId = qint64;

/// A customer's profile. `code` is the business's own identifier and is unique;
/// `id` is ours (0 until stored). `version` counts saved edits for optimistic locking.
/// Budget is in minor units. Tags are free words, kept without duplicates.
struct Customer
{
    CustomerId id = 0;
    QString code;
    QString name;
    QString phone;
    QString email;
    QString company;
    QString industry;
    QString companySize;
    QString region;
    QString channel;
    QString owner;
    LifecycleStatus lifecycle = LifecycleStatus::Active;
    PersonalityType personality = PersonalityType::Unknown;
    CustomerType type = CustomerType::EndCustomer;
    QString explicitNeeds;
    QString implicitNeeds;
    std::optional<MinorUnits> budget;
    QString preferences;
    QStringList tags;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;
};

} // namespace kehu
