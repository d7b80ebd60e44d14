#pragma once

#include "customer.h"

#include <QWidget>

#include <memory>

namespace Ui {
class VisitEntryForm;
}

namespace kehu {

class CustomerSuggestionModel;
class Workspace;

/// Fast visit entry, keyboard first: type a phone number or name, Up/Down pick among the
/// live suggestions (above the first one: a new customer), Tab through kind, amount,
/// satisfaction, NPS, reason, note and follow-up, Enter saves and clears for the next visitor.
class VisitEntryForm : public QWidget
{
    Q_OBJECT

public:
    explicit VisitEntryForm(Workspace &workspace, QWidget *parent = nullptr);
    ~VisitEntryForm() override;

    /// Clears the form and puts the cursor in the customer field.
    void start();
    bool save();

signals:
    void visitSaved(kehu::CustomerId customer);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateSuggestions(const QString &text);
    void selectSuggestion(int row);
    void updateTarget();
    void clear();
    void fillKinds();

    std::unique_ptr<Ui::VisitEntryForm> m_ui;
    Workspace &m_workspace;
    CustomerSuggestionModel *m_suggestions;
};

} // namespace kehu
