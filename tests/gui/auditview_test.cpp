#include "auditview.h"

#include "auditlogmodel.h"
#include "customerbook.h"
#include "customerdetailpane.h"
#include "workspace.h"

#include "../services/teambook.h"
#include "../support/printers.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>

using namespace kehu;

namespace {

/// A manager's book where the manager added a customer and edited it, and staff were refused
/// a merge.
struct AuditedBook
{
    AuditedBook()
    {
        EXPECT_TRUE(book.signInAs(Role::Manager));
        Customer c;
        c.code = QStringLiteral("A-1");
        c.name = QStringLiteral("陈静");
        customer = book.workspace().customers().insert(c);
        EXPECT_GT(customer, 0);
        Customer edited = *book.workspace().customers().get(customer);
        edited.phone = QStringLiteral("13912345678");
        EXPECT_EQ(book.workspace().customers().save(edited), SaveResult::Saved);
        EXPECT_TRUE(book.signInAs(Role::Staff));
        book.workspace().customers().setDeleted(customer, true); // refused: staff may not delete
        EXPECT_TRUE(book.signInAs(Role::Manager));
    }

    QStringList column(const AuditLogModel &model, int column)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values << model.index(row, column).data().toString();
        return values;
    }

    test::TeamBook book;
    CustomerId customer = 0;
};

} // namespace

TEST(AuditView, ShowsWhoDidWhatAndFiltersByPersonActionAndCustomer)
{
    AuditedBook audited;
    AuditView view(audited.book.workspace());
    const QStringList what = audited.column(*view.model(), AuditLogModel::What);
    EXPECT_TRUE(what.contains(AuditLogModel::actionLabel(QStringLiteral("add_customer"))))
        << what.join(u", ").toStdString();
    EXPECT_TRUE(what.contains(AuditLogModel::actionLabel(QStringLiteral("sign_in"))));

    view.filter(test::TeamBook::nameOf(Role::Staff), {}, {});
    const QStringList staffOutcomes = audited.column(*view.model(), AuditLogModel::Outcome);
    EXPECT_TRUE(staffOutcomes.contains(QStringLiteral("refused"))) << staffOutcomes.join(u", ").toStdString();
    for (const QString &who : audited.column(*view.model(), AuditLogModel::Who))
        EXPECT_EQ(who, test::TeamBook::nameOf(Role::Staff));

    view.filter({}, QStringLiteral("edit_customer"), QStringLiteral("A-1"));
    ASSERT_EQ(view.model()->rowCount(), 1);
    EXPECT_EQ(view.model()->index(0, AuditLogModel::Customer).data().toString(), QStringLiteral("A-1"));
    auto *table = view.findChild<QTableView *>(QStringLiteral("auditTable"));
    table->setCurrentIndex(view.model()->index(0, 0));
    const QString values = view.findChild<QPlainTextEdit *>(QStringLiteral("auditValues"))->toPlainText();
    EXPECT_TRUE(values.contains(u"13912345678")) << values.toStdString();

    QSignalSpy opened(&view, &AuditView::openCustomer);
    emit table->doubleClicked(view.model()->index(0, 0));
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened.first().first().value<CustomerId>(), audited.customer);

    view.filter({}, {}, QStringLiteral("NO-SUCH-CODE"));
    EXPECT_EQ(view.model()->rowCount(), 0);
    EXPECT_FALSE(view.findChild<QLabel *>(QStringLiteral("auditStatus"))->text().isEmpty());
}

TEST(AuditView, ACustomersChangesShowWhoChangedIt)
{
    AuditedBook audited;
    CustomerDetailPane pane(audited.book.workspace());
    pane.showCustomer(audited.customer);
    QDialog *changes = pane.showChanges();
    ASSERT_NE(changes, nullptr);
    auto *table = changes->findChild<QTableView *>(QStringLiteral("customerChangesTable"));
    const auto *model = qobject_cast<const AuditLogModel *>(table->model());
    ASSERT_NE(model, nullptr);
    const QStringList what = audited.column(*model, AuditLogModel::What);
    EXPECT_TRUE(what.contains(AuditLogModel::actionLabel(QStringLiteral("edit_customer"))))
        << what.join(u", ").toStdString();
    EXPECT_TRUE(audited.column(*model, AuditLogModel::Who).contains(test::TeamBook::nameOf(Role::Manager)));
    changes->close();
}

TEST(AuditView, ActionsAreNamedForPeopleUndoAndRefusalsToo)
{
    EXPECT_EQ(AuditLogModel::actionLabel(QStringLiteral("undo_log_visit")),
              AuditLogModel::tr("Undo: %1").arg(AuditLogModel::actionLabel(QStringLiteral("log_visit"))));
    EXPECT_NE(AuditLogModel::actionLabel(QStringLiteral("merge_customers")), QStringLiteral("merge_customers"))
        << "a refusal names the operation refused";
    EXPECT_EQ(AuditLogModel::actionLabel(QStringLiteral("something_new")), QStringLiteral("something_new"));
    for (const QString &key : AuditLogModel::filterActions())
        EXPECT_NE(AuditLogModel::actionLabel(key), key) << key.toStdString();
}
