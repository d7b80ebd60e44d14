#include "demobusiness.h"

#include <QStringList>

#include <array>
#include <cmath>

namespace kehu {

namespace {

/// splitmix64 → xoshiro-style generator: tiny, fast and identical everywhere.
class Random
{
public:
    explicit Random(std::uint64_t seed) : m_state(seed ^ 0x9E3779B97F4A7C15ULL) {}

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    int below(int n) { return int(next() % std::uint64_t(n)); }
    bool chance(double p) { return uniform() < p; }
    double exponential(double rate) { return -std::log1p(-uniform()) / rate; }
    double normal()
    {
        const double u1 = uniform() + 1e-300;
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    /// Marsaglia-Tsang; shape < 1 via the boost u^(1/shape).
    double gamma(double shape, double scale)
    {
        if (shape < 1.0)
            return gamma(shape + 1.0, scale) * std::pow(uniform() + 1e-300, 1.0 / shape);
        const double d = shape - 1.0 / 3.0;
        const double c = 1.0 / std::sqrt(9.0 * d);
        for (;;) {
            double x = normal();
            double v = 1.0 + c * x;
            if (v <= 0)
                continue;
            v = v * v * v;
            const double u = uniform();
            if (std::log(u) < 0.5 * x * x + d - d * v + d * std::log(v))
                return d * v * scale;
        }
    }
    double beta(double a, double b)
    {
        const double x = gamma(a, 1.0);
        return x / (x + gamma(b, 1.0));
    }
    template<typename T, std::size_t N>
    const T &pick(const std::array<T, N> &items)
    {
        return items[std::size_t(below(int(N)))];
    }

private:
    std::uint64_t m_state;
};

constexpr std::array<const char16_t *, 24> kSurnames{u"王", u"李", u"张", u"刘", u"陈", u"杨", u"黄", u"赵",
                                                     u"吴", u"周", u"徐", u"孙", u"马", u"朱", u"胡", u"郭",
                                                     u"何", u"林", u"罗", u"高", u"郑", u"梁", u"谢", u"宋"};
constexpr std::array<const char16_t *, 24> kGivenNames{u"伟", u"芳",   u"娜", u"敏",   u"静",   u"丽", u"强", u"磊",
                                                       u"洋", u"艳",   u"勇", u"军",   u"杰",   u"娟", u"涛", u"明",
                                                       u"超", u"秀英", u"华", u"建国", u"晓东", u"婷", u"鹏", u"欣怡"};
constexpr std::array<const char16_t *, 16> kEnglishFirst{
    u"Emily", u"James", u"Olivia", u"Daniel", u"Sophie", u"Michael", u"Grace", u"David",
    u"Chloe", u"Ryan",  u"Hannah", u"Kevin",  u"Lucy",   u"Jason",   u"Amy",   u"Eric"};
constexpr std::array<const char16_t *, 12> kEnglishLast{u"Chen",   u"Wong", u"Smith",  u"Lee", u"Brown", u"Tan",
                                                        u"Taylor", u"Lim",  u"Walker", u"Ng",  u"Clark", u"Ho"};
constexpr std::array<const char16_t *, 8> kRegions{u"华东", u"华南", u"华北", u"华中",
                                                   u"西南", u"西北", u"东北", u"Hong Kong"};
constexpr std::array<const char16_t *, 8> kIndustries{u"零售", u"餐饮", u"制造", u"教育",
                                                      u"医疗", u"IT",   u"物流", u"美容"};
constexpr std::array<const char16_t *, 5> kSizes{u"1-10", u"11-50", u"51-200", u"201-1000", u"1000+"};
constexpr std::array<const char16_t *, 6> kChannels{u"store",  u"referral",   u"online",
                                                    u"wechat", u"exhibition", u"cold_call"};
constexpr std::array<const char16_t *, 6> kOwners{u"李娜", u"张伟", u"王芳", u"Emily Chen", u"刘洋", u"Jason Ng"};
constexpr std::array<const char16_t *, 5> kCompanySuffix{u"贸易有限公司", u"科技有限公司", u"商行", u"餐饮店",
                                                         u"美容院"};
constexpr std::array<const char16_t *, 4> kEnglishCompanySuffix{u" Trading Ltd", u" & Co.", u" Studio", u" Supplies"};
constexpr std::array<const char16_t *, 6> kExplicitNeeds{u"稳定供货", u"更低价格", u"快速配送",
                                                         u"售后服务", u"批量折扣", u"新产品线"};
constexpr std::array<const char16_t *, 5> kImplicitNeeds{u"希望被重视", u"担心质量波动", u"想要独家代理",
                                                         u"希望得到认可", u"需要账期"};
constexpr std::array<const char16_t *, 6> kTags{u"VIP", u"老客户", u"价格敏感", u"团购", u"大客户", u"新店"};
constexpr std::array<const char16_t *, 5> kVisitNotes{u"询问新品", u"投诉送货慢", u"复购", u"介绍朋友",
                                                      u"询问送货时间"};
constexpr std::array<const char16_t *, 4> kSurveyComments{u"服务很好", u"价格偏高", u"送货及时", u"店员很专业"};

// English counterparts, index for index, so that one draw picks the same item in either language.
constexpr std::array<const char16_t *, 24> kEnglishSurnames{
    u"Smith",  u"Jones",  u"Taylor",   u"Brown",  u"Wilson",  u"Evans",   u"Thomas", u"Roberts",
    u"Walker", u"Wright", u"Thompson", u"White",  u"Hughes",  u"Edwards", u"Green",  u"Hall",
    u"Wood",   u"Harris", u"Lewis",    u"Martin", u"Jackson", u"Clarke",  u"Young",  u"Turner"};
constexpr std::array<const char16_t *, 24> kEnglishGivenNames{
    u"Emma",   u"Jack",    u"Olivia", u"Harry",  u"Amelia", u"George", u"Isla",  u"Noah",
    u"Ava",    u"Leo",     u"Mia",    u"Oscar",  u"Grace",  u"Arthur", u"Lily",  u"Henry",
    u"Sophie", u"Charlie", u"Ella",   u"Thomas", u"Ruby",   u"Alfie",  u"Freya", u"Jacob"};
constexpr std::array<const char16_t *, 8> kRegionsEnglish{u"East",      u"South",     u"North",     u"Central",
                                                          u"Southwest", u"Northwest", u"Northeast", u"Hong Kong"};
constexpr std::array<const char16_t *, 8> kIndustriesEnglish{
    u"Retail", u"Food service", u"Manufacturing", u"Education", u"Healthcare", u"IT", u"Logistics", u"Beauty"};
constexpr std::array<const char16_t *, 6> kOwnersEnglish{u"Lisa Nash",  u"Tom Walsh", u"Fiona Wang",
                                                         u"Emily Chen", u"Leo Young", u"Jason Ng"};
constexpr std::array<const char16_t *, 5> kCompanySuffixEnglish{u" Trading Ltd", u" Technology Ltd", u" & Sons",
                                                                u" Diner", u" Beauty Salon"};
constexpr std::array<const char16_t *, 6> kExplicitNeedsEnglish{
    u"steady supply", u"lower prices", u"fast delivery", u"after-sales service", u"bulk discount", u"new product line"};
constexpr std::array<const char16_t *, 5> kImplicitNeedsEnglish{u"wants to feel valued", u"worried about quality",
                                                                u"wants an exclusive deal", u"wants recognition",
                                                                u"needs payment terms"};
constexpr std::array<const char16_t *, 6> kTagsEnglish{u"VIP",          u"long-standing", u"price-sensitive",
                                                       u"group buying", u"key account",   u"new store"};
constexpr std::array<const char16_t *, 5> kVisitNotesEnglish{u"asked about new products",
                                                             u"complained about slow delivery", u"bought again",
                                                             u"referred a friend", u"asked about delivery"};
constexpr std::array<const char16_t *, 4> kSurveyCommentsEnglish{u"Very good service", u"A bit expensive",
                                                                 u"Delivered on time", u"Great staff"};

QString text(const char16_t *s)
{
    return QString::fromUtf16(s);
}

/// Picks from the Chinese or the English list with one draw either way.
class Words
{
public:
    Words(Random &random, bool english) : m_random(random), m_english(english) {}

    template<std::size_t N>
    QString pick(const std::array<const char16_t *, N> &chinese, const std::array<const char16_t *, N> &english)
    {
        const auto index = std::size_t(m_random.below(int(N)));
        return text(m_english ? english[index] : chinese[index]);
    }

private:
    Random &m_random;
    bool m_english;
};

/// The profile of demo customer number `i` (from 0), drawn in this order.
void fillProfile(Customer &c, int i, bool english, Random &random, Words &words)
{
    c.code = QStringLiteral("C%1").arg(i + 1, 6, 10, QLatin1Char('0'));
    const bool chinese = random.chance(0.8);
    if (chinese && english) {
        const QString surname = words.pick(kSurnames, kEnglishSurnames);
        c.name = words.pick(kGivenNames, kEnglishGivenNames) + u' ' + surname;
    } else {
        c.name = chinese ? QString(text(random.pick(kSurnames)) + text(random.pick(kGivenNames)))
                         : QString(text(random.pick(kEnglishFirst)) + u' ' + text(random.pick(kEnglishLast)));
    }
    c.phone =
        QStringLiteral("1%1%2").arg(3 + random.below(7)).arg(random.next() % 1000000000ULL, 9, 10, QLatin1Char('0'));
    if (random.chance(0.6))
        c.email = QStringLiteral("user%1@example.com").arg(i + 1);
    c.type = random.chance(0.08) ? CustomerType::Distributor : CustomerType::EndCustomer;
    if (c.type == CustomerType::Distributor || random.chance(0.4)) {
        if (chinese && english) {
            const QString surname = words.pick(kSurnames, kEnglishSurnames);
            random.below(int(kGivenNames.size())); // the draw the Chinese name's given name takes
            c.company = surname + words.pick(kCompanySuffix, kCompanySuffixEnglish);
        } else if (chinese) {
            c.company = text(random.pick(kSurnames)) + text(random.pick(kGivenNames))
                        + text(random.pick(kCompanySuffix));
        } else {
            c.company = c.name.section(u' ', 1) + text(random.pick(kEnglishCompanySuffix));
        }
    }
    c.industry = words.pick(kIndustries, kIndustriesEnglish);
    c.companySize = text(random.pick(kSizes));
    c.region = words.pick(kRegions, kRegionsEnglish);
    c.channel = text(random.pick(kChannels));
    c.owner = words.pick(kOwners, kOwnersEnglish);
    c.personality = PersonalityType(random.below(5));
    c.explicitNeeds = words.pick(kExplicitNeeds, kExplicitNeedsEnglish);
    if (random.chance(0.5))
        c.implicitNeeds = words.pick(kImplicitNeeds, kImplicitNeedsEnglish);
    if (random.chance(0.5))
        c.budget = MinorUnits(1000 + random.below(50000)) * 100;
    if (random.chance(0.4))
        c.tags << words.pick(kTags, kTagsEnglish);
}

/// The visits, a survey answer and a churn event that go with a customer's purchases, drawn
/// in this order (the demo is reproducible from its seed); sets the lifecycle they imply.
void addActivities(DemoCustomer &demo, bool alive, QDate endDate, Random &random, Words &words)
{
    const Customer &c = demo.customer;
    const QDate lastPurchase = demo.purchases.last().date;
    for (const Purchase &p : std::as_const(demo.purchases)) {
        if (p.channel != u"store" || !random.chance(0.5))
            continue;
        Visit v;
        v.time = QDateTime(p.date, QTime(10 + random.below(10), random.below(60)));
        v.kind = VisitKind::Store;
        v.staff = c.owner;
        v.amount = p.amount;
        v.satisfaction = std::clamp(int(std::lround(4.0 + random.normal() * 0.9)), 1, 5);
        if (random.chance(0.3))
            v.note = words.pick(kVisitNotes, kVisitNotesEnglish);
        if (random.chance(0.3))
            v.nextFollowUp = p.date.addDays(14 + random.below(30));
        demo.visits.append(v);
    }
    if (random.chance(0.35)) {
        SurveyResponse s;
        s.date = lastPurchase.addDays(random.below(20));
        if (s.date > endDate)
            s.date = endDate;
        const double mood = random.normal() + (alive ? 0.6 : -0.4);
        s.nps = std::clamp(int(std::lround(7.5 + mood * 2.2)), 0, 10);
        s.csat = std::clamp(int(std::lround(3.9 + mood)), 1, 5);
        if (random.chance(0.4))
            s.comment = words.pick(kSurveyComments, kSurveyCommentsEnglish);
        demo.surveys.append(s);
    }
    const qint64 quietDays = lastPurchase.daysTo(endDate);
    if (!alive && quietDays > 180 && random.chance(0.25)) {
        ChurnEvent e;
        e.flaggedOn = lastPurchase.addDays(180);
        e.reason = ChurnReason(random.below(6));
        if (random.chance(0.3)) {
            e.outcome = ChurnOutcome::Lost;
            e.outcomeOn = e.flaggedOn.addDays(60);
        }
        demo.churn = e;
        demo.customer.lifecycle = LifecycleStatus::Lost;
    } else if (quietDays > 365) {
        demo.customer.lifecycle = LifecycleStatus::Dormant;
    } else if (demo.purchases.size() >= 10) {
        demo.customer.lifecycle = LifecycleStatus::Vip;
    }
}

} // namespace

DemoBusiness::DemoBusiness(const Options &options) : m_options(options) {}

void DemoBusiness::generate(const std::function<void(const DemoCustomer &)> &sink)
{
    Random random(m_options.seed);
    const QDate start = m_options.endDate.addYears(-m_options.years);
    const qint64 historyDays = start.daysTo(m_options.endDate);
    // BG/NBD population: rate per day ~ Gamma(r, 1/alpha), dropout p ~ Beta(a, b). alpha is
    // chosen so that a customer acquired mid-history makes about meanPurchases purchases.
    const double r = 0.8;
    const double alpha = r * double(historyDays) / 2.0 / std::max(1.0, m_options.meanPurchases * 1.6);
    const double a = 0.6;
    const double b = 3.0;

    Words words(random, m_options.language == Language::English);
    for (int i = 0; i < m_options.customers; ++i) {
        DemoCustomer demo;
        Customer &c = demo.customer;
        fillProfile(c, i, m_options.language == Language::English, random, words);

        const QDate acquired = start.addDays(random.below(int(historyDays)));
        c.createdAt = QDateTime(acquired, QTime(9 + random.below(10), random.below(60)));
        const double rate = random.gamma(r, 1.0 / alpha);
        const double dropout = random.beta(a, b);
        const double spendShape = 2.0 + random.uniform() * 4.0;
        const double meanSpend = random.gamma(3.0, 150.0) + 20.0; // currency units
        const bool distributor = c.type == CustomerType::Distributor;

        // The first purchase happens at acquisition; later ones follow the process.
        QDate day = acquired;
        bool alive = true;
        while (alive && day <= m_options.endDate) {
            Purchase p;
            p.date = day;
            const double spend = random.gamma(spendShape, meanSpend / spendShape) * (distributor ? 8.0 : 1.0);
            p.amount = MinorUnits(std::llround(spend * 100.0));
            p.profit = MinorUnits(std::llround(double(p.amount) * (0.15 + random.uniform() * 0.25)));
            p.quantity = 1 + random.below(distributor ? 40 : 4);
            p.channel = random.chance(0.7) ? QStringLiteral("store") : QStringLiteral("online");
            p.sourceRef = QStringLiteral("SO-%1-%2").arg(i + 1).arg(demo.purchases.size() + 1);
            demo.purchases.append(p);
            if (random.chance(dropout))
                alive = false;
            else
                day = day.addDays(1 + qint64(random.exponential(std::max(rate, 1e-6))));
        }

        if (m_options.withActivities)
            addActivities(demo, alive, m_options.endDate, random, words);
        sink(demo);
    }
}

} // namespace kehu
