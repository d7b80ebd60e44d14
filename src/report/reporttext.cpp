#include "reporttext.h"

#include "moneyformatter.h"

#include "labels.h"

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

} // namespace

ReportText::ReportText(ReportLanguage language, const Currency &currency)
    : m_language(language),
      m_locale(language == ReportLanguage::SimplifiedChinese ? QLocale(QLocale::Chinese, QLocale::China)
                                                             : QLocale(QLocale::English, QLocale::UnitedStates)),
      m_currency(currency)
{}

QString ReportText::money(MinorUnits amount) const
{
    return MoneyFormatter::formatNumber(amount, m_currency, m_locale);
}

QString ReportText::csvMoney(MinorUnits amount) const
{
    return MoneyFormatter::dataFileText(amount, m_currency);
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
    return key.isEmpty() ? tr("absent") : Labels::label(Labels::Kind::Segment, key, labelLanguage());
}

QString ReportText::flagLabel(const QString &key) const
{
    return key.isEmpty() ? tr("absent") : Labels::label(Labels::Kind::ChurnFlag, key, labelLanguage());
}

QString ReportText::reasonLabel(const QString &reason) const
{
    return Labels::followUpReason(reason, labelLanguage());
}

QString ReportText::quarter(const Quarter &q) const
{
    return Labels::quarter(q, labelLanguage());
}

Labels::Language ReportText::labelLanguage() const
{
    return m_language == ReportLanguage::SimplifiedChinese ? Labels::Language::SimplifiedChinese
                                                           : Labels::Language::English;
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
