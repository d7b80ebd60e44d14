#pragma once

#include <QDate>

namespace kehu {

/// The days a book's data covers: the first and the last day with a purchase, a visit or a
/// survey (either invalid when there is none). Periods are offered from these days, not
/// from today's date: a book imported in 2026 whose data ends in 2024 has no 2025.
struct ActivitySpan
{
    QDate first;
    QDate last;

    bool isValid() const { return first.isValid() && last.isValid(); }
    /// True when [from, to] ends after the data does: a period the data covers only in part.
    bool endsInside(QDate from, QDate to) const { return isValid() && from <= last && to > last; }
};

} // namespace kehu
