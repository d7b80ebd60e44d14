// The permission matrix: every service operation called as each role, allowed or refused as
// docs/security.md's table says. A refusal is told by the audit record the permission check
// writes, so an operation whose service forgot to ask shows up as "allowed" where it must not.

#include "access.h"
#include "audittrail.h"
#include "bookmaintenance.h"
#include "booksettings.h"
#include "churntracker.h"
#include "classificationrunner.h"
#include "customerbook.h"
#include "customermerger.h"
#include "dashboardfigures.h"
#include "exporter.h"
#include "followupbook.h"
#include "handover.h"
#include "importer.h"
#include "privacy.h"
#include "restorepoints.h"
#include "surveyrecorder.h"
#include "visitrecorder.h"

#include "teambook.h"

#include "../support/printers.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QDir>
#include <QFile>

#include <functional>
#include <set>

using namespace kehu;

namespace kehu {

void PrintTo(Role role, std::ostream *os)
{
    *os << roleKey(role).data();
}

} // namespace kehu

namespace {

/// One operation, the roles that may do it ("OMSV": owner, manager, staff, viewer), and a call
/// of it by whoever is signed in, on customers of their own.
struct MatrixRow
{
    Operation operation;
    const char *allowed;
    std::function<void(test::TeamBook &book, const QString &me)> call;
};

/// The reads and the work on single customers.
QList<MatrixRow> customerRows()
{
    return {
        {Operation::ViewCustomers, "OMSV",
         [](test::TeamBook &book, const QString &) {
             book.workspace().customers().page(CustomerListQuery{}, std::nullopt, PageDirection::Forward, 10);
         }},
        {Operation::ViewFigures, "OMV",
         [](test::TeamBook &book, const QString &) { book.workspace().dashboard().load(DashboardFilter{}); }},
        {Operation::ViewAudit, "OM",
         [](test::TeamBook &book, const QString &) { book.workspace().audit().find(AuditQuery{}); }},
        {Operation::AddCustomer, "OMS",
         [](test::TeamBook &book, const QString &) {
             Customer c;
             c.code = QStringLiteral("NEW-%1").arg(book.workspace().actor()->name);
             book.workspace().customers().insert(c);
         }},
        {Operation::EditCustomer, "OMS",
         [](test::TeamBook &book, const QString &me) {
             Customer c = *CustomerRepository(book.db()).findById(book.customerOf(me));
             c.notes = QStringLiteral("edited");
             book.workspace().customers().save(c);
         }},
        {Operation::LogVisit, "OMS",
         [](test::TeamBook &book, const QString &me) {
             VisitDraft draft;
             draft.customerId = book.customerOf(me);
             draft.staff = me;
             draft.amount = 1000;
             book.workspace().visits().record(draft);
         }},
        {Operation::RecordSurvey, "OMS",
         [](test::TeamBook &book, const QString &me) {
             SurveyResponse survey;
             survey.customerId = book.customerOf(me);
             survey.date = QDate(2025, 6, 1);
             survey.csat = 4;
             book.workspace().surveys().record(survey);
         }},
        {Operation::WorkFollowUps, "OMS",
         [](test::TeamBook &book, const QString &me) {
             FollowUp followUp;
             followUp.customerId = book.customerOf(me);
             followUp.dueOn = QDate(2025, 7, 1);
             followUp.assignee = me;
             book.workspace().followUps().create({followUp}, nullptr);
         }},
        {Operation::RecordChurn, "OM",
         [](test::TeamBook &book, const QString &me) {
             ChurnEvent event;
             event.customerId = book.customerOf(me);
             event.flaggedOn = QDate(2025, 6, 1);
             book.workspace().churn().flag(event);
         }},
    };
}

/// The operations on the whole book.
QList<MatrixRow> bookRows()
{
    return {
        {Operation::DeleteCustomer, "OM",
         [](test::TeamBook &book, const QString &me) {
             book.workspace().customers().setDeleted(book.customerOf(me), true);
         }},
        {Operation::MergeCustomers, "OM",
         [](test::TeamBook &book, const QString &me) {
             book.workspace().merger().merge(book.customerOf(me), book.customerOf(me));
         }},
        {Operation::HandOver, "OM",
         [](test::TeamBook &book, const QString &me) {
             CustomerListQuery query;
             query.filter.ids = {book.customerOf(me)};
             Handover(book.workspace()).plan(query, test::TeamBook::nameOf(Role::Staff));
         }},
        {Operation::PrivacyRequest, "OM",
         [](test::TeamBook &book, const QString &me) {
             QBuffer out;
             out.open(QIODevice::WriteOnly);
             Privacy(book.workspace()).exportPerson(book.customerOf(me), out, Privacy::Format::Json);
         }},
        {Operation::ImportData, "OM",
         [](test::TeamBook &book, const QString &me) {
             const QString path = QDir(book.temp.dir()).filePath(me + QStringLiteral(".csv"));
             QFile file(path);
             EXPECT_TRUE(file.open(QIODevice::WriteOnly));
             file.write("customer,date,amount\nIMP-" + me.toUtf8() + ",2025-05-01,12.00\n");
             file.close();
             ImportRequest request;
             request.path = path;
             book.workspace().importer().run(request);
         }},
        {Operation::ExportData, "OM",
         [](test::TeamBook &book, const QString &) {
             QBuffer out;
             out.open(QIODevice::WriteOnly);
             QString error;
             Exporter(book.workspace()).exportCustomers(out, Exporter::Format::Csv, &error);
         }},
        {Operation::Classify, "OM",
         [](test::TeamBook &book, const QString &) {
             ClassificationRunner(book.workspace()).run(QDate(2025, 6, 30), QStringLiteral("matrix"));
         }},
        {Operation::ChangeRules, "OM",
         [](test::TeamBook &book, const QString &) {
             book.workspace().settings().setValue(QStringLiteral("matrix"), QStringLiteral("1"));
         }},
        {Operation::MakeBackup, "OM",
         [](test::TeamBook &book, const QString &me) {
             QString error;
             BookMaintenance(book.workspace())
                 .backupTo(QDir(book.temp.dir()).filePath(me + QStringLiteral(".bak")), &error);
         }},
        {Operation::RestoreBackup, "O",
         [](test::TeamBook &book, const QString &me) {
             RestorePoints(book.workspace()).restore(QDir(book.temp.dir()).filePath(me + QStringLiteral(".none")));
         }},
        {Operation::ManageUsers, "O",
         [](test::TeamBook &book, const QString &me) {
             UserDirectory(book.workspace(), PasswordHasher::Cost::Minimal)
                 .add(QStringLiteral("新人") + me, Role::Staff, {}, QStringLiteral("a long password"));
         }},
    };
}

QList<MatrixRow> matrix()
{
    return customerRows() + bookRows();
}

char letterOf(Role role)
{
    switch (role) {
    case Role::Owner: return 'O';
    case Role::Manager: return 'M';
    case Role::Staff: return 'S';
    case Role::Viewer: return 'V';
    }
    return '?';
}

class PermissionMatrix : public testing::TestWithParam<Role>
{};

} // namespace

TEST(PermissionMatrixRows, CoverEveryOperationOnce)
{
    std::set<int> covered;
    for (const MatrixRow &row : matrix())
        EXPECT_TRUE(covered.insert(int(row.operation)).second) << operationKey(row.operation).data();
    EXPECT_EQ(int(covered.size()), kOperationCount);
}

TEST_P(PermissionMatrix, EachOperationIsAllowedOrRefusedAsTheTableSays)
{
    const Role role = GetParam();
    test::TeamBook book;
    ASSERT_TRUE(book.signInAs(role));
    const QString me = test::TeamBook::nameOf(role);
    for (const MatrixRow &row : matrix()) {
        const QString action(operationKey(row.operation));
        const qint64 before = book.refusals(action);
        row.call(book, me);
        const bool refused = book.refusals(action) > before;
        const bool allowed = std::string_view(row.allowed).find(letterOf(role)) != std::string_view::npos;
        EXPECT_EQ(refused, !allowed) << action.toStdString() << " as " << me.toStdString();
        // The policy the services ask says the same as the table here.
        EXPECT_EQ(AccessPolicy::allows(role, row.operation), allowed) << action.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(EveryRole, PermissionMatrix,
                         testing::Values(Role::Owner, Role::Manager, Role::Staff, Role::Viewer),
                         [](const testing::TestParamInfo<Role> &info) {
                             return std::string(roleKey(info.param).data(), roleKey(info.param).size());
                         });

TEST(StaffReach, OnlyTheirOwnCustomersAreSeenOrWorkedOn)
{
    test::TeamBook book;
    const CustomerId mine = book.customerOf(test::TeamBook::nameOf(Role::Staff));
    const CustomerId theirs = book.customerOf(test::TeamBook::nameOf(Role::Manager));
    ASSERT_TRUE(book.signInAs(Role::Staff));
    Workspace &w = book.workspace();

    const QList<CustomerListRow> rows = w.customers().page(CustomerListQuery{}, std::nullopt, PageDirection::Forward,
                                                           50);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().id, mine);
    EXPECT_TRUE(w.customers().get(mine));
    EXPECT_FALSE(w.customers().get(theirs));
    EXPECT_EQ(w.customers().distinctValues(QStringLiteral("owner")), QStringList{test::TeamBook::nameOf(Role::Staff)});

    QString error;
    VisitDraft draft;
    draft.customerId = theirs;
    draft.staff = test::TeamBook::nameOf(Role::Staff);
    EXPECT_FALSE(w.visits().record(draft, &error));
    EXPECT_FALSE(error.isEmpty());
    Customer taken = *CustomerRepository(book.db()).findById(mine);
    taken.owner = test::TeamBook::nameOf(Role::Manager); // giving a customer away is a handover
    EXPECT_EQ(w.customers().save(taken, &error), SaveResult::Failed);
    Customer added;
    added.code = QStringLiteral("MINE");
    const CustomerId addedId = w.customers().insert(added, &error);
    ASSERT_GT(addedId, 0) << error.toStdString();
    EXPECT_EQ(CustomerRepository(book.db()).findById(addedId)->owner, test::TeamBook::nameOf(Role::Staff));
    EXPECT_EQ(book.refusals(QStringLiteral("log_visit")), 1);
    EXPECT_GE(book.refusals(QStringLiteral("view_customers")), 1);
}

TEST(StaffReach, TakingBackACustomerIsOnlyForWhoeverAddedIt)
{
    test::TeamBook book;
    const QString staff = test::TeamBook::nameOf(Role::Staff);
    Customer given;
    given.code = QStringLiteral("GIVEN");
    given.owner = staff;
    const CustomerId givenId = book.workspace().customers().insert(given); // added by the owner
    ASSERT_GT(givenId, 0);
    ASSERT_TRUE(book.signInAs(Role::Staff));
    Customer own;
    own.code = QStringLiteral("OWN");
    const CustomerId ownId = book.workspace().customers().insert(own);
    ASSERT_GT(ownId, 0);
    QString error;
    EXPECT_TRUE(book.workspace().customers().setWithdrawn(ownId, true, &error)) << error.toStdString();
    EXPECT_TRUE(book.workspace().customers().setWithdrawn(ownId, false, &error)) << error.toStdString();
    // A customer someone else added is deleted, not taken back, and staff may not delete.
    EXPECT_FALSE(book.workspace().customers().setWithdrawn(givenId, true, &error));
    EXPECT_TRUE(CustomerRepository(book.db()).findById(givenId));
}

TEST(FollowUpIds, OneThatIsGoneIsRefusedWithoutHarm)
{
    test::TeamBook book;
    QString error;
    EXPECT_FALSE(book.workspace().followUps().reschedule(987654, QDate(2026, 1, 1), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(book.workspace().followUps().remove({987654}, &error));
}

TEST(SignInRequired, NothingIsServedBeforeSomeoneSignsIn)
{
    test::TeamBook book;
    book.workspace().signOut();
    ASSERT_TRUE(book.workspace().needsSignIn());
    book.customerOf(QStringLiteral("经理"));
    QString error;
    EXPECT_TRUE(book.workspace()
                    .customers()
                    .page(CustomerListQuery{}, std::nullopt, PageDirection::Forward, 10, &error)
                    .isEmpty());
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(book.refusals(QStringLiteral("view_customers")), 1);
}
