// The app (core/labels.h through the installed translator) and the report (ReportText, in the
// language asked for, without a translator) show the same label for the same key.
#include "labels.h"
#include "reporttext.h"

#include "../support/printers.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QTranslator>

using namespace kehu;
using Labels::Kind;

namespace {

constexpr Kind kKinds[] = {Kind::Segment,     Kind::SegmentAction,  Kind::AbcClass,     Kind::Behaviour,
                           Kind::ValueTier,   Kind::ChurnFlag,      Kind::ChurnRule,    Kind::VisitKind,
                           Kind::Personality, Kind::Lifecycle,      Kind::ChurnReason,  Kind::ChurnOutcome,
                           Kind::Channel,     Kind::FollowUpReason, Kind::CustomerField};

#ifdef KEHU_ZH_CN_QM // the app's translations are built with the GUI
/// The app's zh_CN translator while in scope.
class Chinese
{
public:
    Chinese()
    {
        m_loaded = m_translator.load(QStringLiteral(KEHU_ZH_CN_QM));
        QCoreApplication::installTranslator(&m_translator);
    }
    ~Chinese() { QCoreApplication::removeTranslator(&m_translator); }
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};
#endif

QStringList reasons()
{
    QStringList list = Labels::keys(Kind::FollowUpReason);
    for (const QString &segment : Labels::segmentKeys())
        list << QString(u"cadence:" + segment);
    list << QStringLiteral("called back"); // free text
    return list;
}

/// The report in @p language shows what the app shows with its translator for that language.
void expectReportShowsTheAppsLabels(ReportLanguage language)
{
    const ReportText report(language);
    for (const QString &key : Labels::segmentKeys())
        EXPECT_EQ(report.label(key), Labels::segment(key)) << key.toStdString();
    QStringList flags = Labels::keys(Kind::ChurnFlag);
    flags << QStringLiteral("no_purchases");
    for (const QString &key : flags)
        EXPECT_EQ(report.flagLabel(key), Labels::churnFlag(key)) << key.toStdString();
    for (const QString &reason : reasons())
        EXPECT_EQ(report.reasonLabel(reason), Labels::followUpReason(reason)) << reason.toStdString();
    EXPECT_EQ(report.quarter(Quarter{2025, 4}), Labels::quarter(Quarter{2025, 4}));
}

} // namespace

TEST(Labels, TheEnglishReportShowsTheAppsLabels)
{
    expectReportShowsTheAppsLabels(ReportLanguage::English);
    EXPECT_EQ(ReportText(ReportLanguage::English).label(QStringLiteral("champions")), QStringLiteral("Champions"));
    EXPECT_EQ(ReportText(ReportLanguage::English).label(QString()), QStringLiteral("absent"));
}

#ifdef KEHU_ZH_CN_QM
TEST(Labels, TheChineseReportShowsTheAppsChineseLabels)
{
    Chinese zh;
    ASSERT_TRUE(zh.loaded()) << KEHU_ZH_CN_QM;
    expectReportShowsTheAppsLabels(ReportLanguage::SimplifiedChinese);
    EXPECT_EQ(Labels::segment(QStringLiteral("champions")), QStringLiteral("重要价值客户"));
    EXPECT_EQ(ReportText(ReportLanguage::SimplifiedChinese).flagLabel(QStringLiteral("at_risk")),
              QStringLiteral("流失预警"));
}

// The table's Chinese is what the app's zh_CN translation gives, key for key: neither side
// can change a label alone.
TEST(Labels, TheTablesChineseIsTheTranslationsChinese)
{
    Chinese zh;
    ASSERT_TRUE(zh.loaded()) << KEHU_ZH_CN_QM;
    for (const Kind kind : kKinds) {
        for (const QString &key : Labels::keys(kind)) {
            const QString app = Labels::label(kind, key);
            const QString table = Labels::label(kind, key, Labels::Language::SimplifiedChinese);
            if ((kind == Kind::Behaviour || kind == Kind::ValueTier)
                && app == Labels::label(kind, key, Labels::Language::English))
                continue; // new labels, not in the .ts files until update_translations runs
            EXPECT_EQ(app, table) << int(kind) << " " << key.toStdString();
        }
    }
}
#endif
