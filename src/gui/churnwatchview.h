#pragma once

#include <QWidget>

class QComboBox;
class QTableView;
class QUndoCommand;

namespace kehu {

class ChurnWatchModel;
class Workspace;

/// The at-risk list of the latest snapshot, by value at risk, with the rule that flagged
/// each customer: a manager records why a customer is leaving and, later, whether they
/// were won back.
class ChurnWatchView : public QWidget
{
    Q_OBJECT

public:
    explicit ChurnWatchView(Workspace &workspace, QWidget *parent = nullptr);

    void reload();
    QTableView *table() const { return m_table; }
    ChurnWatchModel *model() const { return m_model; }
    /// Records the chosen reason for the selected customer (a new open churn event).
    bool recordReason();
    /// Closes the selected customer's open event as won back (true) or lost.
    bool recordOutcome(bool wonBack);

private:
    int currentRow() const;
    void selectRow(int row);

    Workspace &m_workspace;
    ChurnWatchModel *m_model;
    QTableView *m_table;
    QComboBox *m_reason;
};

} // namespace kehu
