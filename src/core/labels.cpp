#include "labels.h"

#include <QCoreApplication>
#include <QLocale>

#include <span>

namespace kehu::Labels {

namespace {

// Every label is written once here: its key, its English source text (translated by the app
// in the context "KehuLabels", with the disambiguation where one English word has two
// meanings) and its Simplified Chinese, which reports use without a translator. The source
// texts, comments and the context are those of the .ts files: keep them when editing, or the
// app loses their translations.

/// An English source text and its disambiguation, as QT_TRANSLATE_NOOP3 writes them.
struct Source
{
    const char *text = nullptr;
    const char *comment = nullptr;
};

struct Entry
{
    const char *key;
    Source source;
    const char16_t *chinese;
    bool offered = true; ///< listed by keys() (false: shown when stored, never offered)
};

constexpr Entry kSegments[] = {
    {"champions", {QT_TRANSLATE_NOOP("KehuLabels", "Champions")}, u"重要价值客户"},
    {"loyal_customers", {QT_TRANSLATE_NOOP("KehuLabels", "Loyal customers")}, u"忠诚客户"},
    {"potential_loyalist", {QT_TRANSLATE_NOOP("KehuLabels", "Potential loyalists")}, u"潜在忠诚客户"},
    {"new_customers", {QT_TRANSLATE_NOOP("KehuLabels", "New customers")}, u"新客户"},
    {"promising", {QT_TRANSLATE_NOOP("KehuLabels", "Promising")}, u"有潜力客户"},
    {"need_attention", {QT_TRANSLATE_NOOP("KehuLabels", "Need attention")}, u"需要关注"},
    {"about_to_sleep", {QT_TRANSLATE_NOOP("KehuLabels", "About to sleep")}, u"即将沉睡"},
    {"at_risk", QT_TRANSLATE_NOOP3("KehuLabels", "At risk", "RFM segment"), u"濒临流失客户"},
    {"cant_lose_them", {QT_TRANSLATE_NOOP("KehuLabels", "Can't lose them")}, u"重要挽留客户"},
    {"lost", QT_TRANSLATE_NOOP3("KehuLabels", "Lost", "RFM segment"), u"流失客户"},
    {"others", {QT_TRANSLATE_NOOP("KehuLabels", "Others")}, u"其他"},
};

constexpr Entry kSegmentActions[] = {
    {"champions",
     {QT_TRANSLATE_NOOP("KehuLabels", "Reward them; ask for referrals and reviews; early access to new products.")},
     u"给予回馈；请他们推荐新客户、写评价；新品优先体验。"},
    {"loyal_customers",
     {QT_TRANSLATE_NOOP("KehuLabels", "Upsell higher-value products; ask for feedback.")},
     u"推荐更高价值的产品；征求意见。"},
    {"potential_loyalist",
     {QT_TRANSLATE_NOOP("KehuLabels", "Offer membership or a loyalty programme; recommend related products.")},
     u"邀请加入会员或积分计划；推荐相关产品。"},
    {"new_customers",
     {QT_TRANSLATE_NOOP("KehuLabels", "Welcome them; help with the first use; follow up within a week.")},
     u"表示欢迎；协助首次使用；一周内回访。"},
    {"promising",
     {QT_TRANSLATE_NOOP("KehuLabels", "Build the relationship: free trials, a personal follow-up call.")},
     u"加深关系：免费试用，亲自打电话回访。"},
    {"need_attention",
     {QT_TRANSLATE_NOOP("KehuLabels", "Limited-time offer based on their purchase history.")},
     u"根据购买记录提供限时优惠。"},
    {"about_to_sleep",
     {QT_TRANSLATE_NOOP("KehuLabels", "Share popular products and a discount to reconnect.")},
     u"推送热销产品和折扣，重新建立联系。"},
    {"at_risk",
     {QT_TRANSLATE_NOOP("KehuLabels", "Send a personal message; offer renewals; find out what changed.")},
     u"发送个性化问候；提供续约优惠；了解发生了什么变化。"},
    {"cant_lose_them",
     {QT_TRANSLATE_NOOP("KehuLabels", "Win them back in person: call, visit, a tailored offer.")},
     u"亲自挽回：打电话、上门拜访、提供专属优惠。"},
    {"lost",
     {QT_TRANSLATE_NOOP("KehuLabels", "Revive interest with an outreach campaign; otherwise let go.")},
     u"通过营销活动重新激发兴趣；无效则放弃。"},
    {"others", {QT_TRANSLATE_NOOP("KehuLabels", "Review individually.")}, u"逐一分析。"},
};

constexpr Entry kAbcClasses[] = {
    {"A", {QT_TRANSLATE_NOOP("KehuLabels", "A (key)")}, u"A（重点）"},
    {"B", {QT_TRANSLATE_NOOP("KehuLabels", "B (regular)")}, u"B（一般）"},
    {"C", {QT_TRANSLATE_NOOP("KehuLabels", "C (minor)")}, u"C（次要）"},
};

// Not shown anywhere yet: their English is not in the .ts files until update_translations runs.
constexpr Entry kBehaviours[] = {
    {"high_frequency", QT_TRANSLATE_NOOP3("KehuLabels", "High frequency", "purchase behaviour"), u"高频购买"},
    {"low_frequency", QT_TRANSLATE_NOOP3("KehuLabels", "Low frequency", "purchase behaviour"), u"低频购买"},
    {"one_time", QT_TRANSLATE_NOOP3("KehuLabels", "One-time", "purchase behaviour"), u"单次购买"},
};

constexpr Entry kValueTiers[] = {
    {"high", QT_TRANSLATE_NOOP3("KehuLabels", "High value", "value tier"), u"高价值"},
    {"mid", QT_TRANSLATE_NOOP3("KehuLabels", "Mid value", "value tier"), u"中价值"},
    {"low", QT_TRANSLATE_NOOP3("KehuLabels", "Low value", "value tier"), u"低价值"},
};

constexpr Entry kChurnFlags[] = {
    {"active", QT_TRANSLATE_NOOP3("KehuLabels", "Active", "churn flag"), u"活跃"},
    {"at_risk", QT_TRANSLATE_NOOP3("KehuLabels", "At risk", "churn flag"), u"流失预警"},
    {"churned", QT_TRANSLATE_NOOP3("KehuLabels", "Churned", "churn flag"), u"判定流失"},
    {"no_purchases", {QT_TRANSLATE_NOOP("KehuLabels", "No purchases")}, u"无购买", false},
};

// The keys classification stores in snapshot_rows.churn_reason (core/classification.cpp).
constexpr Entry kChurnRules[] = {
    {"p_alive_low", {QT_TRANSLATE_NOOP("KehuLabels", "P(alive) below threshold")}, u"存活概率低于阈值"},
    {"gap_beyond_typical", {QT_TRANSLATE_NOOP("KehuLabels", "Gap longer than usual")}, u"间隔超过平常"},
    {"one_time_inactive", {QT_TRANSLATE_NOOP("KehuLabels", "One-time buyer, inactive")}, u"单次购买，已不活跃"},
};

constexpr Entry kVisitKinds[] = {
    {"store", {QT_TRANSLATE_NOOP("KehuLabels", "Store visit")}, u"到店"},
    {"call", {QT_TRANSLATE_NOOP("KehuLabels", "Phone call")}, u"电话"},
    {"on_site", {QT_TRANSLATE_NOOP("KehuLabels", "On-site visit")}, u"上门拜访"},
    {"online", {QT_TRANSLATE_NOOP("KehuLabels", "Online")}, u"线上"},
};

constexpr Entry kPersonalities[] = {
    {"unknown", {QT_TRANSLATE_NOOP("KehuLabels", "Unknown")}, u"未知"},
    {"analytic", {QT_TRANSLATE_NOOP("KehuLabels", "Analytic")}, u"分析型"},
    {"expressive", {QT_TRANSLATE_NOOP("KehuLabels", "Expressive")}, u"表现型"},
    {"amiable", {QT_TRANSLATE_NOOP("KehuLabels", "Amiable")}, u"亲和型"},
    {"steady", {QT_TRANSLATE_NOOP("KehuLabels", "Steady")}, u"稳健型"},
};

constexpr Entry kLifecycles[] = {
    {"lead", {QT_TRANSLATE_NOOP("KehuLabels", "Lead")}, u"线索"},
    {"prospect", {QT_TRANSLATE_NOOP("KehuLabels", "Prospect")}, u"意向客户"},
    {"active", QT_TRANSLATE_NOOP3("KehuLabels", "Active", "lifecycle status"), u"合作中"},
    {"vip", {QT_TRANSLATE_NOOP("KehuLabels", "VIP")}, u"VIP"},
    {"dormant", {QT_TRANSLATE_NOOP("KehuLabels", "Dormant")}, u"休眠"},
    {"lost", QT_TRANSLATE_NOOP3("KehuLabels", "Lost", "lifecycle status"), u"已流失"},
};

constexpr Entry kChurnReasons[] = {
    {"service", {QT_TRANSLATE_NOOP("KehuLabels", "Service")}, u"服务"},
    {"price", {QT_TRANSLATE_NOOP("KehuLabels", "Price")}, u"价格"},
    {"needs_changed", {QT_TRANSLATE_NOOP("KehuLabels", "Needs changed")}, u"需求变化"},
    {"competitor", {QT_TRANSLATE_NOOP("KehuLabels", "Went to a competitor")}, u"转向竞争对手"},
    {"moved", {QT_TRANSLATE_NOOP("KehuLabels", "Moved away")}, u"搬走了"},
    {"other", {QT_TRANSLATE_NOOP("KehuLabels", "Other")}, u"其他"},
};

constexpr Entry kChurnOutcomes[] = {
    {"open", {QT_TRANSLATE_NOOP("KehuLabels", "Open")}, u"待处理"},
    {"won_back", {QT_TRANSLATE_NOOP("KehuLabels", "Won back")}, u"已挽回"},
    {"lost", QT_TRANSLATE_NOOP3("KehuLabels", "Lost", "churn outcome"), u"确认流失"},
};

constexpr Entry kChannels[] = {
    {"store", QT_TRANSLATE_NOOP3("KehuLabels", "Store", "channel"), u"门店"},
    {"online", QT_TRANSLATE_NOOP3("KehuLabels", "Online", "channel"), u"线上"},
    {"referral", QT_TRANSLATE_NOOP3("KehuLabels", "Referral", "channel"), u"转介绍"},
    {"wechat", QT_TRANSLATE_NOOP3("KehuLabels", "WeChat", "channel"), u"微信"},
    {"exhibition", QT_TRANSLATE_NOOP3("KehuLabels", "Trade fair", "channel"), u"展会"},
    {"cold_call", QT_TRANSLATE_NOOP3("KehuLabels", "Cold call", "channel"), u"电话陌拜"},
    {"phone", QT_TRANSLATE_NOOP3("KehuLabels", "Phone", "channel"), u"电话"},
    {"distributor", QT_TRANSLATE_NOOP3("KehuLabels", "Distributor", "channel"), u"经销商"},
    {"other", QT_TRANSLATE_NOOP3("KehuLabels", "Other", "channel"), u"其他"},
};

constexpr Entry kFollowUpReasons[] = {
    {"visit", {QT_TRANSLATE_NOOP("KehuLabels", "Asked for at a visit")}, u"来访时提出"},
    {"review:new_churn_risk", {QT_TRANSLATE_NOOP("KehuLabels", "Review: new churn risk")}, u"盘点：新增流失预警"},
    {"review:win_back", {QT_TRANSLATE_NOOP("KehuLabels", "Review: win back")}, u"盘点：挽回"},
    {"review:dropped_class", {QT_TRANSLATE_NOOP("KehuLabels", "Review: dropped a class")}, u"盘点：等级下降"},
    {"review:became_key", {QT_TRANSLATE_NOOP("KehuLabels", "Review: became key")}, u"盘点：成为重点客户"},
};

constexpr Entry kCustomerFields[] = {
    {"code", QT_TRANSLATE_NOOP3("KehuLabels", "Code", "customer field"), u"编号"},
    {"name", QT_TRANSLATE_NOOP3("KehuLabels", "Name", "customer field"), u"名称"},
    {"phone", QT_TRANSLATE_NOOP3("KehuLabels", "Phone", "customer field"), u"电话"},
    {"email", QT_TRANSLATE_NOOP3("KehuLabels", "E-mail", "customer field"), u"电子邮件"},
    {"company", QT_TRANSLATE_NOOP3("KehuLabels", "Company", "customer field"), u"公司"},
    {"industry", QT_TRANSLATE_NOOP3("KehuLabels", "Industry", "customer field"), u"行业"},
    {"company_size", QT_TRANSLATE_NOOP3("KehuLabels", "Company size", "customer field"), u"公司规模"},
    {"region", QT_TRANSLATE_NOOP3("KehuLabels", "Region", "customer field"), u"地区"},
    {"channel", QT_TRANSLATE_NOOP3("KehuLabels", "Channel", "customer field"), u"渠道"},
    {"owner", QT_TRANSLATE_NOOP3("KehuLabels", "Owner", "customer field"), u"负责人"},
    {"lifecycle", QT_TRANSLATE_NOOP3("KehuLabels", "Status", "customer field"), u"状态"},
    {"personality", QT_TRANSLATE_NOOP3("KehuLabels", "Personality", "customer field"), u"性格类型"},
    {"customer_type", QT_TRANSLATE_NOOP3("KehuLabels", "Customer type", "customer field"), u"客户类型"},
    {"explicit_needs", QT_TRANSLATE_NOOP3("KehuLabels", "Explicit needs", "customer field"), u"显性需求"},
    {"implicit_needs", QT_TRANSLATE_NOOP3("KehuLabels", "Implicit needs", "customer field"), u"隐性需求"},
    {"budget", QT_TRANSLATE_NOOP3("KehuLabels", "Budget", "customer field"), u"预算"},
    {"preferences", QT_TRANSLATE_NOOP3("KehuLabels", "Preferences", "customer field"), u"偏好"},
    {"tags", QT_TRANSLATE_NOOP3("KehuLabels", "Tags", "customer field"), u"标签"},
    {"notes", QT_TRANSLATE_NOOP3("KehuLabels", "Notes", "customer field"), u"备注"},
};

/// "cadence:<segment>": the segment's label in this format.
constexpr Entry kCadenceReason{"cadence:", {QT_TRANSLATE_NOOP("KehuLabels", "Cadence: %1")}, u"周期回访：%1"};
constexpr Entry kQuarterFormat{"", QT_TRANSLATE_NOOP3("KehuLabels", "%1 Q%2", "quarter: year, number"),
                               u"%1年第%2季度"};

std::span<const Entry> entries(Kind kind)
{
    switch (kind) {
    case Kind::Segment: return kSegments;
    case Kind::SegmentAction: return kSegmentActions;
    case Kind::AbcClass: return kAbcClasses;
    case Kind::Behaviour: return kBehaviours;
    case Kind::ValueTier: return kValueTiers;
    case Kind::ChurnFlag: return kChurnFlags;
    case Kind::ChurnRule: return kChurnRules;
    case Kind::VisitKind: return kVisitKinds;
    case Kind::Personality: return kPersonalities;
    case Kind::Lifecycle: return kLifecycles;
    case Kind::ChurnReason: return kChurnReasons;
    case Kind::ChurnOutcome: return kChurnOutcomes;
    case Kind::Channel: return kChannels;
    case Kind::FollowUpReason: return kFollowUpReasons;
    case Kind::CustomerField: return kCustomerFields;
    }
    return {};
}

const Entry *find(Kind kind, const QString &key)
{
    for (const Entry &entry : entries(kind)) {
        if (key == QLatin1StringView(entry.key))
            return &entry;
    }
    return nullptr;
}

QString translated(const Entry &entry)
{
    return QCoreApplication::translate("KehuLabels", entry.source.text, entry.source.comment);
}

QString inLanguage(const Entry &entry, Language language)
{
    return language == Language::SimplifiedChinese ? QString::fromUtf16(entry.chinese)
                                                   : QString::fromUtf8(entry.source.text);
}

/// An unknown key reads as itself, except that an unknown segment has no default action.
QString unknown(Kind kind, const QString &key)
{
    return kind == Kind::SegmentAction ? QString() : key;
}

} // namespace

QString label(Kind kind, const QString &key)
{
    const Entry *entry = find(kind, key);
    return entry ? translated(*entry) : unknown(kind, key);
}

QString label(Kind kind, const QString &key, Language language)
{
    const Entry *entry = find(kind, key);
    return entry ? inLanguage(*entry, language) : unknown(kind, key);
}

QStringList keys(Kind kind)
{
    QStringList list;
    for (const Entry &entry : entries(kind)) {
        if (entry.offered)
            list << QString::fromLatin1(entry.key);
    }
    return list;
}

QStringList segmentKeys()
{
    return keys(Kind::Segment);
}
QStringList churnFlagKeys()
{
    return keys(Kind::ChurnFlag);
}
QStringList visitKindKeys()
{
    return keys(Kind::VisitKind);
}
QStringList personalityKeys()
{
    return keys(Kind::Personality);
}
QStringList lifecycleKeys()
{
    return keys(Kind::Lifecycle);
}
QStringList churnReasonKeys()
{
    return keys(Kind::ChurnReason);
}
QStringList channelKeys()
{
    return keys(Kind::Channel);
}

QString segment(const QString &key)
{
    return label(Kind::Segment, key);
}
QString segmentAction(const QString &key)
{
    return label(Kind::SegmentAction, key);
}
QString abcClass(const QString &key)
{
    return label(Kind::AbcClass, key);
}
QString behaviour(const QString &key)
{
    return label(Kind::Behaviour, key);
}
QString valueTier(const QString &key)
{
    return label(Kind::ValueTier, key);
}
QString churnFlag(const QString &key)
{
    return label(Kind::ChurnFlag, key);
}
QString churnRule(const QString &key)
{
    return label(Kind::ChurnRule, key);
}
QString visitKind(const QString &key)
{
    return label(Kind::VisitKind, key);
}
QString personality(const QString &key)
{
    return label(Kind::Personality, key);
}
QString lifecycle(const QString &key)
{
    return label(Kind::Lifecycle, key);
}
QString churnReason(const QString &key)
{
    return label(Kind::ChurnReason, key);
}
QString churnOutcome(const QString &key)
{
    return label(Kind::ChurnOutcome, key);
}
QString channel(const QString &key)
{
    return label(Kind::Channel, key);
}

QString followUpReason(const QString &reason)
{
    if (reason.startsWith(QLatin1StringView(kCadenceReason.key)))
        return translated(kCadenceReason).arg(segment(reason.mid(8)));
    return label(Kind::FollowUpReason, reason);
}

QString followUpReason(const QString &reason, Language language)
{
    if (reason.startsWith(QLatin1StringView(kCadenceReason.key)))
        return inLanguage(kCadenceReason, language).arg(label(Kind::Segment, reason.mid(8), language));
    return label(Kind::FollowUpReason, reason, language);
}

QString channelKey(const QString &text)
{
    QString trimmed = text.trimmed();
    for (const QString &key : channelKeys()) {
        if (trimmed == key || trimmed.compare(channel(key), Qt::CaseInsensitive) == 0)
            return key;
    }
    return trimmed;
}

QString quarter(const Quarter &q)
{
    // One format everywhere a quarter is shown, reports included (ReportText::quarter).
    return translated(kQuarterFormat).arg(q.year).arg(q.quarter);
}

QString quarter(const Quarter &q, Language language)
{
    return inLanguage(kQuarterFormat, language).arg(q.year).arg(q.quarter);
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
