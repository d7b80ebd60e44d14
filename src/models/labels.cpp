#include "models/labels.h"

#include <QCoreApplication>
#include <QLocale>

namespace kehu::Labels {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(KehuLabels)
};

} // namespace

QStringList segmentKeys()
{
    return {QStringLiteral("champions"),     QStringLiteral("loyal_customers"), QStringLiteral("potential_loyalist"),
            QStringLiteral("new_customers"), QStringLiteral("promising"),       QStringLiteral("need_attention"),
            QStringLiteral("about_to_sleep"), QStringLiteral("at_risk"),        QStringLiteral("cant_lose_them"),
            QStringLiteral("lost"),          QStringLiteral("others")};
}

QString segment(const QString &key)
{
    if (key == u"champions") return Text::tr("Champions");
    if (key == u"potential_loyalist") return Text::tr("Potential loyalists");
    if (key == u"loyal_customers") return Text::tr("Loyal customers");
    if (key == u"promising") return Text::tr("Promising");
    if (key == u"new_customers") return Text::tr("New customers");
    if (key == u"cant_lose_them") return Text::tr("Can't lose them");
    if (key == u"at_risk") return Text::tr("At risk", "RFM segment");
    if (key == u"need_attention") return Text::tr("Need attention");
    if (key == u"about_to_sleep") return Text::tr("About to sleep");
    if (key == u"lost") return Text::tr("Lost", "RFM segment");
    if (key == u"others") return Text::tr("Others");
    return key;
}

QString segmentAction(const QString &key)
{
    if (key == u"champions") return Text::tr("Reward them; ask for referrals and reviews; early access to new products.");
    if (key == u"potential_loyalist") return Text::tr("Offer membership or a loyalty programme; recommend related products.");
    if (key == u"loyal_customers") return Text::tr("Upsell higher-value products; ask for feedback.");
    if (key == u"promising") return Text::tr("Build the relationship: free trials, a personal follow-up call.");
    if (key == u"new_customers") return Text::tr("Welcome them; help with the first use; follow up within a week.");
    if (key == u"cant_lose_them") return Text::tr("Win them back in person: call, visit, a tailored offer.");
    if (key == u"at_risk") return Text::tr("Send a personal message; offer renewals; find out what changed.");
    if (key == u"need_attention") return Text::tr("Limited-time offer based on their purchase history.");
    if (key == u"about_to_sleep") return Text::tr("Share popular products and a discount to reconnect.");
    if (key == u"lost") return Text::tr("Revive interest with an outreach campaign; otherwise let go.");
    if (key == u"others") return Text::tr("Review individually.");
    return {};
}

QString abcClass(const QString &key)
{
    if (key == u"A") return Text::tr("A (key)");
    if (key == u"B") return Text::tr("B (regular)");
    if (key == u"C") return Text::tr("C (minor)");
    return key;
}

QStringList churnFlagKeys()
{
    return {QStringLiteral("active"), QStringLiteral("at_risk"), QStringLiteral("churned")};
}

QString churnFlag(const QString &key)
{
    if (key == u"active") return Text::tr("Active", "churn flag");
    if (key == u"at_risk") return Text::tr("At risk", "churn flag");
    if (key == u"churned") return Text::tr("Churned", "churn flag");
    if (key == u"no_purchases") return Text::tr("No purchases");
    return key;
}

QString churnRule(const QString &key)
{
    // The keys classification stores in snapshot_rows.churn_reason (core/classification.cpp).
    if (key == u"p_alive_low") return Text::tr("P(alive) below threshold");
    if (key == u"gap_beyond_typical") return Text::tr("Gap longer than usual");
    if (key == u"one_time_inactive") return Text::tr("One-time buyer, inactive");
    return key;
}

QStringList visitKindKeys()
{
    return {QStringLiteral("store"), QStringLiteral("call"), QStringLiteral("on_site"), QStringLiteral("online")};
}

QString visitKind(const QString &key)
{
    if (key == u"store") return Text::tr("Store visit");
    if (key == u"call") return Text::tr("Phone call");
    if (key == u"on_site") return Text::tr("On-site visit");
    if (key == u"online") return Text::tr("Online");
    return key;
}

QStringList personalityKeys()
{
    return {QStringLiteral("unknown"), QStringLiteral("analytic"), QStringLiteral("expressive"),
            QStringLiteral("amiable"), QStringLiteral("steady")};
}

QString personality(const QString &key)
{
    if (key == u"unknown") return Text::tr("Unknown");
    if (key == u"analytic") return Text::tr("Analytic");
    if (key == u"expressive") return Text::tr("Expressive");
    if (key == u"amiable") return Text::tr("Amiable");
    if (key == u"steady") return Text::tr("Steady");
    return key;
}

QStringList lifecycleKeys()
{
    return {QStringLiteral("lead"), QStringLiteral("prospect"), QStringLiteral("active"),
            QStringLiteral("vip"),  QStringLiteral("dormant"),  QStringLiteral("lost")};
}

QString lifecycle(const QString &key)
{
    if (key == u"lead") return Text::tr("Lead");
    if (key == u"prospect") return Text::tr("Prospect");
    if (key == u"active") return Text::tr("Active", "lifecycle status");
    if (key == u"vip") return Text::tr("VIP");
    if (key == u"dormant") return Text::tr("Dormant");
    if (key == u"lost") return Text::tr("Lost", "lifecycle status");
    return key;
}

QStringList churnReasonKeys()
{
    return {QStringLiteral("service"),    QStringLiteral("price"), QStringLiteral("needs_changed"),
            QStringLiteral("competitor"), QStringLiteral("moved"), QStringLiteral("other")};
}

QString churnReason(const QString &key)
{
    if (key == u"service") return Text::tr("Service");
    if (key == u"price") return Text::tr("Price");
    if (key == u"needs_changed") return Text::tr("Needs changed");
    if (key == u"competitor") return Text::tr("Went to a competitor");
    if (key == u"moved") return Text::tr("Moved away");
    if (key == u"other") return Text::tr("Other");
    return key;
}

QString followUpReason(const QString &reason)
{
    if (reason.startsWith(u"cadence:"))
        return Text::tr("Cadence: %1").arg(segment(reason.mid(8)));
    if (reason == u"visit") return Text::tr("Asked for at a visit");
    if (reason == u"review:new_churn_risk") return Text::tr("Review: new churn risk");
    if (reason == u"review:win_back") return Text::tr("Review: win back");
    if (reason == u"review:dropped_class") return Text::tr("Review: dropped a class");
    if (reason == u"review:became_key") return Text::tr("Review: became key");
    return reason;
}

QString churnOutcome(const QString &key)
{
    if (key == u"open") return Text::tr("Open");
    if (key == u"won_back") return Text::tr("Won back");
    if (key == u"lost") return Text::tr("Lost", "churn outcome");
    return key;
}

QStringList channelKeys()
{
    return {QStringLiteral("store"),      QStringLiteral("online"),     QStringLiteral("referral"),
            QStringLiteral("wechat"),     QStringLiteral("exhibition"), QStringLiteral("cold_call"),
            QStringLiteral("phone"),      QStringLiteral("distributor"), QStringLiteral("other")};
}

QString channel(const QString &key)
{
    if (key == u"store") return Text::tr("Store", "channel");
    if (key == u"online") return Text::tr("Online", "channel");
    if (key == u"referral") return Text::tr("Referral", "channel");
    if (key == u"wechat") return Text::tr("WeChat", "channel");
    if (key == u"exhibition") return Text::tr("Trade fair", "channel");
    if (key == u"cold_call") return Text::tr("Cold call", "channel");
    if (key == u"phone") return Text::tr("Phone", "channel");
    if (key == u"distributor") return Text::tr("Distributor", "channel");
    if (key == u"other") return Text::tr("Other", "channel");
    return key;
}

QString channelKey(const QString &text)
{
    const QString trimmed = text.trimmed();
    for (const QString &key : channelKeys()) {
        if (trimmed == key || trimmed.compare(channel(key), Qt::CaseInsensitive) == 0)
            return key;
    }
    return trimmed;
}

QString quarter(const Quarter &q)
{
    // One format everywhere a quarter is shown (reports: ReportText::quarter, same format).
    return Text::tr("%1 Q%2", "quarter: year, number").arg(q.year).arg(q.quarter);
}

QString snapshotLabel(const QString &label)
{
    const auto q = Quarter::parse(label);
    return q ? quarter(*q) : label;
}

QString count(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace kehu::Labels
