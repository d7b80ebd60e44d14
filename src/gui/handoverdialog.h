#pragma once

#include "customerlist.h"
#include "handover.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace kehu {

class Workspace;

/// Hands the customers the book lists (its search and filters) over to another owner: who
/// receives them, how many go from whom, and one button. The receiver is chosen from the
/// book's owners or typed; the counts come from Handover::plan when one is chosen, and the
/// handover is one step on the undo stack (Edit ▸ Undo gives everyone back).
class HandoverDialog : public QDialog
{
    Q_OBJECT

public:
    HandoverDialog(Workspace &workspace, CustomerListQuery query, const QStringList &owners, QWidget *parent = nullptr);

    /// Counts what would go to the receiver now chosen (or typed). False when there is nothing
    /// to hand over, with the reason shown.
    bool preview();
    /// Hands over; stays open with the reason when that fails.
    void accept() override;
    /// What the last handover moved, for the caller's message.
    QString outcome() const { return m_outcome; }

private:
    Workspace &m_workspace;
    CustomerListQuery m_query;
    QComboBox *m_receiver;
    QLabel *m_summary;
    QPushButton *m_handOver;
    std::optional<HandoverPlan> m_plan;
    QString m_outcome;
};

} // namespace kehu
