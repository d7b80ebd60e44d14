#include "customerdetailpane.h"

#include "customerbook.h"
#include "database.h"
#include "privacy.h"
#include "workspace.h"

#include "../support/printers.h"
#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace kehu;

// Another desk saves the customer while this desk is typing in a field: the typing stays on
// screen (it is not replaced by their version), and saving it is refused with both values,
// after which their version shows. Nothing typed disappears without a word.
TEST(CustomerDetailPane, AChangeFromAnotherDeskWaitsForTheFieldBeingEdited)
{
    test::TempDatabase temp;
    const CustomerId id = temp.addCustomer(QStringLiteral("D1"), QStringLiteral("周杰"));
    temp.close();
    Workspace here(std::move(Database::open(temp.path()).database));
    Workspace there(std::move(Database::open(temp.path()).database));

    CustomerDetailPane pane(here);
    pane.show();
    pane.showCustomer(id);
    QLineEdit *phone = pane.editor(QStringLiteral("phone"));
    ASSERT_NE(phone, nullptr);
    phone->setFocus();
    QTest::keyClicks(phone, QStringLiteral("13900139000"));

    Customer theirs = *there.customers().get(id);
    theirs.phone = QStringLiteral("13800138000");
    ASSERT_EQ(there.customers().save(theirs), SaveResult::Saved);
    here.notifyCustomerChanged(id, Workspace::ChangeOrigin::OtherDesk); // what LISTEN/NOTIFY delivers
    EXPECT_EQ(phone->text(), QStringLiteral("13900139000")) << "the typing stays";

    QSignalSpy conflicts(&here, &Workspace::saveConflict);
    QTest::keyClick(phone, Qt::Key_Return);
    ASSERT_EQ(conflicts.count(), 1);
    const QString message = conflicts.first().first().value<SaveConflict>().message();
    EXPECT_TRUE(message.contains(QStringLiteral("13900139000"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("13800138000"))) << message.toStdString();
    EXPECT_EQ(phone->text(), QStringLiteral("13800138000")) << "their version shows after the refusal";
    EXPECT_EQ(here.customers().get(id)->phone, QStringLiteral("13800138000"));
}

TEST(CustomerDetailPane, AChangeFromAnotherDeskShowsAtOnceWhenNothingIsBeingEdited)
{
    test::TempDatabase temp;
    const CustomerId id = temp.addCustomer(QStringLiteral("D2"), QStringLiteral("王芳"));
    temp.close();
    Workspace here(std::move(Database::open(temp.path()).database));
    Workspace there(std::move(Database::open(temp.path()).database));
    CustomerDetailPane pane(here);
    pane.showCustomer(id);

    Customer theirs = *there.customers().get(id);
    theirs.region = QStringLiteral("华东");
    ASSERT_EQ(there.customers().save(theirs), SaveResult::Saved);
    here.notifyCustomerChanged(id, Workspace::ChangeOrigin::OtherDesk);
    EXPECT_EQ(pane.editor(QStringLiteral("region"))->text(), QStringLiteral("华东"));
}

TEST(CustomerDetailPane, MarketingConsentIsTickedWithItsDay)
{
    test::TempDatabase temp;
    const CustomerId id = temp.addCustomer(QStringLiteral("M1"), QStringLiteral("林芳"));
    CustomerDetailPane pane(temp.workspace());
    pane.showCustomer(id);
    auto *consent = pane.findChild<QCheckBox *>(QStringLiteral("field_marketing_consent"));
    ASSERT_NE(consent, nullptr);
    EXPECT_FALSE(consent->isChecked());
    consent->click();
    EXPECT_TRUE(consent->isChecked());
    EXPECT_EQ(Privacy(temp.workspace()).consentSince(id), QDate::currentDate());
    EXPECT_TRUE(consent->text().contains(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat)))
        << consent->text().toStdString();
    consent->click();
    EXPECT_FALSE(Privacy(temp.workspace()).consentSince(id));
}
