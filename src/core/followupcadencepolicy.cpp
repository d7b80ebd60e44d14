#include "followupcadencepolicy.h"

#include <algorithm>

#include <QJsonObject>

namespace kehu {

QList<FollowUpCadencePolicy::Rule> FollowUpCadencePolicy::defaultRules()
{
    return {
        {QStringLiteral("champions"), 30, 0},          {QStringLiteral("loyal_customers"), 45, 0},
        {QStringLiteral("potential_loyalist"), 45, 0}, {QStringLiteral("new_customers"), 30, 7},
        {QStringLiteral("promising"), 60, 0},          {QStringLiteral("need_attention"), 30, 14},
        {QStringLiteral("about_to_sleep"), 30, 14},    {QStringLiteral("at_risk"), 14, 7},
        {QStringLiteral("cant_lose_them"), 14, 7},
    };
}

QJsonObject FollowUpCadencePolicy::toJson() const
{
    QJsonArray array;
    for (const Rule &rule : rules) {
        array.append(QJsonObject{{QStringLiteral("segment"), rule.segment},
                                 {QStringLiteral("every_days"), rule.everyDays},
                                 {QStringLiteral("within_days"), rule.withinDays}});
    }
    QJsonArray weekdays;
    for (int day : workingWeekdays)
        weekdays.append(day);
    return {{QStringLiteral("rules"), array},
            {QStringLiteral("horizon_days"), horizonDays},
            {QStringLiteral("daily_capacity"), dailyCapacity},
            {QStringLiteral("working_weekdays"), weekdays}};
}

FollowUpCadencePolicy FollowUpCadencePolicy::fromJson(const QJsonObject &json)
{
    FollowUpCadencePolicy policy;
    policy.horizonDays = json.value(QStringLiteral("horizon_days")).toInt(policy.horizonDays);
    policy.dailyCapacity = std::max(1, json.value(QStringLiteral("daily_capacity")).toInt(policy.dailyCapacity));
    if (json.contains(QStringLiteral("working_weekdays"))) {
        QList<int> days;
        for (const QJsonValue value : json.value(QStringLiteral("working_weekdays")).toArray()) {
            const int day = value.toInt();
            if (day >= 1 && day <= 7 && !days.contains(day))
                days.append(day);
        }
        if (!days.isEmpty()) // none would plan nothing ever: keep the default
            policy.workingWeekdays = days;
    }
    if (json.contains(QStringLiteral("rules"))) {
        policy.rules.clear();
        for (const QJsonValue value : json.value(QStringLiteral("rules")).toArray()) {
            const QJsonObject o = value.toObject();
            policy.rules.append({o.value(QStringLiteral("segment")).toString(),
                                 o.value(QStringLiteral("every_days")).toInt(),
                                 o.value(QStringLiteral("within_days")).toInt()});
        }
    }
    return policy;
}

} // namespace kehu
