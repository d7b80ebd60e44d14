#include "customerbookview.h"

#include "accessguard.h"
#include "handoverdialog.h"
#include "privacy.h"

#include "commands/mergecustomerscommand.h"
#include "customerbook.h"
#include "customerdetailpane.h"
#include "customerlistmodel.h"
#include "labels.h"
#include "listwidgets.h"
#include "prompter.h"
#include "workspace.h"

#include <utility>

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace kehu {

namespace {

void selectData(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

const QString kSavedFiltersKey = QStringLiteral("customerList/savedFilters");

} // namespace

CustomerBookView::CustomerBookView(Workspace &workspace, Prompter &prompter, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_prompter(prompter), m_model(new CustomerListModel(workspace, this))
{
    setObjectName(QStringLiteral("customerBook"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    // Created in tab order: search, filter chips, saved filters, then the list.
    buildSearchField();
    bar->addWidget(m_search, 1);
    // The chips get a row of their own: beside the search field they squeezed it (issue 9).
    QHBoxLayout *chips = buildFilterChips();
    addSavedFilterControls(bar);
    layout->addLayout(bar);
    layout->addLayout(chips);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_listStack = new QStackedWidget(m_splitter);
    buildTable();
    buildEmptyState();
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_empty);
    m_detail = new CustomerDetailPane(workspace, m_splitter);
    m_splitter->addWidget(m_listStack);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);
    connectListSignals();
    reloadChoices();
    loadSavedFilters();
    updateEmptyState();
}

void CustomerBookView::buildSearchField()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setPlaceholderText(tr("Search name, phone, code or company"));
    m_search->setClearButtonEnabled(true);
    // Wide enough for the whole placeholder (and the clear button) at any window width.
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 48);
}

QHBoxLayout *CustomerBookView::buildFilterChips()
{
    auto *chips = new QHBoxLayout;
    m_segment = filterChoice(this, QStringLiteral("filterSegment"), tr("All segments"));
    for (const QString &key : Labels::segmentKeys())
        m_segment->addItem(Labels::segment(key), key);
    m_abc = filterChoice(this, QStringLiteral("filterAbc"), tr("All ABC classes"));
    for (const QString &key : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")})
        m_abc->addItem(Labels::abcClass(key), key);
    m_churn = filterChoice(this, QStringLiteral("filterChurn"), tr("Any churn flag"));
    for (const QString &key : Labels::churnFlagKeys())
        m_churn->addItem(Labels::churnFlag(key), key);
    m_owner = filterChoice(this, QStringLiteral("filterOwner"), tr("All owners"));
    m_region = filterChoice(this, QStringLiteral("filterRegion"), tr("All regions"));
    m_industry = filterChoice(this, QStringLiteral("filterIndustry"), tr("All industries"));
    m_tag = new QLineEdit(this);
    m_tag->setObjectName(QStringLiteral("filterTag"));
    m_tag->setPlaceholderText(tr("Tag"));
    m_tag->setMaximumWidth(110);
    for (QComboBox *combo : {m_segment, m_abc, m_churn, m_owner, m_region, m_industry}) {
        chips->addWidget(combo);
        connect(combo, &QComboBox::activated, this, &CustomerBookView::applyFilter);
    }
    chips->addWidget(m_tag);
    connect(m_tag, &QLineEdit::editingFinished, this, &CustomerBookView::applyFilter);
    m_idsChip = new QPushButton(this);
    m_idsChip->setObjectName(QStringLiteral("filterIds"));
    m_idsChip->setToolTip(tr("Click to show all customers again"));
    m_idsChip->hide();
    chips->addWidget(m_idsChip);
    chips->addStretch(1);
    connect(m_idsChip, &QPushButton::clicked, this, [this] {
        m_ids.clear();
        m_idsChip->hide();
        applyFilter();
    });
    return chips;
}

void CustomerBookView::addSavedFilterControls(QHBoxLayout *bar)
{
    m_savedFilters = new QComboBox(this);
    m_savedFilters->setObjectName(QStringLiteral("savedFilters"));
    bar->addWidget(m_savedFilters);
    auto *save = new QPushButton(tr("Save filter"), this);
    save->setObjectName(QStringLiteral("saveFilterButton"));
    bar->addWidget(save);
    connect(save, &QPushButton::clicked, this, &CustomerBookView::saveCurrentFilter);
    connect(m_savedFilters, &QComboBox::activated, this, &CustomerBookView::applySavedFilter);
    if (m_workspace.access().allows(Operation::HandOver)) {
        auto *handOver = new QPushButton(tr("Hand Over…"), this);
        handOver->setObjectName(QStringLiteral("handOverButton"));
        handOver->setToolTip(tr("Give the customers listed, with their open follow-ups, to another owner"));
        bar->addWidget(handOver);
        connect(handOver, &QPushButton::clicked, this, &CustomerBookView::handOverListed);
    }
}

HandoverDialog *CustomerBookView::handOverListed()
{
    QStringList owners;
    for (int i = 1; i < m_owner->count(); ++i) // 0: "All owners"
        owners << m_owner->itemData(i).toString();
    auto *dialog = new HandoverDialog(m_workspace, m_model->query(), owners, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_prompter.inform(this, tr("Hand Over Customers"), dialog->outcome()); });
    dialog->open();
    return dialog;
}

void CustomerBookView::buildTable()
{
    m_table = new QTableView(m_listStack);
    m_table->setObjectName(QStringLiteral("customerTable"));
    m_table->setModel(m_model);
    setUpRecordTable(m_table);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // Fixed row heights: a million rows are never measured (FIELD-NOTES: ResizeToContents 25 s).
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(CustomerListModel::Name, Qt::AscendingOrder);
    m_table->setSortingEnabled(false);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int column) {
        if (!CustomerListModel::isSortable(column))
            return;
        const Qt::SortOrder order = m_table->horizontalHeader()->sortIndicatorOrder();
        m_model->sort(column, order);
    });
    auto *mergeAction = new QAction(tr("Merge Duplicates into This Customer…"), m_table);
    mergeAction->setObjectName(QStringLiteral("mergeDuplicatesAction"));
    m_table->addAction(mergeAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(mergeAction, &QAction::triggered, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            mergeDuplicatesInto(m_model->customerId(current.row()));
    });
    if (m_workspace.access().allows(Operation::PrivacyRequest))
        addPrivacyActions();
}

void CustomerBookView::addPrivacyActions()
{
    const auto current = [this] {
        const QModelIndex index = m_table->currentIndex();
        return index.isValid() ? m_model->customerId(index.row()) : CustomerId(0);
    };
    auto *exportAction = new QAction(tr("Export This Person's Data…"), m_table);
    exportAction->setObjectName(QStringLiteral("exportPersonAction"));
    m_table->addAction(exportAction);
    connect(exportAction, &QAction::triggered, this, [this, current] {
        if (current() == 0)
            return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Export This Person's Data"), QString(),
                                                          tr("JSON (*.json);;CSV (*.csv)"));
        if (!path.isEmpty())
            exportPerson(current(), path);
    });
    auto *eraseAction = new QAction(tr("Erase This Person…"), m_table);
    eraseAction->setObjectName(QStringLiteral("erasePersonAction"));
    m_table->addAction(eraseAction);
    connect(eraseAction, &QAction::triggered, this, [this, current] {
        if (current() != 0)
            erasePerson(current());
    });
}

bool CustomerBookView::exportPerson(CustomerId id, const QString &path)
{
    QSaveFile file(path);
    QString error;
    const auto format = path.endsWith(u".csv", Qt::CaseInsensitive) ? Privacy::Format::Csv : Privacy::Format::Json;
    if (!file.open(QIODevice::WriteOnly) || !Privacy(m_workspace).exportPerson(id, file, format, &error)
        || !file.commit()) {
        m_prompter.warn(this, tr("Export This Person's Data"), error.isEmpty() ? file.errorString() : error);
        return false;
    }
    m_prompter.inform(this, tr("Export This Person's Data"),
                      tr("Everything the book holds about them is in %1.").arg(path));
    return true;
}

bool CustomerBookView::erasePerson(CustomerId id)
{
    if (!m_prompter.confirm(this, tr("Erase This Person"),
                            tr("Their name, phone, e-mail, company, notes and the text of their visits and surveys "
                               "are removed for good, also from the audit log. Their purchases stay, as an "
                               "anonymous customer's, so the figures stay true. This cannot be undone. Erase them?")))
        return false;
    QString error;
    if (!Privacy(m_workspace).erase(id, &error)) {
        m_prompter.warn(this, tr("Erase This Person"), error);
        return false;
    }
    return true;
}

void CustomerBookView::buildEmptyState()
{
    m_empty = new QWidget(m_listStack);
    m_empty->setObjectName(QStringLiteral("customerBookEmpty"));
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch(1);
    m_emptyMessage = new QLabel(m_empty);
    m_emptyMessage->setObjectName(QStringLiteral("customerBookEmptyMessage"));
    m_emptyMessage->setAlignment(Qt::AlignCenter);
    m_emptyMessage->setWordWrap(true);
    m_emptyMessage->setTextFormat(Qt::PlainText);
    m_emptyMessage->setStyleSheet(QStringLiteral("font-size: 13pt; color: #455;"));
    emptyLayout->addWidget(m_emptyMessage);
    m_clearButton = new QPushButton(tr("Clear search and filters"), m_empty);
    m_clearButton->setObjectName(QStringLiteral("clearSearchButton"));
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_clearButton);
    buttonRow->addStretch(1);
    emptyLayout->addLayout(buttonRow);
    emptyLayout->addStretch(2);
    connect(m_clearButton, &QPushButton::clicked, this, &CustomerBookView::clearSearchAndFilters);
}

void CustomerBookView::connectListSignals()
{
    // A query per key made typing wait for each one (1.25 s for the first key of "C00012" on
    // a million customers): the search runs once the keys pause.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &CustomerBookView::applySearchNow);
    connect(m_search, &QLineEdit::returnPressed, this, &CustomerBookView::applySearchNow);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_detail->showCustomer(m_model->customerId(current.row()));
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomerBookView::afterReset);
    // After a jump to the end, scrolling to the top grows the window upwards.
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value == 0 && m_model->canFetchBefore()) {
            const int added = m_model->fetchBefore();
            m_table->verticalScrollBar()->setValue(added);
        }
    });
    auto *end = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_End), m_table);
    connect(end, &QShortcut::activated, this, &CustomerBookView::jumpToEnd);
    connect(&m_workspace, &Workspace::customerChanged, m_model, &CustomerListModel::refreshCustomer);
    connect(&m_workspace, &Workspace::bookChanged, m_model, &CustomerListModel::reload);
    connect(&m_workspace, &Workspace::snapshotsChanged, m_model, &CustomerListModel::reload);
    // The currency is a setting: CLVs are written in it.
    connect(&m_workspace, &Workspace::settingsChanged, m_model, &CustomerListModel::refreshCurrency);
}

void CustomerBookView::applySearchNow()
{
    m_searchDelay->stop();
    // In the background: the field stays live while the first page is read.
    m_showFirst = true;
    m_model->requestSearch(m_search->text());
}

void CustomerBookView::clearSearchAndFilters()
{
    for (QComboBox *combo : {m_segment, m_abc, m_churn, m_owner, m_region, m_industry})
        combo->setCurrentIndex(0);
    m_tag->clear();
    m_ids.clear();
    m_idsChip->hide();
    m_search->clear();
    applyFilter();
}

void CustomerBookView::afterReset()
{
    m_table->scrollToTop();
    updateEmptyState();
    // The detail pane never shows a customer the list no longer holds: after a new search or
    // filter it shows the first one listed; after a reload it keeps its customer if still listed.
    const bool showFirst = std::exchange(m_showFirst, false);
    const int kept = showFirst ? -1 : m_model->rowOf(m_detail->customerId());
    const int row = kept >= 0 ? kept : (m_model->rowCount() > 0 ? 0 : -1);
    if (row < 0) {
        m_detail->showCustomer(0);
        return;
    }
    m_table->setCurrentIndex(m_model->index(row, 0));
    if (m_detail->customerId() != m_model->customerId(row))
        m_detail->showCustomer(m_model->customerId(row));
}

void CustomerBookView::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_listStack->setCurrentWidget(empty ? m_empty : static_cast<QWidget *>(m_table));
    if (!empty)
        return;
    const QString search = m_model->query().search.trimmed();
    const bool filtered = m_model->query().filter != CustomerListFilter{};
    if (!search.isEmpty() && filtered)
        m_emptyMessage->setText(tr("No customers match “%1” with the filters chosen.").arg(search));
    else if (!search.isEmpty())
        m_emptyMessage->setText(tr("No customers match “%1”.").arg(search));
    else if (filtered)
        m_emptyMessage->setText(tr("No customers match the filters chosen."));
    else
        m_emptyMessage->setText(tr("The book has no customers yet."));
    m_clearButton->setVisible(!search.isEmpty() || filtered);
}

void CustomerBookView::reloadChoices()
{
    const CustomerBook &book = m_workspace.customers();
    const QList<std::pair<QComboBox *, QString>> columns{{m_owner, QStringLiteral("owner")},
                                                         {m_region, QStringLiteral("region")},
                                                         {m_industry, QStringLiteral("industry")}};
    for (const auto &[combo, column] : columns) {
        const QString current = combo->currentData().toString();
        while (combo->count() > 1)
            combo->removeItem(1);
        for (const QString &value : book.distinctValues(column))
            combo->addItem(value, value);
        selectData(combo, current);
    }
}

CustomerListFilter CustomerBookView::currentFilter() const
{
    CustomerListFilter f;
    f.segment = m_segment->currentData().toString();
    f.abcClass = m_abc->currentData().toString();
    f.churnFlag = m_churn->currentData().toString();
    f.owner = m_owner->currentData().toString();
    f.region = m_region->currentData().toString();
    f.industry = m_industry->currentData().toString();
    f.tag = m_tag->text().trimmed();
    f.ids = m_ids;
    return f;
}

void CustomerBookView::showCustomers(const QList<CustomerId> &ids, const QString &caption)
{
    for (QComboBox *combo : {m_segment, m_abc, m_churn, m_owner, m_region, m_industry})
        combo->setCurrentIndex(0);
    m_tag->clear();
    m_search->clear();
    m_ids = ids.isEmpty() ? QList<CustomerId>{-1} : ids; // none: a filter that matches nobody
    m_idsChip->setText(tr("%1: %Ln customer(s) ✕", nullptr, int(ids.size())).arg(caption));
    m_idsChip->show();
    applyFilter();
}

void CustomerBookView::applyFilter()
{
    m_searchDelay->stop(); // the search as typed goes with the filter, in one query
    m_showFirst = true;
    m_model->setSearchAndFilter(m_search->text(), currentFilter());
}

void CustomerBookView::openCustomer(CustomerId id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
    m_detail->showCustomer(id);
}

void CustomerBookView::jumpToEnd()
{
    m_model->jumpToEnd();
    if (m_model->rowCount() == 0)
        return;
    const QModelIndex last = m_model->index(m_model->rowCount() - 1, 0);
    m_table->scrollToBottom();
    m_table->setCurrentIndex(last);
}

int CustomerBookView::mergeDuplicatesInto(CustomerId keep)
{
    CustomerBook &book = m_workspace.customers();
    const std::optional<Customer> kept = book.get(keep);
    if (!kept)
        return 0;
    const auto duplicates = book.likelyDuplicates(*kept);
    if (duplicates.isEmpty()) {
        m_prompter.inform(
            this, tr("Merge duplicates"),
            tr("No other customer has the same phone number, e-mail address or name as %1.").arg(kept->name));
        return 0;
    }
    int merged = 0;
    for (const DuplicateCandidate &candidate : duplicates) {
        const Customer &other = candidate.customer;
        const QString question =
            tr("Merge %1 (%2) into %3 (%4)? All of %1's purchases, visits, surveys, follow-ups and churn records "
               "move to %3, and %1 leaves the book.")
                .arg(other.name, other.code, kept->name, kept->code);
        if (!m_prompter.confirm(this, tr("Merge duplicates"), question))
            continue;
        // One undoable step per merge; the command tells the workspace, so the list reloads.
        QString error;
        QUndoStack *stack = m_workspace.undoStack();
        const int before = stack->index();
        stack->push(new MergeCustomersCommand(m_workspace, *kept, other, &error));
        if (stack->index() == before) {
            m_prompter.warn(this, tr("Merge duplicates"), tr("The customers could not be merged: %1").arg(error));
            break;
        }
        ++merged;
    }
    if (merged > 0)
        openCustomer(keep);
    return merged;
}

void CustomerBookView::saveCurrentFilter()
{
    const CustomerListFilter f = currentFilter();
    QStringList parts;
    if (!f.segment.isEmpty())
        parts << m_segment->currentText();
    if (!f.abcClass.isEmpty())
        parts << m_abc->currentText();
    if (!f.churnFlag.isEmpty())
        parts << m_churn->currentText();
    for (const QString &v : {f.owner, f.region, f.industry, f.tag}) {
        if (!v.isEmpty())
            parts << v;
    }
    if (!m_search->text().trimmed().isEmpty())
        parts << u'"' + m_search->text().trimmed() + u'"';
    if (parts.isEmpty())
        return;
    QJsonObject o{{QStringLiteral("name"), parts.join(QStringLiteral(" · "))},
                  {QStringLiteral("search"), m_search->text().trimmed()},
                  {QStringLiteral("segment"), f.segment},
                  {QStringLiteral("abc"), f.abcClass},
                  {QStringLiteral("churn"), f.churnFlag},
                  {QStringLiteral("owner"), f.owner},
                  {QStringLiteral("region"), f.region},
                  {QStringLiteral("industry"), f.industry},
                  {QStringLiteral("tag"), f.tag}};
    QSettings settings;
    QJsonArray saved = QJsonDocument::fromJson(settings.value(kSavedFiltersKey).toByteArray()).array();
    saved.append(o);
    settings.setValue(kSavedFiltersKey, QJsonDocument(saved).toJson(QJsonDocument::Compact));
    loadSavedFilters();
    m_savedFilters->setCurrentIndex(m_savedFilters->count() - 1);
}

void CustomerBookView::loadSavedFilters()
{
    m_savedFilters->clear();
    m_savedFilters->addItem(tr("Saved filters…"), QJsonObject());
    const QJsonArray saved = QJsonDocument::fromJson(QSettings().value(kSavedFiltersKey).toByteArray()).array();
    for (const QJsonValue value : saved)
        m_savedFilters->addItem(value.toObject().value(QStringLiteral("name")).toString(), value.toObject());
}

void CustomerBookView::applySavedFilter(int index)
{
    const QJsonObject o = m_savedFilters->itemData(index).toJsonObject();
    if (o.isEmpty())
        return;
    selectData(m_segment, o.value(QStringLiteral("segment")).toString());
    selectData(m_abc, o.value(QStringLiteral("abc")).toString());
    selectData(m_churn, o.value(QStringLiteral("churn")).toString());
    selectData(m_owner, o.value(QStringLiteral("owner")).toString());
    selectData(m_region, o.value(QStringLiteral("region")).toString());
    selectData(m_industry, o.value(QStringLiteral("industry")).toString());
    m_tag->setText(o.value(QStringLiteral("tag")).toString());
    m_search->setText(o.value(QStringLiteral("search")).toString());
    applyFilter();
}

QByteArray CustomerBookView::saveLayout() const
{
    return m_table->horizontalHeader()->saveState();
}

void CustomerBookView::restoreLayout(const QByteArray &state)
{
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
}

} // namespace kehu
