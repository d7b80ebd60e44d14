#pragma once

#include "activity.h"
#include "commands/rowchangecommand.h"

#include <QString>

namespace kehu {

/// Records a survey answer entered by hand (SurveyRecorder). Undo deletes the answer; a
/// later redo writes it back with the same id.
class RecordSurveyCommand : public RowChangeCommand
{
public:
    /// `id` and `error`, when given, receive the stored answer's id or why it could not be
    /// stored; they are only written during the first redo (inside QUndoStack::push).
    RecordSurveyCommand(Workspace &workspace, const SurveyResponse &survey, qint64 *id = nullptr,
                        QString *error = nullptr);

    qint64 surveyId() const { return m_survey.id; }

protected:
    bool apply() override;
    void notify() override;

private:
    SurveyResponse m_survey;
    qint64 *m_id;
    QString *m_error;
};

} // namespace kehu
