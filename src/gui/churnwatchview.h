#pragma once

#include <QWidget>

class QComboBox;
class QTableWidget;

namespace kehu {

class Workspace;

/// The at-risk list of the latest snapshot, by value at risk: a manager records why a
/// customer is leaving and, later, whether they were won back.
class ChurnWatchView : public QWidget
{
    Q_OBJECT

public:
    explicit ChurnWatchView(Workspace &workspace, QWidget *parent = nullptr);

    void reload();
    QTableWidget *table() const { return m_table; }
    /// Records the chosen reason for the selected customer (a new open churn event).
    bool recordReason();
    /// Closes the selected customer's open event as won back (true) or lost.
    bool recordOutcome(bool wonBack);

private:
    Workspace &m_workspace;
    QTableWidget *m_table;
    QComboBox *m_reason;
};

} // namespace kehu
