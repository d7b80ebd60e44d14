#pragma once

#include "activity.h"

#include <QDate>
#include <QString>

namespace kehu {

class Workspace;

/// What the survey dialog holds: an NPS score (0..10) with its reason and/or a CSAT score
/// (1..5), answered on `date` by `customerId`; the answer before it is stored (`id` is not read).
using SurveyDraft = SurveyResponse;

/// Saves a survey answer entered by hand: validates it and records it (SurveyRecorder) as one
/// undoable step (RecordSurveyCommand on the Workspace's stack), which tells the workspace
/// that the customer changed (the detail pane reloads its timeline and KPI cards).
class SurveyEntry
{
public:
    explicit SurveyEntry(Workspace &workspace) : m_workspace(workspace) {}

    /// Empty when the draft can be saved, else a translated reason. `today` bounds the date.
    static QString validate(const SurveyDraft &draft, const QDate &today = QDate::currentDate());

    /// Returns the id of the stored answer, or 0 with `error` set.
    qint64 save(const SurveyDraft &draft, QString *error);

private:
    Workspace &m_workspace;
};

} // namespace kehu
