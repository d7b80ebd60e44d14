#pragma once

#include "activity.h"

#include <QString>

namespace kehu {

class Workspace;

/// Records a survey answer entered by hand (NPS 0..10 and/or CSAT 1..5). Does not tell the
/// Workspace: the undo command that calls it does (RecordSurveyCommand).
class SurveyRecorder
{
public:
    explicit SurveyRecorder(Workspace &workspace) : m_workspace(workspace) {}

    /// Writes `survey` (validated by the caller; its id is ignored) in one transaction.
    /// Returns the id of the stored answer, or 0 with `error` set.
    qint64 record(const SurveyResponse &survey, QString *error = nullptr);

private:
    Workspace &m_workspace;
};

} // namespace kehu
