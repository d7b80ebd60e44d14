#include "models/reviewsession.h"

#include "services/workspace.h"
#include "report/reviewreport.h"
#include "storage/database.h"
#include "services/quarterlyreviewbuilder.h"
#include "services/segmentmigration.h"

#include <QThread>

namespace kehu {

ReviewSession::ReviewSession(Workspace &workspace, QObject *parent) : QObject(parent), m_workspace(workspace)
{
}

ReviewSession::~ReviewSession()
{
    if (m_thread)
        m_thread->wait();
}

ActivitySpan ReviewSession::activitySpan() const
{
    return StatsRepository(m_workspace.database()).activitySpan();
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
    if (m_thread)
        return;
    const QString path = m_workspace.databasePath();
    m_thread = QThread::create([this, path, quarter, reviewDay] {
        Database::OpenOptions options;
        options.createIfMissing = false;
        options.quickCheck = false;
        auto opened = Database::open(path, options);
        if (!opened.database) {
            QMetaObject::invokeMethod(this, [this, message = opened.message] { emit finished(false, message); },
                                      Qt::QueuedConnection);
            return;
        }
        QuarterlyReviewBuilder builder(*opened.database);
        QuarterlyReviewBuilder::Options o;
        o.reviewDay = reviewDay;
        QuarterlyReview review;
        QString error;
        const bool ok = builder.build(quarter, o, &review, &error, [this](const QString &line) {
            QMetaObject::invokeMethod(this, [this, line] { emit progress(line); }, Qt::QueuedConnection);
        });
        QMetaObject::invokeMethod(
            this,
            [this, ok, error, review = std::move(review)]() mutable {
                if (ok) {
                    m_review = std::move(review);
                    m_hasReview = true;
                }
                emit finished(ok, error);
            },
            Qt::QueuedConnection);
    });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_workspace.notifySnapshotsChanged();
    });
    m_thread->start(QThread::LowPriority);
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
    const qint64 created = QuarterlyReviewBuilder(m_workspace.database()).commitActions(actions, &m_error);
    if (created > 0)
        m_workspace.notifyFollowUpsChanged();
    return created;
}

bool ReviewSession::exportHtml(const QString &path, bool chinese)
{
    m_error.clear();
    return ReviewReport(m_review, chinese ? ReportLanguage::SimplifiedChinese : ReportLanguage::English).writeHtml(path, &m_error);
}

bool ReviewSession::exportPdf(const QString &path, bool chinese)
{
    m_error.clear();
    return ReviewReport(m_review, chinese ? ReportLanguage::SimplifiedChinese : ReportLanguage::English).writePdf(path, &m_error);
}

bool ReviewSession::exportCsv(const QString &directory, bool chinese)
{
    m_error.clear();
    return ReviewReport(m_review, chinese ? ReportLanguage::SimplifiedChinese : ReportLanguage::English)
        .writeCsvLists(directory, nullptr, &m_error);
}

} // namespace kehu
