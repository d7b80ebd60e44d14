#pragma once

#include "activityspan.h"
#include "quarterlyreview.h"

#include <QObject>
#include <QString>

namespace kehu {

class BackgroundTask;
class Workspace;

/// The quarterly customer inventory (客户盘点) for the review page: builds the review of a
/// quarter as background work of the Workspace (QuarterlyReviewBuilder: takes or reuses
/// the quarter-end snapshots and freezes them), lists the customers behind a migration
/// cell, commits the action list as follow-ups and exports the report (ReviewReport).
class ReviewSession : public QObject
{
    Q_OBJECT

public:
    /// A quarter the book's data has; partial when the data ends before its last day.
    struct QuarterChoice
    {
        Quarter quarter;
        bool partial = false;
    };

    explicit ReviewSession(Workspace &workspace, QObject *parent = nullptr);
    ~ReviewSession() override;

    /// The first and last day of the book's purchases, visits and surveys (read now).
    ActivitySpan activitySpan() const;
    /// The quarters from the data's first to its last day, newest first (none without data).
    QList<QuarterChoice> quarters() const;

    /// Starts building; finished() arrives on this thread. @p reviewDay invalid = today.
    void build(const Quarter &quarter, QDate reviewDay = {});
    bool isRunning() const;
    bool hasReview() const { return m_hasReview; }
    const QuarterlyReview &review() const { return m_review; }

    /// Customers moving from label @p from to label @p to (indexes into segmentKeys or
    /// abcKeys; the index equal to the key count means "not in that snapshot").
    QList<CustomerId> cellCustomers(bool abc, int from, int to) const;
    /// Writes @p actions (the selected ones) as follow-ups (undoable: CreateFollowUpsCommand);
    /// how many, or -1 with lastError().
    qint64 commitActions(const QList<QuarterlyReview::ProposedAction> &actions);

    bool exportHtml(const QString &path, bool chinese);
    bool exportPdf(const QString &path, bool chinese);
    bool exportCsv(const QString &directory, bool chinese);
    QString lastError() const { return m_error; }

signals:
    void progress(const QString &line);
    void finished(bool ok, const QString &error);

private:
    Workspace &m_workspace;
    BackgroundTask *m_task;
    QuarterlyReview m_review;
    bool m_hasReview = false;
    QString m_error;
};

} // namespace kehu
