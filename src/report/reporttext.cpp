#include "report/reporttext.h"

#include <QHash>

namespace kehu {

namespace {

struct Entry
{
    const char *english;
    const char16_t *chinese;
};

// English key, Simplified Chinese. Keep sorted by area, not alphabetically: it reads as the
// report does.
constexpr Entry kTable[] = {
    {"Quarterly customer review", u"季度客户盘点"},
    {"Quarter", u"季度"},
    {"Compared with", u"对比"},
    {"Snapshot as of", u"快照日期"},
    {"Generated", u"生成时间"},
    {"Summary", u"概览"},
    {"Customers", u"客户数"},
    {"Active this quarter", u"本季度活跃"},
    {"New this quarter", u"本季度新增"},
    {"Revenue this quarter", u"本季度销售额"},
    {"Became key", u"晋升为重点客户"},
    {"Dropped a class", u"等级下降"},
    {"New churn risks", u"新增流失预警"},
    {"Win-back candidates", u"挽回候选"},
    {"Overdue follow-ups", u"逾期回访"},
    {"Top customers by CLV", u"客户终身价值前列客户"},
    {"Team figures", u"团队业绩"},
    {"Proposed follow-ups", u"建议回访行动"},
    {"Segment migration", u"RFM 分群迁移"},
    {"ABC class migration", u"ABC 等级迁移"},
    {"Customers per segment", u"各分群客户数"},
    {"Customer counts per period", u"各期客户数"},
    {"Rows: last quarter. Columns: this quarter. Cells: customers (revenue this quarter).",
     u"行：上季度；列：本季度；单元格：客户数（本季度销售额）。"},
    {"new", u"新增"},
    {"active", u"活跃"},
    {"churned", u"判定流失"},
    {"forecast active", u"预测活跃"},
    {"previous quarter", u"上季度"},
    {"this quarter", u"本季度"},
    {"Code", u"编号"},
    {"Name", u"名称"},
    {"Owner", u"负责人"},
    {"From", u"原"},
    {"To", u"现"},
    {"Segment", u"分群"},
    {"Class", u"等级"},
    {"Churn flag", u"流失标记"},
    {"CLV", u"终身价值"},
    {"Revenue to date", u"累计销售额"},
    {"Revenue", u"销售额"},
    {"Visits", u"来访"},
    {"Follow-ups due", u"应回访"},
    {"Done on time", u"按时完成"},
    {"Revenue target", u"销售目标"},
    {"New customers", u"新客户"},
    {"Due", u"到期日"},
    {"Reason", u"原因"},
    {"Assignee", u"负责人"},
    {"Days overdue", u"逾期天数"},
    {"(none)", u"（无）"},
    {"(unassigned)", u"（未分配）"},
    {"absent", u"无"},
    {"%1 more in the CSV lists.", u"另有 %1 条，见 CSV 清单。"},
    {"Page", u"第"},
    // Stored keys.
    {"champions", u"重要价值客户"},
    {"loyal_customers", u"忠诚客户"},
    {"potential_loyalist", u"潜在忠诚客户"},
    {"new_customers", u"新客户"},
    {"promising", u"有潜力客户"},
    {"need_attention", u"需要关注"},
    {"about_to_sleep", u"即将沉睡"},
    {"at_risk", u"濒临流失客户"},
    {"cant_lose_them", u"重要挽留客户"},
    {"lost", u"流失客户"},
    {"others", u"其他"},
    {"churned_flag", u"判定流失"},
    {"at_risk_flag", u"流失预警"},
    {"review:new_churn_risk", u"新增流失预警"},
    {"review:win_back", u"挽回"},
    {"review:dropped_class", u"等级下降"},
    {"review:became_key", u"晋升重点客户"},
};

const QHash<QByteArray, QString> &chinese()
{
    static const QHash<QByteArray, QString> table = [] {
        QHash<QByteArray, QString> t;
        for (const Entry &e : kTable)
            t.insert(QByteArray(e.english), QString::fromUtf16(e.chinese));
        return t;
    }();
    return table;
}

/// English labels of stored keys that are not plain words.
QString englishLabel(const QString &key)
{
    static const QHash<QString, QString> labels{
        {QStringLiteral("champions"), QStringLiteral("Champions")},
        {QStringLiteral("loyal_customers"), QStringLiteral("Loyal customers")},
        {QStringLiteral("potential_loyalist"), QStringLiteral("Potential loyalists")},
        {QStringLiteral("new_customers"), QStringLiteral("New customers")},
        {QStringLiteral("promising"), QStringLiteral("Promising")},
        {QStringLiteral("need_attention"), QStringLiteral("Need attention")},
        {QStringLiteral("about_to_sleep"), QStringLiteral("About to sleep")},
        {QStringLiteral("at_risk"), QStringLiteral("At risk")},
        {QStringLiteral("cant_lose_them"), QStringLiteral("Can't lose them")},
        {QStringLiteral("lost"), QStringLiteral("Lost")},
        {QStringLiteral("others"), QStringLiteral("Others")},
        {QStringLiteral("active"), QStringLiteral("Active")},
        {QStringLiteral("churned"), QStringLiteral("Churned")},
        {QStringLiteral("review:new_churn_risk"), QStringLiteral("New churn risk")},
        {QStringLiteral("review:win_back"), QStringLiteral("Win back")},
        {QStringLiteral("review:dropped_class"), QStringLiteral("Dropped a class")},
        {QStringLiteral("review:became_key"), QStringLiteral("Became key")},
    };
    return labels.value(key, key);
}

} // namespace

ReportText::ReportText(ReportLanguage language)
    : m_language(language),
      m_locale(language == ReportLanguage::SimplifiedChinese ? QLocale(QLocale::Chinese, QLocale::China)
                                                             : QLocale(QLocale::English, QLocale::UnitedStates))
{
}

QString ReportText::tr(const char *english) const
{
    if (m_language == ReportLanguage::SimplifiedChinese) {
        const auto found = chinese().constFind(QByteArray(english));
        if (found != chinese().constEnd())
            return *found;
    }
    return QString::fromUtf8(english);
}

QString ReportText::label(const QString &key) const
{
    if (key.isEmpty())
        return tr("absent");
    if (m_language == ReportLanguage::English)
        return englishLabel(key);
    // "churned" is only a flag; "at_risk" is a segment here (flags go through flagLabel()).
    const QByteArray latin = key == u"churned" ? QByteArrayLiteral("churned_flag") : key.toUtf8();
    if (key == u"active")
        return tr("active");
    const auto found = chinese().constFind(latin);
    return found != chinese().constEnd() ? *found : key;
}

QString ReportText::flagLabel(const QString &key) const
{
    // A churn flag: "at_risk" reads differently from the RFM segment of the same key.
    if (m_language == ReportLanguage::SimplifiedChinese && key == u"at_risk")
        return tr("at_risk_flag");
    return label(key);
}

QString ReportText::quarter(const Quarter &q) const
{
    // The same format as the app's (Labels::quarter): "2025 Q4", "2025年第4季度".
    if (m_language == ReportLanguage::SimplifiedChinese)
        return QStringLiteral("%1年第%2季度").arg(q.year).arg(q.quarter);
    return QStringLiteral("%1 Q%2").arg(q.year).arg(q.quarter);
}

QString ReportText::number(qint64 value) const
{
    return m_locale.toString(value);
}

QString ReportText::percent(double fraction, int decimals) const
{
    return m_locale.toString(100.0 * fraction, 'f', decimals) + u'%';
}

} // namespace kehu
