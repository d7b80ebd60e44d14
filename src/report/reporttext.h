#pragma once

#include <QLocale>
#include <QString>

#include "currency.h"
#include "labels.h"
#include "money.h"
#include "quarter.h"

namespace kehu {

/// Language of a generated report.
enum class ReportLanguage { English, SimplifiedChinese };

/// The report's words in English and Simplified Chinese, from a small table kept in this
/// library rather than in the app's .ts file: a report is made in the language asked for
/// (a manager in Shanghai sends the English one to head office), from the CLI without
/// loading any translator, and these terms are used nowhere else. Keys are the English
/// texts themselves, so a missing entry still reads well. Labels of stored keys (segments,
/// churn flags, reasons) and the quarter format come from the app's one label table
/// (core/labels.h), in the report's language.
class ReportText
{
public:
    /// @p currency: the book's, in which the report writes its amounts.
    explicit ReportText(ReportLanguage language, const Currency &currency = Currency());

    ReportLanguage language() const { return m_language; }
    /// The text for @p english (a key of the table), in the report's language.
    QString tr(const char *english) const;
    /// Label of a stored segment key ("champions"), as the app shows it (core/labels.h);
    /// "absent" when empty.
    QString label(const QString &key) const;
    /// Label of a churn flag ("at_risk" reads 流失预警 as a flag, 濒临流失客户 as a segment).
    QString flagLabel(const QString &key) const;
    /// Label of a follow-up or proposed action's reason ("review:win_back", "cadence:lost").
    QString reasonLabel(const QString &reason) const;
    /// A quarter as the app shows it: "2025 Q4", "2025年第4季度".
    QString quarter(const Quarter &q) const;
    QString number(qint64 value) const;
    QString percent(double fraction, int decimals = 1) const;
    /// An amount in the book's currency, grouped as the language writes numbers, no symbol.
    QString money(MinorUnits amount) const;
    /// An amount for a CSV file: the currency's digits after a dot, no grouping.
    QString csvMoney(MinorUnits amount) const;
    QLocale locale() const { return m_locale; }

private:
    Labels::Language labelLanguage() const;

    ReportLanguage m_language;
    QLocale m_locale;
    Currency m_currency;
};

} // namespace kehu
