#pragma once

#include "segmentstats.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace kehu {

class ClassificationJob;
class BackgroundTask;
class SegmentTotalsModel;
class Workspace;

/// RFM segments of the latest snapshot with counts, revenue share and an editable
/// recommended action, the ABC classes, and Re-classify (a worker thread with progress and
/// cancel: the window never freezes). The totals are read in a worker too (BackgroundTask),
/// with a busy bar meanwhile.
class SegmentsView : public QWidget
{
    Q_OBJECT

public:
    explicit SegmentsView(Workspace &workspace, QWidget *parent = nullptr);

    /// Reads the totals of the latest snapshot in the background; the tables fill when done.
    void reload();
    bool isLoading() const;
    /// Blocks until a running read has been shown (tests and screenshots only).
    void waitForLoad();
    void reclassify();
    ClassificationJob *job() const { return m_job; }
    QTableView *segmentTable() const { return m_segments; }
    /// The segment totals with their editable recommended actions.
    SegmentTotalsModel *segmentModel() const { return m_segmentModel; }
    SegmentTotalsModel *abcModel() const { return m_abcModel; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    QString readingText() const;
    void showTotals(const QDate &asOf, const QList<GroupTotal> &segments, const QList<GroupTotal> &classes);

    Workspace &m_workspace;
    ClassificationJob *m_job;
    BackgroundTask *m_reader;
    QLabel *m_heading;
    SegmentTotalsModel *m_segmentModel;
    SegmentTotalsModel *m_abcModel;
    QTableView *m_segments;
    QTableView *m_abc;
    QPushButton *m_reclassify;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_stage;
    bool m_loaded = false;
};

} // namespace kehu
