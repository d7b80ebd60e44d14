#include "newcustomerform.h"

#include "commands/createcustomercommand.h"
#include "contactnormalizer.h"
#include "customerbook.h"
#include "fieldparsers.h"
#include "importlabels.h"
#include "moneyparser.h"
#include "notsaved.h"
#include "workspace.h"

#include <QRegularExpression>
#include <QUndoStack>

namespace kehu {

namespace {

int slot(NewCustomerForm::Field field)
{
    return static_cast<int>(field);
}

bool looksLikePhone(const QString &text)
{
    // Digits (also full-width, as Chinese input methods type them) and the usual separators.
    static const QRegularExpression shape(QStringLiteral("^\\+?[0-9０-９ ()（）\\-./]+$"));
    return shape.match(text).hasMatch() && !ContactNormalizer::phone(text).isEmpty();
}

bool looksLikeEmail(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return shape.match(text).hasMatch();
}

} // namespace

NewCustomerForm::NewCustomerForm(Workspace &workspace) : m_workspace(workspace)
{
    const CustomerBook &book = workspace.customers();
    m_proposedCode = book.nextCode();
    m_regions = book.distinctValues(QStringLiteral("region"));
    m_industries = book.distinctValues(QStringLiteral("industry"));
    m_owners = book.distinctValues(QStringLiteral("owner"));
    m_channels = book.channels();
    m_customer.code = m_proposedCode;
    check();
}

QStringList NewCustomerForm::companySizes()
{
    return {QStringLiteral("1-10"), QStringLiteral("11-50"), QStringLiteral("51-200"), QStringLiteral("201-1000"),
            QStringLiteral("1000+")};
}

QStringList NewCustomerForm::splitTags(const QString &text)
{
    return ImportLabels::splitTags(text);
}

void NewCustomerForm::setDraft(const Customer &draft, const QString &budgetText)
{
    Customer c = draft;
    for (QString *text : {&c.code, &c.name, &c.phone, &c.email, &c.company, &c.industry, &c.companySize, &c.region,
                          &c.channel, &c.owner, &c.explicitNeeds, &c.implicitNeeds, &c.preferences, &c.notes})
        *text = FieldParsers::trimmed(*text).toString();
    c.id = 0;
    c.budget.reset();
    m_customer = c;
    m_budgetText = FieldParsers::trimmed(budgetText).toString();
    check();
}

void NewCustomerForm::check()
{
    for (QString &problem : m_problems)
        problem.clear();
    const Customer &c = m_customer;
    const CustomerBook &book = m_workspace.customers();
    if (c.code.isEmpty())
        m_problems[slot(Field::Code)] = tr("Enter a customer code.");
    else if (book.codeInUse(c.code))
        m_problems[slot(Field::Code)] = tr("The code %1 is already used by another customer.").arg(c.code);
    if (c.name.isEmpty())
        m_problems[slot(Field::Name)] = tr("Enter the customer's name.");
    if (!c.phone.isEmpty() && !looksLikePhone(c.phone))
        m_problems[slot(Field::Phone)] = tr("Expected a phone number such as 138 0013 8000 or +86 21 5555 0123.");
    if (!c.email.isEmpty() && !looksLikeEmail(c.email))
        m_problems[slot(Field::Email)] = tr("Expected an e-mail address such as name@example.com.");
    if (!m_budgetText.isEmpty()) {
        const std::optional<MinorUnits> budget =
            MoneyParser(Currency(m_workspace.currency())).parse(m_budgetText).minorUnits();
        if (!budget)
            m_problems[slot(Field::Budget)] = tr("Expected an amount such as 5000 or 12,500.50.");
        else if (*budget < 0)
            m_problems[slot(Field::Budget)] = tr("The budget cannot be negative.");
        else
            m_customer.budget = budget;
    }

    // Duplicates: three indexed lookups, only when what they look at changed.
    if (!m_lookedUp || c.name != m_lookedUpName || c.phone != m_lookedUpPhone || c.email != m_lookedUpEmail) {
        m_duplicates = book.likelyDuplicates(c);
        m_lookedUpName = c.name;
        m_lookedUpPhone = c.phone;
        m_lookedUpEmail = c.email;
        m_lookedUp = true;
    }
}

QString NewCustomerForm::problem(Field field) const
{
    return m_problems[slot(field)];
}

bool NewCustomerForm::isValid() const
{
    for (const QString &problem : m_problems) {
        if (!problem.isEmpty())
            return false;
    }
    return true;
}

QString NewCustomerForm::duplicateText() const
{
    if (m_duplicates.isEmpty())
        return {};
    const DuplicateCandidate &first = m_duplicates.constFirst();
    QString text;
    switch (first.match) {
    case DuplicateMatch::Phone: text = tr("%1 (%2) has the same phone number."); break;
    case DuplicateMatch::Email: text = tr("%1 (%2) has the same e-mail address."); break;
    case DuplicateMatch::Name: text = tr("%1 (%2) has the same name."); break;
    }
    text = text.arg(first.customer.name, first.customer.code);
    if (m_duplicates.size() > 1) {
        text += QLatin1Char(' ');
        text += tr("%n other customer(s) look alike too.", nullptr, int(m_duplicates.size() - 1));
    }
    return text;
}

CustomerId NewCustomerForm::create(QString *error)
{
    check(); // the code may have been taken since the last keystroke
    if (!isValid()) {
        if (error) {
            for (const QString &problem : m_problems) {
                if (!problem.isEmpty()) {
                    *error = problem;
                    break;
                }
            }
        }
        return 0;
    }
    QString failure;
    m_workspace.undoStack()->push(new CreateCustomerCommand(m_workspace, m_customer, &failure));
    const auto stored = m_workspace.customers().findByCode(m_customer.code);
    if (!stored || !failure.isEmpty())
        return notSaved<CustomerId>(error, failure.isEmpty() ? tr("The customer could not be saved.") : failure);
    return stored->id;
}

} // namespace kehu
