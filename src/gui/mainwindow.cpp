#include "gui/mainwindow.h"

#include "models/workspace.h"
#include "storage/database.h"
#include "storage/statsrepository.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace kehu {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Kehu"));
    resize(1100, 720);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *openAction = fileMenu->addAction(tr("&Open Database…"), this, &MainWindow::openDatabase);
    openAction->setShortcut(QKeySequence::Open);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quitAction->setShortcut(QKeySequence::Quit);

    m_databaseLabel = new QLabel(this);
    m_summaryLabel = new QLabel(this);
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_summaryLabel);

    auto *placeholder = new QLabel(tr("Open a Kehu database to begin."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    refreshStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace)
{
    m_workspace = std::move(workspace);
    refreshStatus();
}

void MainWindow::openDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), QString(),
                                                      tr("Kehu databases (*.kehu *.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    Database::OpenOptions options;
    options.createIfMissing = false;
    auto result = Database::open(path, options);
    if (!result.database) {
        QMessageBox::warning(this, tr("Cannot open database"), result.message);
        return;
    }
    setWorkspace(std::make_unique<Workspace>(std::move(result.database)));
}

void MainWindow::refreshStatus()
{
    if (!m_workspace) {
        m_databaseLabel->setText(tr("No database open"));
        m_summaryLabel->clear();
        return;
    }
    m_databaseLabel->setText(m_workspace->databasePath());
    const auto counts = StatsRepository(m_workspace->database()).tableCounts();
    m_summaryLabel->setText(tr("%n customer(s)", nullptr, int(counts.value(0).second)));
}

} // namespace kehu
