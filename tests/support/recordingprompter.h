#pragma once

#include "prompter.h"

#include <QStringList>

namespace kehu::test {

/// Answers the windows' message boxes without a modal loop: keeps the warnings and notes it
/// was shown, and confirms (or not, as `confirmAnswer` says).
class RecordingPrompter : public Prompter
{
public:
    void warn(QWidget *, const QString &, const QString &text) override { warnings << text; }
    void inform(QWidget *, const QString &, const QString &text) override { notes << text; }
    bool confirm(QWidget *, const QString &, const QString &) override { return confirmAnswer; }

    QStringList warnings;
    QStringList notes;
    bool confirmAnswer = true;
};

} // namespace kehu::test
