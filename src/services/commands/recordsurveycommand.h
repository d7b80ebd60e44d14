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
    /// `id`, when given, receives the stored answer's id; it is only written during the first
    /// redo (inside ServiceCommand::push, which also says why a write failed).
    RecordSurveyCommand(Workspace &workspace, const SurveyResponse &survey, qint64 *id = nullptr);

    qint64 surveyId() const { return m_survey.id; }

protected:
    bool apply(QString *error) override;
    void notify() override;
    CustomerId customer() const override { return m_survey.customerId; }

private:
    SurveyResponse m_survey;
    qint64 *m_id;
};

} // namespace kehu
