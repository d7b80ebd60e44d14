#include "newcustomerform.h"

#include "commands/createcustomercommand.h"
#include "customerrepository.h"
#include "workspace.h"

#include "../support/printers.h"
#include "../support/tempdatabase.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QUndoStack>

using namespace kehu;

namespace {

struct Fixture
{
    test::TempDatabase temp;
    std::unique_ptr<Workspace> workspace;
    CustomerId zhang = 0;

    Fixture()
    {
        CustomerRepository customers(temp.db());
        Customer c;
        c.code = QStringLiteral("C000041");
        c.name = QStringLiteral("张伟");
        c.phone = QStringLiteral("13800138000");
        c.email = QStringLiteral("zhang.wei@example.com");
        c.region = QStringLiteral("华东");
        c.industry = QStringLiteral("零售");
        c.owner = QStringLiteral("李娜");
        c.channel = QStringLiteral("wechat");
        zhang = customers.insert(c);
        c = {};
        c.code = QStringLiteral("C000007");
        c.name = QStringLiteral("Anna");
        c.region = QStringLiteral("North");
        c.channel = QStringLiteral("store");
        customers.insert(c);
        temp.close();
        workspace = std::make_unique<Workspace>(std::move(Database::open(temp.path()).database));
    }
    CustomerRepository repository() { return CustomerRepository(workspace->database()); }
};

Customer draft(const QString &code, const QString &name)
{
    Customer c;
    c.code = code;
    c.name = name;
    return c;
}

} // namespace

TEST(NewCustomerForm, ProposesTheNextFreeCodeAndOffersTheBooksValues)
{
    Fixture f;
    NewCustomerForm form(*f.workspace);
    // The newest customer's code is C000007, but C000041 is the highest of that shape.
    EXPECT_EQ(form.proposedCode(), QStringLiteral("C000042"));
    EXPECT_EQ(form.regions(), (QStringList{QStringLiteral("North"), QStringLiteral("华东")}));
    EXPECT_EQ(form.industries(), QStringList{QStringLiteral("零售")});
    EXPECT_EQ(form.owners(), QStringList{QStringLiteral("李娜")});
    EXPECT_EQ(form.channels(), (QStringList{QStringLiteral("store"), QStringLiteral("wechat")}));

    // A deleted customer keeps its code: it is never proposed again.
    Customer c = draft(QStringLiteral("C000042"), QStringLiteral("Gone"));
    const CustomerId gone = f.repository().insert(c);
    ASSERT_TRUE(f.repository().setDeleted(gone, true));
    EXPECT_EQ(NewCustomerForm(*f.workspace).proposedCode(), QStringLiteral("C000043"));
}

TEST(NewCustomerForm, ProposesAFirstCodeInAnEmptyBook)
{
    test::TempDatabase temp;
    Workspace workspace(std::move(Database::open(temp.path()).database));
    EXPECT_EQ(NewCustomerForm(workspace).proposedCode(), QStringLiteral("C000001"));
}

TEST(NewCustomerForm, ChecksRequiredFieldsShapesUniqueCodeAndBudget)
{
    Fixture f;
    NewCustomerForm form(*f.workspace);
    form.setDraft(draft(form.proposedCode(), QString()), QString());
    EXPECT_FALSE(form.isValid());
    EXPECT_FALSE(form.problem(NewCustomerForm::Field::Name).isEmpty());
    EXPECT_TRUE(form.problem(NewCustomerForm::Field::Code).isEmpty());

    Customer c = draft(QStringLiteral("C000041"), QStringLiteral("  王芳 "));
    c.phone = QStringLiteral("call me");
    c.email = QStringLiteral("wang.fang@");
    form.setDraft(c, QStringLiteral("12.345"));
    EXPECT_FALSE(form.problem(NewCustomerForm::Field::Code).isEmpty()); // C000041 is taken
    EXPECT_TRUE(form.problem(NewCustomerForm::Field::Name).isEmpty());
    EXPECT_FALSE(form.problem(NewCustomerForm::Field::Phone).isEmpty());
    EXPECT_FALSE(form.problem(NewCustomerForm::Field::Email).isEmpty());
    EXPECT_FALSE(form.problem(NewCustomerForm::Field::Budget).isEmpty()); // half a fen
    EXPECT_FALSE(form.isValid());

    c.code = QStringLiteral("W1");
    c.phone = QStringLiteral("+86 139-0000-0001");
    c.email = QStringLiteral("wang.fang@example.cn");
    form.setDraft(c, QStringLiteral("¥12,500.50"));
    EXPECT_TRUE(form.isValid()) << form.problem(NewCustomerForm::Field::Code).toStdString();
    EXPECT_EQ(form.customer().name, QStringLiteral("王芳"));
    ASSERT_TRUE(form.customer().budget);
    EXPECT_EQ(*form.customer().budget, 1250050); // exact minor units, no float

    form.setDraft(c, QStringLiteral("-5"));
    EXPECT_FALSE(form.problem(NewCustomerForm::Field::Budget).isEmpty());
}

TEST(NewCustomerForm, WarnsAboutLikelyDuplicates)
{
    Fixture f;
    NewCustomerForm form(*f.workspace);
    Customer c = draft(form.proposedCode(), QStringLiteral("Wei Zhang"));
    c.phone = QStringLiteral("+86 138-0013-8000"); // the same number as 张伟's, written differently
    form.setDraft(c, QString());
    ASSERT_EQ(form.duplicates().size(), 1);
    EXPECT_EQ(form.duplicates().constFirst().customer.id, f.zhang);
    EXPECT_EQ(form.duplicates().constFirst().match, DuplicateMatch::Phone);
    EXPECT_TRUE(form.duplicateText().contains(QStringLiteral("C000041")));
    EXPECT_TRUE(form.isValid()); // a warning, not an error: the user may still add the customer

    c.phone.clear();
    c.name = QStringLiteral("张 伟");
    form.setDraft(c, QString());
    ASSERT_EQ(form.duplicates().size(), 1);
    EXPECT_EQ(form.duplicates().constFirst().match, DuplicateMatch::Name);

    c.name = QStringLiteral("刘洋");
    form.setDraft(c, QString());
    EXPECT_TRUE(form.duplicates().isEmpty());
    EXPECT_TRUE(form.duplicateText().isEmpty());
}

TEST(NewCustomerForm, CreateIsOneUndoableStep)
{
    Fixture f;
    QUndoStack *stack = f.workspace->undoStack();
    QSignalSpy bookChanged(f.workspace.get(), &Workspace::bookChanged);
    NewCustomerForm form(*f.workspace);
    Customer c = draft(form.proposedCode(), QStringLiteral("刘洋"));
    c.personality = PersonalityType::Amiable;
    c.tags = NewCustomerForm::splitTags(QStringLiteral("vip、团购"));
    form.setDraft(c, QStringLiteral("3000"));
    const CustomerId id = form.create();
    ASSERT_GT(id, 0);
    EXPECT_EQ(stack->count(), 1);
    EXPECT_EQ(bookChanged.count(), 1);
    auto stored = f.repository().findById(id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->code, QStringLiteral("C000042"));
    EXPECT_EQ(stored->personality, PersonalityType::Amiable);
    EXPECT_EQ(stored->tags, (QStringList{QStringLiteral("vip"), QStringLiteral("团购")}));
    EXPECT_EQ(stored->budget, 300000);

    // Now taken: the same form refuses a second customer with that code.
    QString error;
    EXPECT_EQ(form.create(&error), 0);
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(stack->count(), 1);
}

TEST(CreateCustomerCommand, RedoUndoRedoRestoresTheSameCustomer)
{
    Fixture f;
    QUndoStack *stack = f.workspace->undoStack();
    const qint64 before = f.repository().count();
    Customer c = draft(QStringLiteral("N1"), QStringLiteral("陈静"));
    c.phone = QStringLiteral("13900000009");
    c.region = QStringLiteral("华南");
    auto *command = new CreateCustomerCommand(*f.workspace, c);
    stack->push(command); // redo
    const CustomerId id = command->customerId();
    ASSERT_GT(id, 0);
    EXPECT_EQ(f.repository().count(), before + 1);
    EXPECT_EQ(f.repository().findByCode(QStringLiteral("N1"))->id, id);

    stack->undo();
    EXPECT_EQ(f.repository().count(), before);
    EXPECT_FALSE(f.repository().findById(id));
    EXPECT_FALSE(f.repository().findByCode(QStringLiteral("N1")));
    EXPECT_TRUE(f.repository().likelyDuplicates(c).isEmpty()); // gone from the duplicate checks too

    stack->redo();
    EXPECT_EQ(f.repository().count(), before + 1);
    const auto back = f.repository().findById(id);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->code, QStringLiteral("N1"));
    EXPECT_EQ(back->region, QStringLiteral("华南"));
    EXPECT_EQ(command->customerId(), id);
}

TEST(CreateCustomerCommand, AFailedInsertLeavesNothingOnTheStack)
{
    Fixture f;
    QString error;
    f.workspace->undoStack()->push(
        new CreateCustomerCommand(*f.workspace, draft(QStringLiteral("C000041"), QStringLiteral("Dup")), &error));
    EXPECT_FALSE(error.isEmpty()); // UNIQUE code
    EXPECT_EQ(f.workspace->undoStack()->count(), 0);
}
