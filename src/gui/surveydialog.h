#pragma once

#include "customer.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SurveyDialog;
}

namespace kehu {

class Workspace;

/// Records one survey answer (NPS with its reason, CSAT, date) for a customer. Save
/// validates through SurveyEntry and keeps the dialog open with the reason shown when the
/// answer cannot be saved.
class SurveyDialog : public QDialog
{
    Q_OBJECT

public:
    SurveyDialog(Workspace &workspace, CustomerId customer, const QString &customerName, QWidget *parent = nullptr);
    ~SurveyDialog() override;

    /// Validates and saves; true when stored (the dialog is then accepted).
    bool save();
    QString errorText() const;

private:
    std::unique_ptr<Ui::SurveyDialog> m_ui;
    Workspace &m_workspace;
    CustomerId m_customer;
};

} // namespace kehu
