// Issue 9, items 11 and 12: the words users read (distinct Chinese terms, stored keys shown as
// labels, one quarter format, numbers with separators) and the look (icons, toolbar, charts
// whose labels all show).
#include "charts/barchartview.h"
#include "charts/paretochartview.h"
#include "customerbookview.h"
#include "mainwindow.h"
#include "prompter.h"

#include "activitywriter.h"
#include "customerrepository.h"
#include "customertimelinemodel.h"
#include "database.h"
#include "kehutranslator.h"
#include "labels.h"
#include "paretocurve.h"
#include "reporttext.h"
#include "workspace.h"

#include "../support/printers.h"
#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSet>
#include <QStatusBar>
#include <QStyle>
#include <QTest>
#include <QToolBar>

using namespace kehu;

namespace {

/// The zh_CN translator and locale while in scope, as the app installs them.
class Chinese
{
public:
    Chinese()
    {
        m_loaded = m_translator.load(QStringLiteral(KEHU_ZH_CN_QM));
        QApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    }
    ~Chinese()
    {
        QApplication::removeTranslator(&m_translator);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    bool loaded() const { return m_loaded; }

private:
    KehuTranslator m_translator;
    bool m_loaded = false;
};

bool hasHan(const QString &text)
{
    for (const QChar c : text) {
        if (c.script() == QChar::Script_Han)
            return true;
    }
    return false;
}

/// Texts of the visible text items of a chart (axis labels, legend, title), as drawn.
QStringList visibleTexts(QChartView *view)
{
    QStringList texts;
    for (QGraphicsItem *item : view->scene()->items()) {
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
            texts << text->toPlainText();
    }
    return texts;
}

CustomerId addCustomerWithActivity(Database &db)
{
    Customer c;
    c.code = QStringLiteral("C1");
    c.name = QStringLiteral("王芳");
    c.channel = QStringLiteral("exhibition");
    const CustomerId id = CustomerRepository(db).insert(c);
    ActivityWriter writer(db);
    Purchase p;
    p.customerId = id;
    p.date = QDate(2025, 3, 1);
    p.amount = 123400;
    p.quantity = 2;
    p.channel = QStringLiteral("store");
    EXPECT_EQ(writer.addPurchase(p, ActivityWriter::importKey(u"p1")), ActivityWriter::Result::Inserted);
    Visit v;
    v.customerId = id;
    v.time = QDateTime(QDate(2025, 3, 2), QTime(10, 0));
    v.kind = VisitKind::Online;
    EXPECT_EQ(writer.addVisit(v), ActivityWriter::Result::Inserted);
    return id;
}

} // namespace

TEST(Words, EveryStoredKeyHasALabel)
{
    const QList<std::pair<QStringList, QString (*)(const QString &)>> tables{
        {Labels::segmentKeys(), &Labels::segment},     {Labels::churnFlagKeys(), &Labels::churnFlag},
        {Labels::visitKindKeys(), &Labels::visitKind}, {Labels::personalityKeys(), &Labels::personality},
        {Labels::lifecycleKeys(), &Labels::lifecycle}, {Labels::churnReasonKeys(), &Labels::churnReason},
        {Labels::channelKeys(), &Labels::channel},
    };
    for (const auto &[keys, label] : tables) {
        for (const QString &key : keys) {
            EXPECT_FALSE(label(key).isEmpty()) << key.toStdString();
            EXPECT_NE(label(key), key) << key.toStdString();
        }
    }
    for (const char16_t *key : {u"open", u"won_back", u"lost"})
        EXPECT_NE(Labels::churnOutcome(QString::fromUtf16(key)), QString::fromUtf16(key));
    // Every channel the demo book stores has a label, and a label typed back gives the key.
    for (const QString &key : Labels::channelKeys())
        EXPECT_EQ(Labels::channelKey(Labels::channel(key)), key);
    EXPECT_EQ(Labels::channelKey(QStringLiteral("  a fair in Shenzhen ")), QStringLiteral("a fair in Shenzhen"));
}

TEST(Words, ChineseTermsAreDistinctAndEveryKeyIsTranslated)
{
    Chinese zh;
    ASSERT_TRUE(zh.loaded()) << KEHU_ZH_CN_QM;
    // A segment and a churn flag never read the same.
    EXPECT_NE(Labels::segment(QStringLiteral("at_risk")), Labels::churnFlag(QStringLiteral("at_risk")));
    EXPECT_NE(Labels::segment(QStringLiteral("lost")), Labels::churnFlag(QStringLiteral("churned")));
    EXPECT_NE(Labels::lifecycle(QStringLiteral("lost")), Labels::churnOutcome(QStringLiteral("lost")));
    QSet<QString> segments, flags;
    for (const QString &key : Labels::segmentKeys())
        segments.insert(Labels::segment(key));
    for (const QString &key : Labels::churnFlagKeys())
        flags.insert(Labels::churnFlag(key));
    EXPECT_EQ(segments.size(), Labels::segmentKeys().size());
    EXPECT_FALSE(segments.intersects(flags));
    const QList<std::pair<QStringList, QString (*)(const QString &)>> tables{
        {Labels::segmentKeys(), &Labels::segment},     {Labels::churnFlagKeys(), &Labels::churnFlag},
        {Labels::visitKindKeys(), &Labels::visitKind}, {Labels::personalityKeys(), &Labels::personality},
        {Labels::lifecycleKeys(), &Labels::lifecycle}, {Labels::churnReasonKeys(), &Labels::churnReason},
        {Labels::channelKeys(), &Labels::channel},
    };
    for (const auto &[keys, label] : tables) {
        for (const QString &key : keys) {
            if (key == u"vip") // VIP is VIP in Chinese too
                continue;
            EXPECT_TRUE(hasHan(label(key))) << key.toStdString() << " -> " << label(key).toStdString();
        }
    }
    EXPECT_EQ(Labels::channel(QStringLiteral("exhibition")), QStringLiteral("展会"));
    EXPECT_EQ(Labels::visitKind(QStringLiteral("store")), QStringLiteral("到店"));
}

TEST(Words, OneQuarterFormatInTheAppAndInReports)
{
    const Quarter q{2025, 4};
    EXPECT_EQ(Labels::quarter(q), QStringLiteral("2025 Q4"));
    EXPECT_EQ(ReportText(ReportLanguage::English).quarter(q), Labels::quarter(q));
    EXPECT_EQ(Labels::snapshotLabel(QStringLiteral("2025Q4")), QStringLiteral("2025 Q4"));
    EXPECT_EQ(Labels::snapshotLabel(QStringLiteral("demo")), QStringLiteral("demo"));
    Chinese zh;
    ASSERT_TRUE(zh.loaded());
    EXPECT_EQ(Labels::quarter(q), QStringLiteral("2025年第4季度"));
    EXPECT_EQ(ReportText(ReportLanguage::SimplifiedChinese).quarter(q), Labels::quarter(q));
}

TEST(Words, TimelineAndDetailShowLabelsNotStoredKeys)
{
    test::TempDatabase temp;
    const CustomerId id = addCustomerWithActivity(temp.db());
    temp.close();
    auto opened = Database::open(temp.path());
    ASSERT_TRUE(opened.database);
    Workspace workspace(std::move(opened.database));
    Chinese zh;
    ASSERT_TRUE(zh.loaded());
    CustomerTimelineModel timeline(workspace);
    timeline.setCustomer(id);
    QStringList details;
    for (int row = 0; row < timeline.rowCount(); ++row)
        details << timeline.index(row, CustomerTimelineModel::Detail).data().toString();
    const QString all = details.join(u" | ");
    EXPECT_TRUE(all.contains(QStringLiteral("门店"))) << all.toStdString(); // purchase channel "store"
    EXPECT_TRUE(all.contains(QStringLiteral("线上"))) << all.toStdString(); // visit kind "online"
    EXPECT_FALSE(all.contains(QStringLiteral("store"))) << all.toStdString();
    EXPECT_FALSE(all.contains(QStringLiteral("online"))) << all.toStdString();
}

TEST(Words, StatusBarCountsHaveGroupSeparators)
{
    test::TempDatabase temp;
    {
        CustomerRepository customers(temp.db());
        for (int i = 0; i < 1234; ++i) {
            Customer c;
            c.code = QStringLiteral("C%1").arg(i);
            c.name = QStringLiteral("N%1").arg(i);
            ASSERT_GT(customers.insert(c), 0);
        }
    }
    temp.close();
    auto opened = Database::open(temp.path());
    ASSERT_TRUE(opened.database);
    MainWindow window;
    window.setWorkspace(std::make_unique<Workspace>(std::move(opened.database)));
    const auto *label = window.statusBar()->findChild<QLabel *>(QStringLiteral("statusCustomers"));
    ASSERT_TRUE(label);
    EXPECT_EQ(label->text(), QStringLiteral("1,234 customer(s)"));
}

TEST(Looks, EveryBarLabelOfChurnRiskBySegmentShowsInChinese)
{
    Chinese zh;
    ASSERT_TRUE(zh.loaded());
    BarChartData data;
    data.horizontal = true;
    data.stacked = true;
    for (const QString &key : Labels::segmentKeys())
        data.categories << ChartCategory{key, Labels::segment(key)};
    for (const QString &flag : Labels::churnFlagKeys())
        data.sets << ChartBarSet{flag, Labels::churnFlag(flag), QColor(), QList<double>(data.categories.size(), 10.0)};
    data.valueTitle = QStringLiteral("客户数");
    BarChartView view(QStringLiteral("各分群的流失风险"));
    view.setData(data);
    // Half of the dashboard at the window's default size; as tall as the chart asks.
    view.resize(520, view.minimumHeight());
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QTest::qWait(50);
    const QStringList shown = visibleTexts(&view);
    for (const ChartCategory &c : std::as_const(data.categories))
        EXPECT_TRUE(shown.contains(c.label)) << c.label.toStdString() << " not shown at height " << view.height()
                                             << "; shown: " << shown.join(u", ").toStdString();
}

TEST(Looks, ParetoLegendIsNotCutOff)
{
    analytics::ParetoCurve curve;
    curve.customers = 100;
    for (int i = 0; i <= 100; ++i) {
        curve.customerShare.push_back(i / 100.0);
        curve.revenueShare.push_back(1.0 - (1.0 - i / 100.0) * (1.0 - i / 100.0) * (1.0 - i / 100.0));
    }
    curve.aIndex = 24;
    curve.bIndex = 56;
    ParetoChartView view(QStringLiteral("ABC Pareto curve"));
    view.setCurve(curve);
    view.resize(500, 340); // half a dashboard in a 1280-pixel window
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QTest::qWait(50);
    int legendTexts = 0;
    for (const QString &text : visibleTexts(&view)) {
        EXPECT_FALSE(text.contains(u'…') || text.endsWith(QStringLiteral("..."))) << text.toStdString();
        legendTexts += text.startsWith(u'A') && text.contains(QStringLiteral("of revenue")) ? 1 : 0;
    }
    EXPECT_EQ(legendTexts, 2);
}

TEST(Looks, SearchPlaceholderFitsOnASmallScreen)
{
    test::TempDatabase temp;
    addCustomerWithActivity(temp.db());
    temp.close();
    auto opened = Database::open(temp.path());
    ASSERT_TRUE(opened.database);
    Workspace workspace(std::move(opened.database));
    MessageBoxPrompter prompter;
    CustomerBookView book(workspace, prompter);
    // The book's width in a 1024-pixel window beside the navigation: the filter chips no longer
    // squeeze the search field (they took all but a few dozen pixels of it).
    book.setFixedSize(820, 600);
    book.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&book));
    QTest::qWait(50);
    QLineEdit *search = book.searchField();
    const int text = search->fontMetrics().horizontalAdvance(search->placeholderText());
    // Frame, text margins and the clear button take about 30 pixels.
    EXPECT_GE(search->width(), text + 30) << search->width() << " for " << text;
}

TEST(Looks, WindowNavigationAndToolbarHaveIcons)
{
    MainWindow window;
    EXPECT_FALSE(window.windowIcon().isNull());
    const auto opaque = [](const QIcon &icon) {
        const QImage image = icon.pixmap(QSize(24, 24)).toImage();
        int count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                count += qAlpha(image.pixel(x, y)) > 128 ? 1 : 0;
        return count;
    };
    // Drawn, not only named: the svg plugin is there (libqt6svg6) and the resources are linked.
    EXPECT_GT(opaque(window.windowIcon()), 50);
    auto *toolbar = window.findChild<QToolBar *>(QStringLiteral("mainToolbar"));
    ASSERT_TRUE(toolbar);
    QStringList names;
    for (QAction *action : toolbar->actions()) {
        if (action->isSeparator())
            continue;
        names << action->objectName();
        EXPECT_GT(opaque(action->icon()), 10) << action->objectName().toStdString();
    }
    EXPECT_EQ(names,
              (QStringList{QStringLiteral("newVisitAction"), QStringLiteral("newCustomerAction"),
                           QStringLiteral("importAction"), QStringLiteral("classifyAction"),
                           QStringLiteral("undoAction"), QStringLiteral("redoAction"), QStringLiteral("findAction")}));
    // "Log a Visit" had the style's new-folder icon.
    const QImage folder = window.style()->standardIcon(QStyle::SP_FileDialogNewFolder).pixmap(QSize(24, 24)).toImage();
    auto *visit = window.findChild<QAction *>(QStringLiteral("newVisitAction"));
    ASSERT_TRUE(visit);
    EXPECT_NE(visit->icon().pixmap(QSize(24, 24)).toImage(), folder);
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    ASSERT_TRUE(navigation);
    ASSERT_EQ(navigation->count(), MainWindow::PageCount);
    for (int i = 0; i < navigation->count(); ++i)
        EXPECT_GT(opaque(navigation->item(i)->icon()), 10) << navigation->item(i)->text().toStdString();
}
