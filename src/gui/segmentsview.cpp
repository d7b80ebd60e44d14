#include "segmentsview.h"

#include "backgroundtasks.h"
#include "classificationjob.h"
#include "segmentrules.h"
#include "segmenttotalsmodel.h"
#include "snapshothistory.h"
#include "workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kehu {

namespace {

QTableView *totalsTable(QWidget *parent, const QString &name, QAbstractItemModel *model)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    return table;
}

} // namespace

SegmentsView::SegmentsView(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_job(new ClassificationJob(workspace, this)),
      m_reader(new BackgroundTask(workspace.tasks(), BackgroundTask::Options{false, false}, this)),
      m_segmentModel(new SegmentTotalsModel(workspace, SegmentTotalsModel::Kind::Segments, this)),
      m_abcModel(new SegmentTotalsModel(workspace, SegmentTotalsModel::Kind::AbcClasses, this))
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

    m_segments = totalsTable(this, QStringLiteral("segmentTable"), m_segmentModel);
    layout->addWidget(m_segments, 3);
    auto *abcLabel = new QLabel(tr("ABC classes (by revenue)"), this);
    abcLabel->setStyleSheet(QStringLiteral("font-weight: 600;"));
    layout->addWidget(abcLabel);
    m_abc = totalsTable(this, QStringLiteral("abcTable"), m_abcModel);
    m_abc->setMaximumHeight(140);
    // Three short columns read together: the share stays beside its class, not across the page.
    m_abc->horizontalHeader()->setStretchLastSection(false);
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
    const QLocale locale;
    m_heading->setText(asOf.isValid() ? tr("Segments as of %1").arg(locale.toString(asOf, QLocale::LongFormat))
                                      : tr("Not classified yet: press Re-classify."));
    m_segmentModel->setTotals(segments);
    m_abcModel->setTotals(classes);
    m_segments->resizeColumnsToContents();
    m_abc->resizeColumnsToContents();
}

} // namespace kehu
