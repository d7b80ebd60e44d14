#include "churnwatchview.h"

#include "churnwatchmodel.h"
#include "commands/recordchurncommand.h"
#include "enumkeys.h"
#include "labels.h"
#include "listwidgets.h"
#include "workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace kehu {

ChurnWatchView::ChurnWatchView(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_model(new ChurnWatchModel(workspace, this))
{
    setObjectName(QStringLiteral("churnWatch"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Customers at risk, by value at risk"), this);
    title->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: 600;"));
    layout->addWidget(title);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("atRiskTable"));
    m_table->setModel(m_model);
    setUpRecordTable(m_table);
    layout->addWidget(m_table, 1);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Reason:"), this));
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("churnReasonCombo"));
    for (const QString &key : Labels::churnReasonKeys())
        m_reason->addItem(Labels::churnReason(key), key);
    bar->addWidget(m_reason);
    auto *record = new QPushButton(tr("Record reason"), this);
    record->setObjectName(QStringLiteral("recordReasonButton"));
    bar->addWidget(record);
    bar->addStretch(1);
    auto *won = new QPushButton(tr("Won back"), this);
    won->setObjectName(QStringLiteral("wonBackButton"));
    auto *lost = new QPushButton(tr("Lost"), this);
    lost->setObjectName(QStringLiteral("lostButton"));
    bar->addWidget(won);
    bar->addWidget(lost);
    layout->addLayout(bar);
    connect(record, &QPushButton::clicked, this, &ChurnWatchView::recordReason);
    connect(won, &QPushButton::clicked, this, [this] { recordOutcome(true); });
    connect(lost, &QPushButton::clicked, this, [this] { recordOutcome(false); });
    connect(&m_workspace, &Workspace::snapshotsChanged, this, &ChurnWatchView::reload);
    // A churn reason or outcome recorded, undone or redone, a merge, an edited name.
    connect(&m_workspace, &Workspace::customerChanged, this, &ChurnWatchView::reload);
    reload();
}

void ChurnWatchView::reload()
{
    const int selected = currentRow();
    m_model->reload();
    m_table->resizeColumnsToContents();
    if (selected >= 0 && selected < m_model->rowCount())
        selectRow(selected);
}

int ChurnWatchView::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ChurnWatchView::selectRow(int row)
{
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->selectRow(row);
}

bool ChurnWatchView::recordReason()
{
    const int row = currentRow();
    if (row < 0)
        return false;
    ChurnEvent event;
    event.customerId = m_model->rowAt(row).id;
    event.flaggedOn = QDate::currentDate();
    event.reason = churnReasonFromKey(m_reason->currentData().toString()).value_or(ChurnReason::Other);
    return ServiceCommand::push(m_workspace,
                                new RecordChurnReasonCommand(m_workspace, event, m_model->rowAt(row).name));
}

bool ChurnWatchView::recordOutcome(bool wonBack)
{
    const int row = currentRow();
    if (row < 0)
        return false;
    const CustomerId customer = m_model->rowAt(row).id;
    const qint64 eventId = m_model->rowAt(row).openEventId;
    if (eventId <= 0)
        return false;
    return ServiceCommand::push(m_workspace,
                                new RecordChurnOutcomeCommand(m_workspace, customer, eventId,
                                                              wonBack ? ChurnOutcome::WonBack : ChurnOutcome::Lost,
                                                              QDate::currentDate(), m_model->rowAt(row).name));
}

} // namespace kehu
