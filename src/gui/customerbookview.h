#pragma once

#include "customer.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;

namespace kehu {

class CustomerDetailPane;
class HandoverDialog;
class CustomerListModel;
class Prompter;
class Workspace;
struct CustomerListFilter;

/// The customer book: instant search, filter chips, saved filters, the paged table and the
/// detail pane of the selected customer. The search runs kSearchDelayMs after the last key,
/// in the background (typing is never held up by a query); when nothing matches, a message in place of
/// the table says so and offers to clear the search and filters. After the search or a
/// filter changes, the detail pane shows the first customer listed (none when the list is
/// empty), never one the list no longer holds.
class CustomerBookView : public QWidget
{
    Q_OBJECT

public:
    CustomerBookView(Workspace &workspace, Prompter &prompter, QWidget *parent = nullptr);

    CustomerListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    CustomerDetailPane *detail() const { return m_detail; }
    QLineEdit *searchField() const { return m_search; }
    /// The "nothing matches" message shown in place of the table (visible only then).
    QWidget *emptyState() const { return m_empty; }
    QLabel *emptyMessage() const { return m_emptyMessage; }

    static constexpr int kSearchDelayMs = 220;
    /// Runs a search still waiting for its delay now (Return does the same).
    void applySearchNow();
    /// Clears the search, every filter chip and a drill-down.
    void clearSearchAndFilters();

    /// Selects `id` if it is in the loaded rows, and shows it in the detail pane either way.
    void openCustomer(CustomerId id);
    /// Moves to the last row of the book (Ctrl+End).
    void jumpToEnd();
    /// Offers each likely duplicate of @p keep (same phone, e-mail or name) for merging into it;
    /// a confirmed merge moves every purchase, visit, survey, follow-up and churn event to
    /// @p keep and retires the duplicate (MergeCustomersCommand, one undoable step each). Returns
    /// how many were merged.
    int mergeDuplicatesInto(CustomerId keep);
    /// Shows only @p ids (a drill-down from the dashboard or the review), with a chip naming
    /// @p caption that clears it; the other filters and the search are reset.
    void showCustomers(const QList<CustomerId> &ids, const QString &caption);
    QList<CustomerId> shownIds() const { return m_ids; }
    void saveCurrentFilter();
    void reloadChoices();
    /// Opens the handover of the customers listed (window-modal); offered to those who may
    /// hand over.
    HandoverDialog *handOverListed();
    /// Writes everything the book holds about `id` to `path` (JSON, or CSV for a .csv path).
    bool exportPerson(CustomerId id, const QString &path);
    /// Erases `id`'s identity after a confirmation (Privacy::erase).
    bool erasePerson(CustomerId id);

    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &state);

private:
    void buildSearchField();
    QHBoxLayout *buildFilterChips();
    void addSavedFilterControls(QHBoxLayout *bar);
    void buildTable();
    void buildEmptyState();
    /// The table's Export and Erase actions, for those who may answer privacy requests.
    void addPrivacyActions();
    void connectListSignals();
    void applyFilter();
    void afterReset();
    void updateEmptyState();
    void loadSavedFilters();
    void applySavedFilter(int index);
    CustomerListFilter currentFilter() const;

    Workspace &m_workspace;
    Prompter &m_prompter;
    CustomerListModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_segment;
    QComboBox *m_abc;
    QComboBox *m_churn;
    QComboBox *m_owner;
    QComboBox *m_region;
    QComboBox *m_industry;
    QLineEdit *m_tag;
    QComboBox *m_savedFilters;
    QPushButton *m_idsChip;
    QList<CustomerId> m_ids;
    QSplitter *m_splitter;
    QTableView *m_table;
    CustomerDetailPane *m_detail;
    QTimer *m_searchDelay;
    QStackedWidget *m_listStack;
    QWidget *m_empty;
    QLabel *m_emptyMessage;
    QPushButton *m_clearButton;
    bool m_showFirst = false; ///< the next reset comes from a new search or filter
};

} // namespace kehu
