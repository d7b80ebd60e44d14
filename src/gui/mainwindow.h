#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;

namespace kehu {

class Workspace;

/// The main window: menus, navigation and the status bar over one open Workspace.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows `workspace` (the window takes ownership). Null shows the empty start page.
    void setWorkspace(std::unique_ptr<Workspace> workspace);
    Workspace *workspace() const { return m_workspace.get(); }

private:
    void openDatabase();
    void refreshStatus();

    std::unique_ptr<Workspace> m_workspace;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_summaryLabel = nullptr;
};

} // namespace kehu
