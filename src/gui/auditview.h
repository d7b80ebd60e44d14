#pragma once

#include "customer.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

namespace kehu {

class AuditLogModel;
class Workspace;

/// The Audit page (owners and managers): who did what, when, to which customer, and whether
/// it was done, refused or failed; filtered by person, action, customer code and days. The
/// chosen record's values before and after show below. Double-clicking a record of a
/// customer opens the customer.
class AuditView : public QWidget
{
    Q_OBJECT

public:
    explicit AuditView(Workspace &workspace, QWidget *parent = nullptr);

    AuditLogModel *model() const { return m_model; }
    /// Reads the records the filters ask for.
    void reload();
    /// Sets the filters (empty: any) and reloads; for tests and for "this customer's history".
    void filter(const QString &user, const QString &action, const QString &customerCode);

signals:
    void openCustomer(kehu::CustomerId id);

private:
    void showValues();

    Workspace &m_workspace;
    AuditLogModel *m_model;
    QLineEdit *m_user;
    QComboBox *m_action;
    QLineEdit *m_customer;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableView *m_table;
    QPlainTextEdit *m_values;
    QLabel *m_status;
};

} // namespace kehu
