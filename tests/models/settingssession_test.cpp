#include "settingssession.h"

#include "database.h"
#include "moneyformatter.h"
#include "segmentrulemodel.h"
#include "settingsrepository.h"
#include "workspace.h"

#include "../support/printers.h"
#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSettings>

using namespace kehu;

TEST(SettingsSession, EditsAreStoredOnlyOnSaveAndValidated)
{
    test::TempDatabase temp;
    Workspace workspace(Database::open(temp.path()).database);
    SettingsSession session(workspace);
    EXPECT_FALSE(session.isModified());
    EXPECT_EQ(session.currency(), QStringLiteral("CNY"));

    using D = SettingsSession::Dimension;
    EXPECT_TRUE(session.setCutPointsText(D::Recency, QStringLiteral("30, 90，180")));
    EXPECT_FALSE(session.setCutPointsText(D::Frequency, QStringLiteral("5, 2")));
    EXPECT_TRUE(session.setCutPointsText(D::Monetary, QStringLiteral("500, 2000.5")));
    EXPECT_EQ(session.policy().rfm.monetary.cutPoints, (std::vector<double>{50000.0, 200050.0}));
    EXPECT_EQ(session.cutPointsText(D::Monetary), QStringLiteral("500, 2000.5"));
    session.policy().abc.a = 0.7;
    session.setCurrency(QStringLiteral("USD"));
    EXPECT_TRUE(session.isModified());
    EXPECT_EQ(SettingsRepository(temp.db()).policy().abc.a, 0.8); // not yet

    session.policy().churn.churnedPAlive = 0.6; // above at-risk 0.5
    QString error;
    EXPECT_FALSE(session.save(&error));
    EXPECT_FALSE(error.isEmpty());
    session.policy().churn.churnedPAlive = 0.2;

    SegmentRuleModel *rules = session.segmentRules();
    QAbstractItemModelTester tester(rules);
    ASSERT_TRUE(rules->setData(rules->index(0, SegmentRuleModel::RMin), 4));
    EXPECT_FALSE(rules->setData(rules->index(0, SegmentRuleModel::RMax), 9)); // beyond the scores
    const int added = rules->addRule();
    rules->moveRule(added, -1);
    EXPECT_EQ(rules->rules().at(std::size_t(added - 1)).key, "custom_1");

    const QString language = SettingsSession::storedLanguage();
    session.setLanguage(QStringLiteral("zh_CN"));
    ASSERT_TRUE(session.save(&error)) << error.toStdString();
    EXPECT_FALSE(session.isModified());
    const ClassificationPolicy stored = SettingsRepository(temp.db()).policy();
    EXPECT_EQ(stored.abc.a, 0.7);
    EXPECT_EQ(stored.rfm.recency.cutPoints, (std::vector<double>{30, 90, 180}));
    EXPECT_EQ(stored.segments.at(0).rMin, 4);
    EXPECT_EQ(stored.segments.size(), rules->rules().size());
    EXPECT_EQ(SettingsRepository(temp.db()).value(QString(SettingsRepository::kCurrencyKey)), QStringLiteral("USD"));
    EXPECT_EQ(SettingsSession::storedLanguage(), QStringLiteral("zh_CN"));
    EXPECT_TRUE(session.languageNeedsRestart());
    QSettings().setValue(SettingsSession::kLanguageKey, language);

    session.restoreDefaults();
    EXPECT_EQ(session.policy().abc.a, 0.8);
    EXPECT_TRUE(session.isModified());
}

// The figures the settings page and the views show (MoneyFormatter in core).
TEST(MoneyFormat, FormatsMinorUnitsExactly)
{
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    EXPECT_EQ(MoneyFormatter::format(123450, Currency(u"CNY"), en), QStringLiteral("¥1,234.50"));
    EXPECT_EQ(MoneyFormatter::format(-5, Currency(u"USD"), en), QStringLiteral("-$0.05"));
    EXPECT_EQ(MoneyFormatter::format(900719925474099199, Currency(u"CNY"), en),
              QStringLiteral("¥9,007,199,254,740,991.99")); // beyond a double's exact integers
    EXPECT_EQ(MoneyFormatter::formatWhole(123450, Currency(u"CNY"), en), QStringLiteral("¥1,235"));
    const QLocale de(QLocale::German, QLocale::Germany);
    EXPECT_EQ(MoneyFormatter::format(123450, Currency(u"EUR"), de), QStringLiteral("€1.234,50"));
}
