#include "gui/churnwatchview.h"

#include "core/enumkeys.h"
#include "models/moneyformat.h"
#include "models/labels.h"
#include "models/workspace.h"
#include "storage/churneventrepository.h"
#include "storage/customerlistrepository.h"
#include "storage/segmentstatsrepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kehu {

namespace {

enum Column { Name, Code, Owner, ValueAtRisk, PAlive, LastPurchase, Reason, Outcome, ColumnCount };
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kEventRole = Qt::UserRole + 2;

} // namespace

ChurnWatchView::ChurnWatchView(Workspace &workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("churnWatch"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Customers at risk, by value at risk"), this);
    title->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: 600;"));
    layout->addWidget(title);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("atRiskTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Code"), tr("Owner"), tr("Value at risk (CLV)"), tr("P(alive)"),
                                        tr("Last purchase"), tr("Churn reason"), tr("Outcome")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
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
    reload();
}

void ChurnWatchView::reload()
{
    const QLocale locale;
    const QString currency = m_workspace.currency();
    const int selected = m_table->currentRow();
    m_table->setRowCount(0);
    const qint64 snapshot = CustomerListRepository(m_workspace.database()).currentSnapshotId();
    if (snapshot <= 0)
        return;
    const auto rows = SegmentStatsRepository(m_workspace.database()).atRisk(snapshot, 500);
    m_table->setRowCount(static_cast<int>(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const auto &r = rows.at(i);
        const auto set = [&](int column, const QString &text, bool right = false) {
            auto *item = new QTableWidgetItem(text);
            if (right)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(i, column, item);
            return item;
        };
        QTableWidgetItem *name = set(Name, r.name);
        name->setData(kIdRole, r.id);
        name->setData(kEventRole, r.openEventId);
        set(Code, r.code);
        set(Owner, r.owner);
        set(ValueAtRisk, r.clv ? MoneyFormat::format(*r.clv, currency, locale) : QString(), true);
        set(PAlive, r.pAlive ? locale.toString(*r.pAlive * 100.0, 'f', 0) + u'%' : QString(), true);
        set(LastPurchase, r.lastPurchase.isValid() ? locale.toString(r.lastPurchase, QLocale::ShortFormat) : QString());
        set(Reason, r.eventReason.isEmpty() ? QString() : Labels::churnReason(r.eventReason));
        set(Outcome, r.eventOutcome.isEmpty() ? QString() : Labels::churnOutcome(r.eventOutcome));
    }
    m_table->resizeColumnsToContents();
    if (selected >= 0 && selected < m_table->rowCount())
        m_table->selectRow(selected);
}

bool ChurnWatchView::recordReason()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return false;
    ChurnEvent event;
    event.customerId = m_table->item(row, Name)->data(kIdRole).toLongLong();
    event.flaggedOn = QDate::currentDate();
    event.reason = churnReasonFromKey(m_reason->currentData().toString()).value_or(ChurnReason::Other);
    if (ChurnEventRepository(m_workspace.database()).add(event) <= 0)
        return false;
    m_workspace.notifyCustomerChanged(event.customerId);
    reload();
    return true;
}

bool ChurnWatchView::recordOutcome(bool wonBack)
{
    const int row = m_table->currentRow();
    if (row < 0)
        return false;
    const qint64 eventId = m_table->item(row, Name)->data(kEventRole).toLongLong();
    if (eventId <= 0)
        return false;
    if (!ChurnEventRepository(m_workspace.database())
             .setOutcome(eventId, wonBack ? ChurnOutcome::WonBack : ChurnOutcome::Lost, QDate::currentDate()))
        return false;
    m_workspace.notifyCustomerChanged(m_table->item(row, Name)->data(kIdRole).toLongLong());
    reload();
    return true;
}

} // namespace kehu
