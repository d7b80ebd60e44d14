#include "importlabels.h"

#include "enumkeys.h"

#include <utility>

namespace kehu::ImportLabels {

namespace {

template<typename Enum>
struct Label
{
    Enum value;
    const char *words; // '|' separated, UTF-8
};

constexpr Label<LifecycleStatus> kLifecycle[] = {
    {LifecycleStatus::Lead, "线索|潜客"},
    {LifecycleStatus::Prospect, "潜在客户|意向客户|潜在|意向"},
    {LifecycleStatus::Active, "活跃|活跃客户|正常|有效"},
    {LifecycleStatus::Vip, "重要客户|大客户|贵宾"},
    {LifecycleStatus::Dormant, "沉睡|休眠|沉默|沉睡客户"},
    {LifecycleStatus::Lost, "流失|已流失|流失客户"},
};
constexpr Label<PersonalityType> kPersonality[] = {
    {PersonalityType::Unknown, "未知"},      {PersonalityType::Analytic, "分析型"},
    {PersonalityType::Expressive, "表现型"}, {PersonalityType::Amiable, "和蔼型|亲和型"},
    {PersonalityType::Steady, "稳健型"},
};
constexpr Label<CustomerType> kCustomerType[] = {
    {CustomerType::EndCustomer, "终端客户|终端|直客"},
    {CustomerType::Distributor, "经销商|分销商|代理商"},
};
constexpr Label<VisitKind> kVisitKind[] = {
    {VisitKind::Store, "到店|门店|来店"},
    {VisitKind::Call, "电话|来电"},
    {VisitKind::OnSite, "上门|拜访|上门拜访"},
    {VisitKind::Online, "线上|在线|网络"},
};

QString keyForm(QStringView text)
{
    QString key = text.trimmed().toString().toLower();
    key.replace(u'-', u'_');
    key.replace(u' ', u'_');
    return key;
}

template<typename Enum, std::size_t N, typename FromKey>
std::optional<Enum> lookup(QStringView text, const Label<Enum> (&labels)[N], FromKey fromKey)
{
    const QString key = keyForm(text);
    if (const std::optional<Enum> value = fromKey(key))
        return value;
    for (const Label<Enum> &label : labels) {
        for (QStringView word : QString::fromUtf8(label.words).tokenize(u'|')) {
            if (key == word)
                return label.value;
        }
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QStringList words(const Label<Enum> (&labels)[N])
{
    QStringList result;
    for (const Label<Enum> &label : labels)
        result << QString(toKey(label.value)) << QString::fromUtf8(label.words).split(u'|');
    return result;
}

} // namespace

std::optional<LifecycleStatus> lifecycle(QStringView text)
{
    return lookup(text, kLifecycle, lifecycleFromKey);
}
std::optional<PersonalityType> personality(QStringView text)
{
    return lookup(text, kPersonality, personalityFromKey);
}
std::optional<CustomerType> customerType(QStringView text)
{
    return lookup(text, kCustomerType, customerTypeFromKey);
}
std::optional<VisitKind> visitKind(QStringView text)
{
    return lookup(text, kVisitKind, visitKindFromKey);
}

QStringList lifecycleWords()
{
    return words(kLifecycle);
}
QStringList personalityWords()
{
    return words(kPersonality);
}
QStringList customerTypeWords()
{
    return words(kCustomerType);
}
QStringList visitKindWords()
{
    return words(kVisitKind);
}

QStringList splitTags(QStringView text)
{
    QStringList tags;
    qsizetype start = 0;
    auto isSeparator = [](QChar c) {
        switch (c.unicode()) {
        case u',':
        case u';':
        case u'|':
        case 0x3001:
        case 0xFF0C:
        case 0xFF1B:
        case 0xFF5C: return true;
        default: return false;
        }
    };
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || isSeparator(text[i])) {
            const QString tag = text.sliced(start, i - start).trimmed().toString();
            if (!tag.isEmpty() && !tags.contains(tag))
                tags.append(tag);
            start = i + 1;
        }
    }
    return tags;
}

} // namespace kehu::ImportLabels
