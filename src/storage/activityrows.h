#pragma once

#include "activity.h"
#include "sqlrows.h"

#include <QLatin1StringView>

namespace kehu {

// Columns and row readers of the activity tables that more than one repository reads.

/// A survey answer's columns, from `surveys s`, in the order readSurveyResponse() reads them.
constexpr QLatin1StringView kSurveyColumns("s.id, s.customer_id, s.surveyed_on, s.nps, s.csat, s.comment");

inline SurveyResponse readSurveyResponse(const QSqlQuery &q)
{
    SurveyResponse s;
    s.id = q.value(0).toLongLong();
    s.customerId = q.value(1).toLongLong();
    s.date = dateOf(q.value(2));
    s.nps = optionalInt(q.value(3));
    s.csat = optionalInt(q.value(4));
    s.comment = q.value(5).toString();
    return s;
}

} // namespace kehu
