#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

namespace kehu {

/// How often each RFM segment is to be followed up (回访), stored as JSON in the database's
/// settings ("followups/cadence") and turned into follow-ups by FollowUpPlanner. Durations
/// in days; 0 means "not set". Segment keys are the classification policy's ("champions",
/// "at_risk", ...); a rule whose key no segment has is ignored.
struct FollowUpCadencePolicy
{
    struct Rule
    {
        QString segment;
        int everyDays = 0;  ///< due this long after the last contact
        int withinDays = 0; ///< and at the latest this long after the planning day
        friend bool operator==(const Rule &, const Rule &) = default;
    };

    QList<Rule> rules = defaultRules();
    /// Only follow-ups due within this many days of the planning day are created.
    int horizonDays = 14;
    /// How many follow-ups one owner can make on a working day: planning spreads the due
    /// days so that no owner gets more (open follow-ups included).
    int dailyCapacity = 20;
    /// The days follow-ups can be due on, ISO weekdays (1 = Monday ... 7 = Sunday).
    QList<int> workingWeekdays{1, 2, 3, 4, 5};

    /// The starting point: champions and loyal customers monthly, at-risk and can't-lose
    /// customers within a week, new customers within a week of joining, others never.
    static QList<Rule> defaultRules();

    QJsonObject toJson() const;
    /// Missing keys keep their defaults.
    static FollowUpCadencePolicy fromJson(const QJsonObject &json);
};

} // namespace kehu
