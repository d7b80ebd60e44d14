#include "reviewsession.h"

#include "backgroundtasks.h"
#include "bookstatistics.h"
#include "commands/createfollowupscommand.h"
#include "quarterlyreviewbuilder.h"
#include "reviewreport.h"
#include "segmentmigration.h"
#include "snapshothistory.h"
#include "workspace.h"

#include <QHash>
#include <QSet>
#include <QThread>

namespace kehu {

ReviewSession::ReviewSession(Workspace &workspace, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_task(new BackgroundTask(workspace.tasks(), this))
{
    connect(m_task, &BackgroundTask::progress, this, [this](int, const QString &line) { emit progress(line); });
    connect(m_task, &BackgroundTask::finished, this, [this](const QString &error) {
        if (!error.isEmpty()) // the database could not be opened
            emit finished(false, error);
        m_workspace.notifySnapshotsChanged();
    });
}

ReviewSession::~ReviewSession() = default;

bool ReviewSession::isRunning() const
{
    return m_task->isRunning();
}

ActivitySpan ReviewSession::activitySpan() const
{
    return m_workspace.stats().activitySpan();
}

QList<ReviewSession::QuarterChoice> ReviewSession::quarters() const
{
    const ActivitySpan span = activitySpan();
    QList<QuarterChoice> choices;
    for (const Quarter &q : Quarter::between(span.first, span.last))
        choices << QuarterChoice{q, span.endsInside(q.firstDay(), q.lastDay())};
    return choices;
}

void ReviewSession::build(const Quarter &quarter, QDate reviewDay)
{
    if (m_task->isRunning())
        return;
    m_task->start([this, quarter, reviewDay](Workspace &worker, TaskControl &control) -> BackgroundTask::Apply {
        QuarterlyReviewBuilder::Options o;
        o.reviewDay = reviewDay;
        QuarterlyReview review;
        QString error;
        const bool ok = worker.reviews().build(quarter, o, &review, &error,
                                               [&control](const QString &line) { control.progress(0, line); });
        return [this, ok, error, review = std::move(review)]() mutable {
            if (ok) {
                m_review = std::move(review);
                m_hasReview = true;
            }
            emit finished(ok, error);
        };
    });
}

QList<CustomerId> ReviewSession::cellCustomers(bool abc, int from, int to) const
{
    QList<CustomerId> ids;
    if (!m_hasReview)
        return ids;
    // A key the review does not know counts under "others" (absent when there is none).
    SegmentMigration::Options options;
    options.by = abc ? SegmentMigration::By::Abc : SegmentMigration::By::Segment;
    options.labels = abc ? m_review.abcKeys : m_review.segmentKeys;
    options.unknownAs = QStringLiteral("others");
    const qint64 previous = m_review.previous ? m_review.previous->id : 0;
    return SegmentMigration(m_workspace).cellCustomers(previous, m_review.current.id, options, from, to);
}

qint64 ReviewSession::commitActions(const QList<QuarterlyReview::ProposedAction> &actions)
{
    m_error.clear();
    const QList<FollowUp> followUps = QuarterlyReviewBuilder::followUpsOf(actions);
    if (followUps.isEmpty())
        return 0;
    if (!ServiceCommand::push(m_workspace, new CreateFollowUpsCommand(m_workspace, followUps), &m_error))
        return -1;
    return followUps.size();
}

bool ReviewSession::exportHtml(const QString &path, bool chinese)
{
    m_error.clear();
    return ReviewReport(m_review, chinese ? ReportLanguage::SimplifiedChinese : ReportLanguage::English)
        .writeHtml(path, &m_error);
}

bool ReviewSession::exportPdf(const QString &path, bool chinese)
{
    m_error.clear();
    return ReviewReport(m_review, chinese ? ReportLanguage::SimplifiedChinese : ReportLanguage::English)
        .writePdf(path, &m_error);
}

bool ReviewSession::exportCsv(const QString &directory, bool chinese)
{
    m_error.clear();
    return ReviewReport(m_review, chinese ? ReportLanguage::SimplifiedChinese : ReportLanguage::English)
        .writeCsvLists(directory, nullptr, &m_error);
}

} // namespace kehu
