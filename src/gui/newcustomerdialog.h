#pragma once

#include "customer.h"

#include <QDialog>

#include <memory>

namespace Ui {
class NewCustomerDialog;
}

namespace kehu {

class NewCustomerForm;
class Workspace;

/// Customers ▸ New Customer: every profile field, checked as it is typed (NewCustomerForm):
/// the reason under a field that is wrong, OK disabled until the form is valid, and a warning
/// with "Open that customer" when the phone, e-mail or name is already in the book. OK adds
/// the customer as one undoable step and accepts.
class NewCustomerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewCustomerDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~NewCustomerDialog() override;

    NewCustomerForm &form() const { return *m_form; }
    /// The customer added by OK, 0 before.
    CustomerId createdId() const { return m_created; }
    /// Adds the customer if the form is valid; true (and the dialog accepted) when stored.
    bool save();

signals:
    /// "Open that customer" on the duplicate warning: show `id` instead of adding a new one.
    void openExistingRequested(kehu::CustomerId id);

private:
    Customer draft() const;
    void refresh();

    std::unique_ptr<Ui::NewCustomerDialog> m_ui;
    std::unique_ptr<NewCustomerForm> m_form;
    CustomerId m_created = 0;
};

} // namespace kehu
