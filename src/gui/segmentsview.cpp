#include "segmentsview.h"

#include "backgroundtasks.h"
#include "classificationjob.h"
#include "commands/setsegmentactioncommand.h"
#include "labels.h"
#include "segmentrules.h"
#include "snapshothistory.h"
#include "workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace kehu {

namespace {

QTableWidgetItem *readOnly(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setTextAlignment(alignment);
    return item;
}

} // namespace

SegmentsView::SegmentsView(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_job(new ClassificationJob(workspace, this)),
      m_reader(new BackgroundTask(workspace.tasks(), BackgroundTask::Options{false, false}, this))
{
    setObjectName(QStringLiteral("segmentsView"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("segmentsHeading"));
    m_heading->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: 600;"));
    bar->addWidget(m_heading, 1);
    m_stage = new QLabel(this);
    m_stage->setObjectName(QStringLiteral("segmentsStage"));
    bar->addWidget(m_stage);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("classifyProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    bar->addWidget(m_progress);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("classifyCancel"));
    m_cancel->hide();
    bar->addWidget(m_cancel);
    m_reclassify = new QPushButton(tr("Re-classify"), this);
    m_reclassify->setObjectName(QStringLiteral("reclassifyButton"));
    bar->addWidget(m_reclassify);
    layout->addLayout(bar);

    m_segments = new QTableWidget(0, 4, this);
    m_segments->setObjectName(QStringLiteral("segmentTable"));
    m_segments->setHorizontalHeaderLabels(
        {tr("Segment"), tr("Customers"), tr("Revenue share"), tr("Recommended action")});
    m_segments->horizontalHeader()->setStretchLastSection(true);
    m_segments->verticalHeader()->hide();
    layout->addWidget(m_segments, 3);
    auto *abcLabel = new QLabel(tr("ABC classes (by revenue)"), this);
    abcLabel->setStyleSheet(QStringLiteral("font-weight: 600;"));
    layout->addWidget(abcLabel);
    m_abc = new QTableWidget(0, 3, this);
    m_abc->setObjectName(QStringLiteral("abcTable"));
    m_abc->setHorizontalHeaderLabels({tr("Class"), tr("Customers"), tr("Revenue share")});
    m_abc->horizontalHeader()->setStretchLastSection(true);
    m_abc->verticalHeader()->hide();
    m_abc->setMaximumHeight(140);
    layout->addWidget(m_abc, 1);

    connect(m_reclassify, &QPushButton::clicked, this, &SegmentsView::reclassify);
    connect(m_cancel, &QPushButton::clicked, m_job, &ClassificationJob::cancel);
    connect(m_job, &ClassificationJob::progress, this, [this](int percent, const QString &stage) {
        m_progress->setValue(percent);
        m_stage->setText(stage);
    });
    connect(m_job, &ClassificationJob::finished, this, [this](qint64 id, bool cancelled, const QString &error) {
        m_progress->hide();
        m_cancel->hide();
        m_reclassify->setEnabled(true);
        m_stage->setText(cancelled ? tr("Cancelled; nothing was changed.")
                         : id > 0  ? tr("Done.")
                                   : tr("Failed: %1").arg(error));
        if (id > 0) {
            m_workspace.notifySnapshotsChanged();
            reload();
        }
    });
    connect(m_segments, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_loading && item->column() == 3)
            saveAction(item->row());
    });
    connect(&m_workspace, &Workspace::settingsChanged, this, &SegmentsView::refreshActions);
    connect(m_reader, &BackgroundTask::finished, this, [this](const QString &error) {
        m_progress->setRange(0, 100);
        if (!m_job->isRunning())
            m_progress->hide();
        if (!error.isEmpty())
            m_stage->setText(tr("The segments could not be read: %1").arg(error));
        else if (m_stage->text() == readingText())
            m_stage->clear();
    });
    // Loaded when first shown, in a worker: the totals group a million snapshot rows (~1-2 s),
    // which neither the window's first page nor the click on Segments should wait for.
}

void SegmentsView::showEvent(QShowEvent *event)
{
    if (!m_loaded)
        reload();
    QWidget::showEvent(event);
}

void SegmentsView::reclassify()
{
    if (m_job->isRunning())
        return;
    m_reclassify->setEnabled(false);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_job->start();
}

void SegmentsView::reload()
{
    m_loaded = true;
    if (!m_job->isRunning()) {
        m_progress->setRange(0, 0); // busy: the read reports no steps
        m_progress->show();
        m_stage->setText(readingText());
    }
    m_reader->start([this](Workspace &worker, TaskControl &) -> BackgroundTask::Apply {
        // On the worker: only reads, on the task's own connection.
        const auto info = worker.snapshots().current();
        const qint64 snapshot = info ? info->id : 0;
        const QDate asOf = info ? info->asOf : QDate();
        auto segments = snapshot > 0 ? worker.segments().segmentTotals(snapshot) : QList<GroupTotal>{};
        auto classes = snapshot > 0 ? worker.segments().abcTotals(snapshot) : QList<GroupTotal>{};
        return [this, asOf, segments = std::move(segments), classes = std::move(classes)] {
            showTotals(asOf, segments, classes);
        };
    });
}

QString SegmentsView::readingText() const
{
    return tr("Reading the segments…");
}

bool SegmentsView::isLoading() const
{
    return m_reader->isRunning();
}

void SegmentsView::waitForLoad()
{
    m_reader->wait();
}

void SegmentsView::showTotals(const QDate &asOf, const QList<GroupTotal> &segments, const QList<GroupTotal> &classes)
{
    m_loading = true;
    const QLocale locale;
    m_heading->setText(asOf.isValid() ? tr("Segments as of %1").arg(locale.toString(asOf, QLocale::LongFormat))
                                      : tr("Not classified yet: press Re-classify."));
    const QJsonObject actions = m_workspace.segments().actions();
    const auto fill = [&](QTableWidget *table, const QList<GroupTotal> &totals, bool isSegments) {
        MinorUnits total = 0;
        for (const auto &t : totals)
            total += t.revenue;
        table->setRowCount(0);
        for (const auto &t : totals) {
            if (t.key.isEmpty())
                continue;
            const int row = table->rowCount();
            table->insertRow(row);
            auto *name = readOnly(isSegments ? Labels::segment(t.key) : Labels::abcClass(t.key));
            name->setData(Qt::UserRole, t.key);
            table->setItem(row, 0, name);
            table->setItem(row, 1, readOnly(locale.toString(t.customers), Qt::AlignRight | Qt::AlignVCenter));
            const double share = total > 0 ? 100.0 * double(t.revenue) / double(total) : 0.0;
            table->setItem(row, 2, readOnly(locale.toString(share, 'f', 1) + u'%', Qt::AlignRight | Qt::AlignVCenter));
            if (isSegments) {
                const QString action = actions.value(t.key).toString(Labels::segmentAction(t.key));
                table->setItem(row, 3, new QTableWidgetItem(action));
            }
        }
        table->resizeColumnsToContents();
    };
    fill(m_segments, segments, true);
    fill(m_abc, classes, false);
    m_loading = false;
}

void SegmentsView::saveAction(int row)
{
    m_workspace.undoStack()->push(new SetSegmentActionCommand(
        m_workspace, m_segments->item(row, 0)->data(Qt::UserRole).toString(), m_segments->item(row, 3)->text()));
}

void SegmentsView::refreshActions()
{
    const QJsonObject actions = m_workspace.segments().actions();
    m_loading = true;
    for (int row = 0; row < m_segments->rowCount(); ++row) {
        QTableWidgetItem *name = m_segments->item(row, 0);
        QTableWidgetItem *action = m_segments->item(row, 3);
        if (!name || !action)
            continue;
        const QString key = name->data(Qt::UserRole).toString();
        const QString text = actions.value(key).toString(Labels::segmentAction(key));
        if (action->text() != text)
            action->setText(text);
    }
    m_loading = false;
}

} // namespace kehu
