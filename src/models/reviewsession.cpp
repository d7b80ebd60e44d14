#include "models/reviewsession.h"

#include "services/workspace.h"
#include "report/reviewreport.h"
#include "storage/database.h"
#include "services/quarterlyreviewbuilder.h"
#include "storage/snapshotrepository.h"

#include <QHash>
#include <QSet>
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
    const QStringList &keys = abc ? m_review.abcKeys : m_review.segmentKeys;
    const int absent = int(keys.size());
    const auto indexOf = [&](const QString &key) {
        if (key.isEmpty())
            return absent;
        const int i = int(keys.indexOf(key));
        if (i >= 0)
            return i;
        const int others = int(keys.indexOf(QStringLiteral("others")));
        return others >= 0 ? others : absent;
    };
    SnapshotRepository snapshots(m_workspace.database());
    QHash<CustomerId, int> before;
    if (m_review.previous)
        snapshots.forEachRow(m_review.previous->id, [&](const SnapshotRow &row) {
            before.insert(row.customerId, indexOf(abc ? row.abcClass : row.segment));
            return true;
        });
    QSet<CustomerId> seen;
    snapshots.forEachRow(m_review.current.id, [&](const SnapshotRow &row) {
        seen.insert(row.customerId);
        const int f = before.value(row.customerId, absent);
        if (f == from && indexOf(abc ? row.abcClass : row.segment) == to)
            ids << row.customerId;
        return true;
    });
    if (to == absent)
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            if (!seen.contains(it.key()) && it.value() == from)
                ids << it.key();
    return ids;
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
