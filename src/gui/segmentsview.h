#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace kehu {

class ClassificationJob;
class Workspace;

/// RFM segments of the latest snapshot with counts, revenue share and an editable
/// recommended action, the ABC classes, and Re-classify (a worker thread with progress and
/// cancel: the window never freezes).
class SegmentsView : public QWidget
{
    Q_OBJECT

public:
    explicit SegmentsView(Workspace &workspace, QWidget *parent = nullptr);

    void reload();
    void reclassify();
    ClassificationJob *job() const { return m_job; }
    QTableWidget *segmentTable() const { return m_segments; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void saveAction(int row);

    Workspace &m_workspace;
    ClassificationJob *m_job;
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
