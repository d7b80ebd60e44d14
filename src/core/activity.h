#pragma once

#include "customer.h"
#include "money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace kehu {

/// One purchase. Amount and profit in minor units; a negative amount is a refund.
/// `sourceRef` is the order number from the source system when there is one: it and
/// `importKey` make re-importing the same file a no-op.
struct Purchase
{
    qint64 id = 0;
    CustomerId customerId = 0;
    QDate date;
    MinorUnits amount = 0;
    std::optional<MinorUnits> profit;
    int quantity = 1;
    QString channel;
    QString sourceRef;
};

enum class VisitKind { Store, Call, OnSite, Online };

/// A contact with a customer: in the store, by phone, on site or online.
/// Satisfaction is 1..5 when given; amount (minor units) is what was spent during the visit.
struct Visit
{
    qint64 id = 0;
    CustomerId customerId = 0;
    QDateTime time;
    VisitKind kind = VisitKind::Store;
    QString staff;
    std::optional<MinorUnits> amount;
    std::optional<int> satisfaction;
    QString note;
    std::optional<QDate> nextFollowUp;
};

/// A survey answer: NPS 0..10 and/or CSAT 1..5.
struct SurveyResponse
{
    qint64 id = 0;
    CustomerId customerId = 0;
    QDate date;
    std::optional<int> nps;
    std::optional<int> csat;
    QString comment;
};

/// A planned follow-up contact (回访). `doneOn` is empty while it is open.
struct FollowUp
{
    qint64 id = 0;
    CustomerId customerId = 0;
    QDate dueOn;
    std::optional<QDate> doneOn;
    QString assignee;
    QString reason;
};

enum class ChurnReason { Service, Price, NeedsChanged, Competitor, Moved, Other };
enum class ChurnOutcome { Open, WonBack, Lost };

/// A recorded churn: why the customer left and, later, whether they were won back.
struct ChurnEvent
{
    qint64 id = 0;
    CustomerId customerId = 0;
    QDate flaggedOn;
    ChurnReason reason = ChurnReason::Other;
    QString note;
    ChurnOutcome outcome = ChurnOutcome::Open;
    std::optional<QDate> outcomeOn;
};

} // namespace kehu
