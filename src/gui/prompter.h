#pragma once

#include <QString>

class QWidget;

namespace kehu {

/// The message boxes the windows show, behind an interface so that widget tests can answer
/// them without a modal loop (tests never call exec()).
class Prompter
{
public:
    enum class Choice { Open, Merge, CreateAnyway, Cancel };

    virtual ~Prompter() = default;
    virtual void warn(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void inform(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text) = 0;
    /// Asked when a new customer looks like an existing one.
    virtual Choice duplicateChoice(QWidget *parent, const QString &text) = 0;
};

/// The real thing: QMessageBox.
class MessageBoxPrompter : public Prompter
{
public:
    void warn(QWidget *parent, const QString &title, const QString &text) override;
    void inform(QWidget *parent, const QString &title, const QString &text) override;
    bool confirm(QWidget *parent, const QString &title, const QString &text) override;
    Choice duplicateChoice(QWidget *parent, const QString &text) override;
};

} // namespace kehu
