#include "followupsview.h"

#include "cadencerulesmodel.h"
#include "commands/createfollowupscommand.h"
#include "commands/setcadencerulescommand.h"
#include "enumkeys.h"
#include "followupbook.h"
#include "followuplistmodel.h"
#include "followupplanmodel.h"
#include "followupplanner.h"
#include "labels.h"
#include "listwidgets.h"
#include "prompter.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kehu {

namespace {

enum SpreadColumn { SpreadOwner, SpreadCount, SpreadFirst, SpreadLast, SpreadBusiest, SpreadLate, SpreadColumnCount };

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

FollowUpsView::FollowUpsView(Workspace &workspace, Prompter &prompter, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_prompter(prompter), m_today(QDate::currentDate()),
      m_model(new FollowUpListModel(workspace, this)), m_rulesModel(new CadenceRulesModel(this)),
      m_planModel(new FollowUpPlanModel(workspace, this))
{
    setObjectName(QStringLiteral("followUps"));
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    layout->addWidget(splitter);
    buildDueList(splitter);
    // Cadence rules and planning: the rules on the left, what they would create on the right.
    auto *planBox = new QGroupBox(tr("Cadence rules per segment"), splitter);
    auto *planLayout = new QHBoxLayout(planBox);
    planLayout->addLayout(buildRulesColumn(planBox), 2);
    planLayout->addLayout(buildPreviewColumn(planBox), 3);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // Follow-ups written elsewhere (a visit that asked for one): the list follows, at once
    // when it is on screen, else when it is shown next.
    connect(&m_workspace, &Workspace::followUpsChanged, this, [this] {
        if (m_writing || !m_loaded)
            return;
        if (isVisible())
            reloadList();
        else
            m_stale = true;
    });
    // The rules changed by an undo or redo: the table shows what is stored.
    connect(&m_workspace, &Workspace::settingsChanged, this, [this] {
        if (m_loaded && m_workspace.followUpPlanner().policy().toJson() != m_shownRules)
            loadRules();
    });
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { emit openCustomer(m_model->rowAt(index.row()).followUp.customerId); });
}

/// The due and overdue follow-ups, with the bar that marks one done.
void FollowUpsView::buildDueList(QWidget *parent)
{
    auto *listBox = new QGroupBox(tr("Due and overdue follow-ups"), parent);
    auto *listLayout = new QVBoxLayout(listBox);
    auto *bar = new QHBoxLayout;
    m_owner = new QComboBox(listBox);
    m_owner->setObjectName(QStringLiteral("followUpOwner"));
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_overdueOnly = new QCheckBox(tr("Overdue only"), listBox);
    m_overdueOnly->setObjectName(QStringLiteral("followUpOverdueOnly"));
    m_dueWithin = new QComboBox(listBox);
    m_dueWithin->setObjectName(QStringLiteral("followUpDueWithin"));
    m_dueWithin->addItem(tr("Due within 7 days"), 7);
    m_dueWithin->addItem(tr("Due within 30 days"), 30);
    m_dueWithin->addItem(tr("Any due day"), -1);
    bar->addWidget(m_owner);
    bar->addWidget(m_overdueOnly);
    bar->addWidget(m_dueWithin);
    bar->addStretch(1);
    listLayout->addLayout(bar);
    m_table = new QTableView(listBox);
    m_table->setObjectName(QStringLiteral("followUpTable"));
    m_table->setModel(m_model);
    setUpRecordTable(m_table);
    m_table->setAlternatingRowColors(true);
    listLayout->addWidget(m_table, 1);
    auto *doneBar = new QHBoxLayout;
    m_kind = new QComboBox(listBox);
    m_kind->setObjectName(QStringLiteral("followUpKind"));
    for (const QString &key : Labels::visitKindKeys())
        m_kind->addItem(Labels::visitKind(key), key);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(QStringLiteral("call"))));
    m_note = new QLineEdit(listBox);
    m_note->setObjectName(QStringLiteral("followUpNote"));
    m_note->setPlaceholderText(tr("What was said (optional)"));
    auto *done = new QPushButton(tr("Mark done and log the visit"), listBox);
    done->setObjectName(QStringLiteral("followUpDone"));
    doneBar->addWidget(m_kind);
    doneBar->addWidget(m_note, 1);
    doneBar->addWidget(done);
    listLayout->addLayout(doneBar);

    connect(m_owner, &QComboBox::activated, this, &FollowUpsView::applyQuery);
    connect(m_overdueOnly, &QCheckBox::toggled, this, &FollowUpsView::applyQuery);
    connect(m_dueWithin, &QComboBox::activated, this, &FollowUpsView::applyQuery);
    connect(done, &QPushButton::clicked, this, &FollowUpsView::markSelectedDone);
}

QVBoxLayout *FollowUpsView::buildRulesColumn(QWidget *planBox)
{
    auto *rulesColumn = new QVBoxLayout;
    m_rules = new QTableView(planBox);
    m_rules->setObjectName(QStringLiteral("cadenceRules"));
    m_rules->setModel(m_rulesModel);
    m_rules->verticalHeader()->hide();
    m_rules->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_rules->setToolTip(tr("Every: due this long after the last contact. Within: at the latest this long "
                           "after planning. 0 = not set."));
    rulesColumn->addWidget(m_rules, 1);
    auto *rulesBar = new QHBoxLayout;
    rulesBar->addWidget(new QLabel(tr("Plan follow-ups due within"), planBox));
    m_horizon = new QSpinBox(planBox);
    m_horizon->setObjectName(QStringLiteral("cadenceHorizon"));
    m_horizon->setRange(1, 365);
    m_horizon->setSuffix(tr(" days"));
    rulesBar->addWidget(m_horizon);
    rulesBar->addStretch(1);
    rulesColumn->addLayout(rulesBar);
    // Capacity: planning spreads the due days so that nobody gets more than this a day.
    auto *capacityBar = new QHBoxLayout;
    capacityBar->addWidget(new QLabel(tr("At most"), planBox));
    m_capacity = new QSpinBox(planBox);
    m_capacity->setObjectName(QStringLiteral("cadenceCapacity"));
    m_capacity->setRange(1, 500);
    m_capacity->setToolTip(tr("Planned follow-ups are spread over the days so that no owner has more than "
                              "this many due on one working day, open follow-ups included."));
    capacityBar->addWidget(m_capacity);
    capacityBar->addWidget(new QLabel(tr("follow-ups per owner per working day"), planBox));
    m_weekends = new QCheckBox(tr("Weekends are working days"), planBox);
    m_weekends->setObjectName(QStringLiteral("cadenceWeekends"));
    capacityBar->addWidget(m_weekends);
    capacityBar->addStretch(1);
    auto *saveRules = new QPushButton(tr("Save rules"), planBox);
    saveRules->setObjectName(QStringLiteral("cadenceSave"));
    auto *planButton = new QPushButton(tr("Plan from rules"), planBox);
    planButton->setObjectName(QStringLiteral("cadencePlan"));
    capacityBar->addWidget(saveRules);
    capacityBar->addWidget(planButton);
    rulesColumn->addLayout(capacityBar);

    connect(saveRules, &QPushButton::clicked, this, &FollowUpsView::saveRules);
    connect(planButton, &QPushButton::clicked, this, &FollowUpsView::planFromRules);
    return rulesColumn;
}

QVBoxLayout *FollowUpsView::buildPreviewColumn(QWidget *planBox)
{
    auto *previewColumn = new QVBoxLayout;
    // The spread per owner first: how the plan lands on each person's days.
    m_spread = new QTableWidget(0, SpreadColumnCount, planBox);
    m_spread->setObjectName(QStringLiteral("cadenceSpread"));
    m_spread->setHorizontalHeaderLabels({tr("Owner"), tr("Follow-ups"), tr("First due"), tr("Last due"),
                                         tr("Most on one day"), tr("After their window")});
    m_spread->verticalHeader()->hide();
    m_spread->horizontalHeader()->setStretchLastSection(true);
    m_spread->setEditTriggers(QAbstractItemView::NoEditTriggers);
    previewColumn->addWidget(m_spread, 1);
    m_plan = new QTableView(planBox);
    m_plan->setObjectName(QStringLiteral("cadencePreview"));
    m_plan->setModel(m_planModel);
    m_plan->verticalHeader()->hide();
    m_plan->horizontalHeader()->setStretchLastSection(true);
    previewColumn->addWidget(m_plan, 2);
    auto *applyBar = new QHBoxLayout;
    m_planSummary = new QLabel(tr("Plan to preview the follow-ups the rules would create."), planBox);
    m_planSummary->setObjectName(QStringLiteral("cadenceSummary"));
    m_apply = new QPushButton(tr("Create checked follow-ups"), planBox);
    m_apply->setObjectName(QStringLiteral("cadenceApply"));
    m_apply->setEnabled(false);
    applyBar->addWidget(m_planSummary, 1);
    applyBar->addWidget(m_apply);
    previewColumn->addLayout(applyBar);
    connect(m_apply, &QPushButton::clicked, this, &FollowUpsView::applyPlan);
    return previewColumn;
}

void FollowUpsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        refresh();
    else if (m_stale)
        reloadList();
}

void FollowUpsView::setToday(QDate today)
{
    m_today = today;
    if (m_loaded)
        refresh();
}

void FollowUpsView::refresh()
{
    m_loaded = true;
    loadRules();
    reloadList();
}

void FollowUpsView::reloadList()
{
    m_stale = false;
    fillOwners();
    applyQuery();
}

void FollowUpsView::fillOwners()
{
    const QString current = m_owner->currentData().toString();
    m_owner->clear();
    qint64 overdue = 0, today = 0, later = 0;
    const auto counts = m_workspace.followUps().countsByOwner(m_today);
    for (const auto &c : counts) {
        overdue += c.overdue;
        today += c.dueToday;
        later += c.later;
    }
    const auto text = [](const QString &who, qint64 o, qint64 t, qint64 l) {
        return tr("%1 — %2 overdue, %3 today, %4 later").arg(who, Labels::count(o), Labels::count(t), Labels::count(l));
    };
    m_owner->addItem(text(tr("All owners"), overdue, today, later), QString());
    for (const auto &c : counts)
        m_owner->addItem(text(c.owner.isEmpty() ? tr("(no owner)") : c.owner, c.overdue, c.dueToday, c.later), c.owner);
    const int index = m_owner->findData(current);
    m_owner->setCurrentIndex(index < 0 ? 0 : index);
}

void FollowUpsView::applyQuery()
{
    FollowUpQuery q;
    q.today = m_today;
    q.owner = m_owner->currentData().toString();
    q.onlyOverdue = m_overdueOnly->isChecked();
    const int days = m_dueWithin->currentData().toInt();
    if (days >= 0)
        q.dueBy = m_today.addDays(days);
    m_model->setQuery(q);
    m_table->resizeColumnsToContents();
}

bool FollowUpsView::markSelectedDone()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return false;
    QString error;
    VisitKind kind = VisitKind::Call;
    const QString key = m_kind->currentData().toString();
    if (key == u"store")
        kind = VisitKind::Store;
    else if (key == u"on_site" || key == u"onsite")
        kind = VisitKind::OnSite;
    else if (key == u"online")
        kind = VisitKind::Online;
    {
        // The model drops the row itself; the list need not be read again.
        const QScopedValueRollback writing(m_writing, true);
        if (!m_model->markDone(current.row(), kind, m_note->text().trimmed(), &error)) {
            m_prompter.warn(this, tr("Not marked done"), error);
            return false;
        }
    }
    m_note->clear();
    fillOwners();
    return true;
}

void FollowUpsView::loadRules()
{
    const FollowUpCadencePolicy policy = m_workspace.followUpPlanner().policy();
    m_shownRules = policy.toJson();
    m_rulesModel->setRules(policy.rules);
    m_horizon->setValue(policy.horizonDays);
    m_capacity->setValue(policy.dailyCapacity);
    m_weekends->setChecked(policy.workingWeekdays.contains(6) || policy.workingWeekdays.contains(7));
}

bool FollowUpsView::saveRules()
{
    FollowUpCadencePolicy policy;
    policy.rules = m_rulesModel->rules();
    policy.horizonDays = m_horizon->value();
    policy.dailyCapacity = m_capacity->value();
    policy.workingWeekdays = {1, 2, 3, 4, 5};
    if (m_weekends->isChecked())
        policy.workingWeekdays << 6 << 7;
    if (policy.toJson() == m_workspace.followUpPlanner().policy().toJson())
        return true; // nothing to save
    m_shownRules = policy.toJson();
    if (!ServiceCommand::push(m_workspace, new SetCadenceRulesCommand(m_workspace, policy))) {
        m_prompter.warn(this, tr("Not saved"), tr("The cadence rules could not be saved."));
        return false;
    }
    return true;
}

int FollowUpsView::planFromRules()
{
    if (!saveRules())
        return -1;
    const FollowUpPlanner &planner = m_workspace.followUpPlanner();
    QString error;
    const FollowUpPlanner::Plan plan = planner.propose(planner.policy(), m_today, &error);
    m_planModel->clear();
    m_spread->setRowCount(0);
    if (!error.isEmpty()) {
        m_planSummary->setText(error);
        m_apply->setEnabled(false);
        return -1;
    }
    const QLocale locale;
    const auto day = [&locale](QDate date) { return locale.toString(date, QLocale::ShortFormat); };
    m_spread->setRowCount(int(plan.owners.size()));
    for (int row = 0; row < plan.owners.size(); ++row) {
        const FollowUpPlanner::OwnerSpread &o = plan.owners.at(row);
        m_spread->setItem(row, SpreadOwner, readOnly(o.owner.isEmpty() ? tr("(no owner)") : o.owner));
        m_spread->setItem(row, SpreadCount, readOnly(locale.toString(o.count)));
        m_spread->setItem(row, SpreadFirst, readOnly(day(o.first)));
        m_spread->setItem(row, SpreadLast, readOnly(day(o.last)));
        m_spread->setItem(row, SpreadBusiest, readOnly(locale.toString(o.busiestDay)));
        m_spread->setItem(row, SpreadLate, readOnly(locale.toString(o.late)));
        for (int column = SpreadCount; column < SpreadColumnCount; ++column)
            m_spread->item(row, column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    m_spread->resizeColumnsToContents();

    m_planModel->setProposals(plan.proposals);
    m_plan->resizeColumnsToContents();
    const int count = m_planModel->rowCount();
    QString summary = tr("%Ln follow-up(s) proposed; uncheck any you do not want.", nullptr, count);
    if (count > 0) {
        summary = tr("%Ln follow-up(s) proposed, due %1 to %2, at most %3 per owner a day. Uncheck any you do "
                     "not want.",
                     nullptr, count)
                      .arg(day(m_planModel->firstDue()), day(m_planModel->lastDue()),
                           locale.toString(planner.policy().dailyCapacity));
        if (plan.late > 0)
            summary += u' '
                       + tr("%Ln could not be fitted within their rule's window and are due after it.", nullptr,
                            plan.late);
    }
    m_planSummary->setText(summary);
    m_planSummary->setWordWrap(true);
    m_apply->setEnabled(count > 0);
    return count;
}

int FollowUpsView::applyPlan()
{
    const QList<FollowUp> chosen = m_planModel->checkedFollowUps();
    QString error;
    const qint64 written = chosen.size();
    {
        const QScopedValueRollback writing(m_writing, true);
        if (!chosen.isEmpty()
            && !ServiceCommand::push(m_workspace, new CreateFollowUpsCommand(m_workspace, chosen), &error)) {
            m_prompter.warn(this, tr("Not created"), error);
            return -1;
        }
    }
    m_planModel->clear();
    m_apply->setEnabled(false);
    m_planSummary->setText(tr("%Ln follow-up(s) created.", nullptr, int(written)));
    fillOwners();
    applyQuery();
    return int(written);
}

} // namespace kehu
