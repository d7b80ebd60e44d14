#include "importdialog.h"
#include "mainwindow.h"

#include "customerrepository.h"
#include "importsession.h"
#include "statsrepository.h"
#include "workspace.h"

#include "../support/printers.h"
#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QComboBox>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QUrl>

using namespace kehu;

namespace {

qint64 purchaseCount(Database &db)
{
    for (const auto &[name, count] : StatsRepository(db).tableCounts())
        if (name == u"purchases")
            return count;
    return -1;
}

void choose(QComboBox *combo, int data)
{
    const int index = combo->findData(data);
    ASSERT_GE(index, 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index); // what a user's pick sends
}

bool clickAndWait(ImportDialog *dialog, const char *button)
{
    QSignalSpy finished(dialog->session(), &ImportSession::finished);
    auto *pushButton = dialog->findChild<QPushButton *>(QLatin1StringView(button));
    if (!pushButton || !pushButton->isEnabled())
        return false;
    QTest::mouseClick(pushButton, Qt::LeftButton);
    return finished.wait(30000);
}

} // namespace

// File ▸ Import CSV on a small purchases file: the mapping table shows which column is
// which with a preview, Check lists the bad row (line, column, value, reason) and writes
// nothing, fixing the date format makes the check pass, Import writes, and the window's
// customer count follows.
TEST(ImportDialog, PreviewReportAndCommit)
{
    test::TempDatabase temp;
    const QString csv = temp.dir() + QStringLiteral("/orders.csv");
    {
        QFile file(csv);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("客户编号,客户名称,日期,金额\n"
                   "C001,张伟,2024-03-15,\"1,234.50\"\n"
                   "C002,李娜,2024-03-16,88\n"
                   "C003,王芳,2024/03/17,12.5\n"
                   "C004,赵强,15/03/2024,20\n");
    }
    temp.close();
    MainWindow window;
    ASSERT_TRUE(window.openPath(temp.path()));
    ImportDialog *dialog = window.importCsv();
    ASSERT_NE(dialog, nullptr);

    // Dropping the file loads it.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(csv)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(dialog, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(dialog, &drop);
    EXPECT_EQ(dialog->findChild<QLineEdit *>(QStringLiteral("fileEdit"))->text(), QDir::toNativeSeparators(csv));

    auto *mapping = dialog->findChild<QTableWidget *>(QStringLiteral("mappingTable"));
    ASSERT_EQ(mapping->rowCount(), 4);
    EXPECT_EQ(mapping->item(3, 0)->text(), QStringLiteral("金额"));
    EXPECT_EQ(mapping->item(3, 2)->text(), QStringLiteral("1,234.50"));
    auto *amountCombo = qobject_cast<QComboBox *>(mapping->cellWidget(3, 1));
    ASSERT_NE(amountCombo, nullptr);
    EXPECT_EQ(amountCombo->currentData().toInt(), int(ImportField::Amount));
    auto *importButton = dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
    EXPECT_FALSE(importButton->isEnabled()); // no write before a report

    // Check: the day-first date is reported, nothing is written.
    ASSERT_TRUE(clickAndWait(dialog, "checkButton"));
    auto *report = dialog->findChild<QTableWidget *>(QStringLiteral("reportTable"));
    ASSERT_EQ(report->rowCount(), 1);
    EXPECT_EQ(report->item(0, 1)->text(), QStringLiteral("5"));
    EXPECT_TRUE(report->item(0, 2)->text().startsWith(u'3'));
    EXPECT_EQ(report->item(0, 3)->text(), QStringLiteral("15/03/2024"));
    EXPECT_FALSE(report->item(0, 4)->text().isEmpty());
    EXPECT_FALSE(importButton->isEnabled());
    EXPECT_EQ(purchaseCount(window.workspace()->database()), 0);

    // Name the date format, check again, import.
    choose(dialog->findChild<QComboBox *>(QStringLiteral("dateFormatCombo")), int(DateFormat::DayMonthYear));
    ASSERT_TRUE(clickAndWait(dialog, "checkButton"));
    EXPECT_EQ(report->rowCount(), 0);
    EXPECT_EQ(purchaseCount(window.workspace()->database()), 0);
    EXPECT_TRUE(importButton->isEnabled());
    ASSERT_TRUE(clickAndWait(dialog, "importButton"));
    EXPECT_EQ(dialog->session()->summary().outcome, ImportSummary::Outcome::Committed);
    EXPECT_TRUE(dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text().startsWith(u"Imported."));
    EXPECT_EQ(purchaseCount(window.workspace()->database()), 4);
    EXPECT_EQ(CustomerRepository(window.workspace()->database()).count(), 4);
    EXPECT_FALSE(importButton->isEnabled()); // not twice
    EXPECT_EQ(window.statusBar()->findChild<QLabel *>(QStringLiteral("statusCustomers"))->text(),
              QStringLiteral("4 customer(s)"));
}

// Re-mapping a column in the table changes what is imported.
TEST(ImportDialog, MappingOverrideFromTheTable)
{
    test::TempDatabase temp;
    const QString csv = temp.dir() + QStringLiteral("/list.csv");
    {
        QFile file(csv);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("code,name,Mobile No.\nK1,Anna,13800138000\n");
    }
    auto workspace = std::make_unique<Workspace>(Database::open(temp.path()).database);
    ImportDialog dialog(*workspace);
    ASSERT_TRUE(dialog.loadFile(csv));
    EXPECT_EQ(dialog.session()->kind(), ImportKind::Customers);
    auto *mapping = dialog.findChild<QTableWidget *>(QStringLiteral("mappingTable"));
    auto *third = qobject_cast<QComboBox *>(mapping->cellWidget(2, 1));
    ASSERT_NE(third, nullptr);
    choose(third, int(ImportField::Notes));
    EXPECT_EQ(dialog.session()->fieldOf(2), ImportField::Notes);
    ASSERT_TRUE(clickAndWait(&dialog, "checkButton"));
    ASSERT_TRUE(clickAndWait(&dialog, "importButton"));
    const auto customers = CustomerRepository(workspace->database()).findByCode(QStringLiteral("K1"));
    ASSERT_TRUE(customers);
    EXPECT_EQ(customers->notes, QStringLiteral("13800138000"));
}

// A file whose headers nobody recognises: the dialog says which fields still need a column
// (never a command-line option), the user picks them in the combo boxes, and the summary says
// plainly what was added.
TEST(ImportDialog, UserMapsUnknownHeadersAndTheSummaryAddsUp)
{
    test::TempDatabase temp;
    const QString csv = temp.dir() + QStringLiteral("/bestellungen.csv");
    {
        QFile file(csv);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("Kunde,Tag,Betrag\nK1,2024-03-01,10\nK2,2024-03-02,20\nK2,2024-03-03,5\n");
    }
    auto workspace = std::make_unique<Workspace>(Database::open(temp.path()).database);
    ImportDialog dialog(*workspace);
    ASSERT_TRUE(dialog.loadFile(csv));
    choose(dialog.findChild<QComboBox *>(QStringLiteral("kindCombo")), int(ImportKind::Purchases));
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("mappingStatus"));
    ASSERT_NE(status, nullptr);
    EXPECT_FALSE(status->text().contains(QStringLiteral("--map"))) << status->text().toStdString();
    EXPECT_TRUE(status->text().contains(QStringLiteral("Amount"))) << status->text().toStdString();
    auto *check = dialog.findChild<QPushButton *>(QStringLiteral("checkButton"));
    EXPECT_FALSE(check->isEnabled());

    auto *mapping = dialog.findChild<QTableWidget *>(QStringLiteral("mappingTable"));
    ASSERT_EQ(mapping->rowCount(), 3);
    const ImportField fields[] = {ImportField::CustomerCode, ImportField::Date, ImportField::Amount};
    for (int column = 0; column < 3; ++column) {
        // The table is rebuilt after each pick: look the combo box up again each time.
        auto *combo = qobject_cast<QComboBox *>(mapping->cellWidget(column, 1));
        ASSERT_NE(combo, nullptr);
        choose(combo, int(fields[column]));
    }
    EXPECT_TRUE(check->isEnabled());
    EXPECT_FALSE(status->text().contains(QStringLiteral("--map")));

    ASSERT_TRUE(clickAndWait(&dialog, "checkButton"));
    ASSERT_TRUE(clickAndWait(&dialog, "importButton"));
    EXPECT_EQ(purchaseCount(workspace->database()), 3);
    EXPECT_EQ(CustomerRepository(workspace->database()).count(), 2);
    const QString summary = dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("3 new purchase(s)"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("2 new customer(s) for codes not in the book yet")))
        << summary.toStdString();
}
