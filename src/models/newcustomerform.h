#pragma once

#include "customer.h"
#include "customerchecks.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace kehu {

class Workspace;

/// What the New Customer dialog works on, without widgets: the proposed code, the values the
/// book already uses for the combo boxes, validation of what was typed (required fields, the
/// shape of phone and e-mail, a unique code, a budget read as money without floating point),
/// the likely duplicates (same phone, e-mail or name: CustomerBook::likelyDuplicates, as
/// the import and the detail pane use) and creating the customer as one undoable step.
class NewCustomerForm
{
    Q_DECLARE_TR_FUNCTIONS(kehu::NewCustomerForm)

public:
    /// The fields that can be wrong.
    enum class Field { Code, Name, Phone, Email, Budget };

    explicit NewCustomerForm(Workspace &workspace);

    /// A free code in the book's own numbering (CustomerBook::nextCode()).
    QString proposedCode() const { return m_proposedCode; }
    /// Values the book already uses, sorted, for the editable combo boxes.
    QStringList regions() const { return m_regions; }
    QStringList industries() const { return m_industries; }
    QStringList channels() const { return m_channels; }
    QStringList owners() const { return m_owners; }
    static QStringList companySizes();

    /// What was typed. `budgetText` is read as money ("5,000", "¥12,500.50"); text fields are
    /// trimmed. Checks the fields again, and looks for duplicates when name, phone or e-mail
    /// changed.
    void setDraft(const Customer &draft, const QString &budgetText);
    /// Tags as typed in one line ("vip, 团购; wholesale"), split like an import's tags cell.
    static QStringList splitTags(const QString &text);

    /// Empty when `field` is fine, else a translated sentence saying what is expected.
    QString problem(Field field) const;
    bool isValid() const;
    /// The draft as it would be stored (trimmed, budget parsed).
    const Customer &customer() const { return m_customer; }

    /// Existing customers with the same phone, e-mail or name as the draft.
    const QList<DuplicateCandidate> &duplicates() const { return m_duplicates; }
    /// "张伟 (C000123) has the same phone number." for the first duplicate; empty when none.
    QString duplicateText() const;

    /// Adds the customer through a CreateCustomerCommand on the workspace's undo stack.
    /// Returns its id, or 0 with `error` set (the draft is invalid or the write failed).
    CustomerId create(QString *error = nullptr);

private:
    void check();

    Workspace &m_workspace;
    QString m_proposedCode;
    QStringList m_regions;
    QStringList m_industries;
    QStringList m_channels;
    QStringList m_owners;
    Customer m_customer;
    QString m_budgetText;
    QString m_problems[5];
    QList<DuplicateCandidate> m_duplicates;
    QString m_lookedUpName;
    QString m_lookedUpPhone;
    QString m_lookedUpEmail;
    bool m_lookedUp = false;
};

} // namespace kehu
