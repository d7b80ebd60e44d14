#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace kehu {

/// An ISO 4217 currency: its three-letter code, how many minor-unit digits it has (2 for CNY,
/// USD and EUR: fen and cents; 0 for JPY and KRW; 3 for KWD) and the symbol Kehu shows for it.
/// The facts come from one small table in currency.cpp. A code not in the table is kept as
/// given (upper-cased), has 2 digits and shows its code as its symbol. The default currency
/// is CNY, the currency a new book starts with.
class Currency
{
public:
    Currency() = default;
    /// `code` such as "CNY" or "usd"; blanks around it are ignored.
    explicit Currency(QStringView code);

    const QString &code() const { return m_code; }
    /// Digits after the decimal point: 2 for CNY, 0 for JPY.
    int minorDigits() const { return m_minorDigits; }
    /// Minor units in one major unit: 100 for CNY, 1 for JPY.
    qint64 minorPerMajor() const;
    /// The symbol shown before an amount: "¥" for CNY, "HK$" for HKD; for a code not in
    /// the table the code and a space ("XYZ ").
    QString symbol() const;
    /// True when the code is in the table.
    bool isKnown() const;

    /// The codes in the table, in table order.
    static QStringList knownCodes();

    friend bool operator==(const Currency &a, const Currency &b) { return a.m_code == b.m_code; }

private:
    QString m_code = QStringLiteral("CNY");
    int m_minorDigits = 2;
};

} // namespace kehu
