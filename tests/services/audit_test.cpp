// Audit completeness: every write through the services leaves exactly one audit record, by
// whoever is signed in, with the values before and after.

#include "auditlog.h"
#include "audittrail.h"
#include "booksettings.h"
#include "churntracker.h"
#include "classificationrunner.h"
#include "commands/recordvisitcommand.h"
#include "commands/servicecommand.h"
#include "customerbook.h"
#include "customermerger.h"
#include "exporter.h"
#include "followupbook.h"
#include "handover.h"
#include "importer.h"
#include "salestargets.h"
#include "surveyrecorder.h"
#include "visitrecorder.h"

#include "teambook.h"

#include "../support/printers.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUndoStack>

#include <functional>

using namespace kehu;

namespace {

/// What the record's "before" holds: nothing (the write made new rows), the changed rows
/// (different from after), or values that are not rows (an import's counts, a setting).
enum class Before { Nothing, Changed, Other };

struct AuditedCall
{
    QString action;
    Before before;
    std::function<bool(test::TeamBook &book)> call;
};

/// The one record a call left, or a failure when it left none or several.
std::optional<AuditRecord> onlyNewRecord(test::TeamBook &book, const std::function<bool(test::TeamBook &)> &call)
{
    // Read from storage: the person signed in may not be allowed to read the log.
    const QList<AuditRecord> before = AuditLog(book.db()).find(AuditQuery{});
    EXPECT_TRUE(call(book));
    const QList<AuditRecord> after = AuditLog(book.db()).find(AuditQuery{});
    EXPECT_EQ(after.size(), before.size() + 1);
    if (after.size() != before.size() + 1)
        return std::nullopt;
    return after.first(); // newest first
}

} // namespace

TEST(AuditCompleteness, EveryWriteLeavesExactlyOneRecordWithBeforeAndAfter)
{
    test::TeamBook book;
    ASSERT_TRUE(book.signInAs(Role::Manager));
    const QString me = test::TeamBook::nameOf(Role::Manager);
    const CustomerId customer = book.customerOf(me);
    qint64 followUpId = 0;
    qint64 churnId = 0;
    const QList<AuditedCall> calls{
        {QStringLiteral("add_customer"), Before::Nothing,
         [](test::TeamBook &b) {
             Customer c;
             c.code = QStringLiteral("A1");
             c.name = QStringLiteral("王芳");
             return b.workspace().customers().insert(c) > 0;
         }},
        {QStringLiteral("edit_customer"), Before::Changed,
         [customer](test::TeamBook &b) {
             Customer c = *b.workspace().customers().get(customer);
             c.phone = QStringLiteral("13900001111");
             return b.workspace().customers().save(c) == SaveResult::Saved;
         }},
        {QStringLiteral("log_visit"), Before::Nothing,
         [customer, me](test::TeamBook &b) {
             VisitDraft draft;
             draft.customerId = customer;
             draft.staff = me;
             draft.amount = 5000;
             draft.nextFollowUp = QDate(2026, 1, 10);
             return b.workspace().visits().record(draft).has_value();
         }},
        {QStringLiteral("record_survey"), Before::Nothing,
         [customer](test::TeamBook &b) {
             SurveyResponse survey;
             survey.customerId = customer;
             survey.date = QDate(2025, 12, 1);
             survey.nps = 9;
             return b.workspace().surveys().record(survey) > 0;
         }},
        {QStringLiteral("create_follow_ups"), Before::Nothing,
         [customer, me, &followUpId](test::TeamBook &b) {
             FollowUp f;
             f.customerId = customer;
             f.dueOn = QDate(2026, 2, 1);
             f.assignee = me;
             QList<qint64> ids;
             const bool made = b.workspace().followUps().create({f}, &ids);
             followUpId = ids.value(0);
             return made;
         }},
        {QStringLiteral("reschedule_follow_up"), Before::Changed,
         [&followUpId](test::TeamBook &b) {
             return b.workspace().followUps().reschedule(followUpId, QDate(2026, 2, 8));
         }},
        {QStringLiteral("record_churn"), Before::Nothing,
         [customer, &churnId](test::TeamBook &b) {
             ChurnEvent event;
             event.customerId = customer;
             event.flaggedOn = QDate(2025, 12, 20);
             event.reason = ChurnReason::Price;
             churnId = b.workspace().churn().flag(event);
             return churnId > 0;
         }},
        {QStringLiteral("record_churn_outcome"), Before::Changed,
         [&churnId](test::TeamBook &b) {
             return b.workspace().churn().setOutcome(churnId, ChurnOutcome::WonBack, QDate(2026, 1, 5));
         }},
        {QStringLiteral("merge"), Before::Changed,
         [customer, me](test::TeamBook &b) { return b.workspace().merger().merge(customer, b.customerOf(me)); }},
        {QStringLiteral("delete_customer"), Before::Changed,
         [me](test::TeamBook &b) { return b.workspace().customers().setDeleted(b.customerOf(me), true); }},
        {QStringLiteral("hand_over"), Before::Changed,
         [me](test::TeamBook &b) {
             CustomerListQuery query;
             query.filter.ids = {b.customerOf(me)};
             const auto plan = Handover(b.workspace()).plan(query, test::TeamBook::nameOf(Role::Staff));
             return plan && Handover(b.workspace()).handOver(*plan);
         }},
        {QStringLiteral("import"), Before::Other,
         [](test::TeamBook &b) {
             const QString path = QDir(b.temp.dir()).filePath(QStringLiteral("orders.csv"));
             QFile file(path);
             file.open(QIODevice::WriteOnly);
             file.write("customer,date,amount\nA1,2025-05-01,12.00\nA1,2025-06-01,8.00\n");
             file.close();
             ImportRequest request;
             request.path = path;
             return b.workspace().importer().run(request).outcome == ImportSummary::Outcome::Committed;
         }},
        {QStringLiteral("export"), Before::Other,
         [](test::TeamBook &b) {
             QBuffer out;
             out.open(QIODevice::WriteOnly);
             return Exporter(b.workspace()).exportCustomers(out, Exporter::Format::Json, nullptr) > 0;
         }},
        {QStringLiteral("classify"), Before::Other,
         [](test::TeamBook &b) {
             return ClassificationRunner(b.workspace()).run(QDate(2025, 12, 31), QStringLiteral("audit")).snapshotId
                    > 0;
         }},
        {QStringLiteral("change_setting"), Before::Other,
         [](test::TeamBook &b) {
             return b.workspace().settings().setValue(QStringLiteral("audit/test"), QStringLiteral("on"));
         }},
        {QStringLiteral("set_target"), Before::Other,
         [me](test::TeamBook &b) {
             return b.workspace().targets().set(OwnerTarget{me, QStringLiteral("2026Q1"), 100000, 3});
         }},
    };
    for (const AuditedCall &c : calls) {
        SCOPED_TRACE(c.action.toStdString());
        const std::optional<AuditRecord> record = onlyNewRecord(book, c.call);
        ASSERT_TRUE(record);
        EXPECT_EQ(record->entry.action, c.action);
        EXPECT_EQ(record->userName, me);
        EXPECT_EQ(record->entry.outcome, AuditOutcome::Done);
        EXPECT_TRUE(QJsonDocument::fromJson(record->entry.after.toUtf8()).isObject())
            << record->entry.after.toStdString();
        if (c.before == Before::Nothing) {
            EXPECT_EQ(record->entry.before, QString());
        }
        if (c.before == Before::Changed) {
            EXPECT_TRUE(QJsonDocument::fromJson(record->entry.before.toUtf8()).isObject());
            EXPECT_NE(record->entry.before, record->entry.after);
        }
    }
}

TEST(AuditCompleteness, UndoAndRedoAreWritesOfTheirOwn)
{
    test::TeamBook book;
    ASSERT_TRUE(book.signInAs(Role::Staff));
    const QString me = test::TeamBook::nameOf(Role::Staff);
    const CustomerId customer = book.customerOf(me);
    VisitDraft draft;
    draft.customerId = customer;
    draft.staff = me;
    QString error;
    Workspace &w = book.workspace();
    const std::optional<AuditRecord> logged = onlyNewRecord(
        book, [&](test::TeamBook &) { return ServiceCommand::push(w, new RecordVisitCommand(w, draft), &error); });
    ASSERT_TRUE(logged) << error.toStdString();
    EXPECT_EQ(logged->entry.action, QStringLiteral("log_visit"));
    const std::optional<AuditRecord> undone = onlyNewRecord(book, [&](test::TeamBook &) {
        w.undoStack()->undo();
        return true;
    });
    ASSERT_TRUE(undone);
    EXPECT_EQ(undone->entry.action, QStringLiteral("undo_log_visit"));
    EXPECT_EQ(undone->entry.after, QString()) << "the visit is gone after the undo";
    EXPECT_EQ(undone->entry.customerId, customer);
    const std::optional<AuditRecord> redone = onlyNewRecord(book, [&](test::TeamBook &) {
        w.undoStack()->redo();
        return true;
    });
    ASSERT_TRUE(redone);
    EXPECT_EQ(redone->entry.action, QStringLiteral("redo_log_visit"));
    EXPECT_EQ(redone->userName, me);
}

TEST(AuditCompleteness, ACustomersHistoryShowsWhoChangedIt)
{
    test::TeamBook book;
    const CustomerId customer = book.customerOf(test::TeamBook::nameOf(Role::Staff));
    ASSERT_TRUE(book.signInAs(Role::Staff));
    Customer c = *book.workspace().customers().get(customer);
    c.notes = QStringLiteral("喜欢绿茶");
    ASSERT_EQ(book.workspace().customers().save(c), SaveResult::Saved);
    ASSERT_TRUE(book.signInAs(Role::Viewer));
    const QList<AuditRecord> history = book.workspace().audit().ofCustomer(customer);
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(history.first().userName, test::TeamBook::nameOf(Role::Staff));
    const QJsonObject after = QJsonDocument::fromJson(history.first().entry.after.toUtf8()).object();
    EXPECT_EQ(
        after.value(QStringLiteral("customers")).toArray().first().toObject().value(QStringLiteral("notes")).toString(),
        QStringLiteral("喜欢绿茶"));
    // The viewer may read a customer's history, not the whole log.
    EXPECT_TRUE(book.workspace().audit().find(AuditQuery{}).isEmpty());
}
