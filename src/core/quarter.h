#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <QList>

#include <optional>

namespace kehu {

/// A calendar quarter, written "2025Q4" (the label of the quarterly inventory's snapshots and
/// of owner targets). quarter is 1..4.
struct Quarter
{
    int year = 2000;
    int quarter = 1;

    /// Parses "YYYYQn" (also "YYYY-Qn", case-insensitive); nullopt otherwise.
    static std::optional<Quarter> parse(QStringView text);
    /// The quarter containing @p date.
    static Quarter containing(QDate date);
    /// The quarters from the one containing @p first to the one containing @p last, newest
    /// first: the quarters a book's data has (empty when either day is invalid or first > last).
    static QList<Quarter> between(QDate first, QDate last);

    QDate firstDay() const { return QDate(year, 3 * (quarter - 1) + 1, 1); }
    QDate lastDay() const { return firstDay().addMonths(3).addDays(-1); }
    Quarter previous() const { return quarter == 1 ? Quarter{year - 1, 4} : Quarter{year, quarter - 1}; }
    QString label() const { return QStringLiteral("%1Q%2").arg(year).arg(quarter); }

    friend bool operator==(const Quarter &, const Quarter &) = default;
};

} // namespace kehu
