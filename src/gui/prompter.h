#pragma once

#include <QString>

class QWidget;

namespace kehu {

/// The message boxes the windows show, behind an interface so that widget tests can answer
/// them without a modal loop (tests never call exec()).
class Prompter
{
public:
    virtual ~Prompter() = default;
    virtual void warn(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void inform(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text) = 0;
};

/// The real thing: QMessageBox.
class MessageBoxPrompter : public Prompter
{
public:
    void warn(QWidget *parent, const QString &title, const QString &text) override;
    void inform(QWidget *parent, const QString &title, const QString &text) override;
    bool confirm(QWidget *parent, const QString &title, const QString &text) override;
};

} // namespace kehu
