#pragma once

#include "storage/segmentstatsrepository.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace kehu {

class ClassificationJob;
class DatabaseReadJob;
class Workspace;

/// RFM segments of the latest snapshot with counts, revenue share and an editable
/// recommended action, the ABC classes, and Re-classify (a worker thread with progress and
/// cancel: the window never freezes). The totals are read in a worker too (DatabaseReadJob),
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
    QTableWidget *segmentTable() const { return m_segments; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void saveAction(int row);
    QString readingText() const;
    void showTotals(const QDate &asOf, const QList<SegmentStatsRepository::GroupTotal> &segments,
                    const QList<SegmentStatsRepository::GroupTotal> &classes);

    Workspace &m_workspace;
    ClassificationJob *m_job;
    DatabaseReadJob *m_reader;
    QLabel *m_heading;
    QTableWidget *m_segments;
    QTableWidget *m_abc;
    QPushButton *m_reclassify;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_stage;
    bool m_loading = false;
    bool m_loaded = false;
};

} // namespace kehu
