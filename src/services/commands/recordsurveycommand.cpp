#include "commands/recordsurveycommand.h"

#include "customerbook.h"
#include "rowsnapshot.h"
#include "surveyrecorder.h"
#include "workspace.h"

#include <QCoreApplication>

namespace kehu {

RecordSurveyCommand::RecordSurveyCommand(Workspace &workspace, const SurveyResponse &survey, qint64 *id)
    : RowChangeCommand(workspace, Operation::RecordSurvey, QStringLiteral("record_survey")), m_survey(survey), m_id(id)
{
    const auto customer = workspace.customers().get(survey.customerId);
    setText(QCoreApplication::translate("kehu::RecordSurveyCommand", "Survey answer of %1")
                .arg(customer ? customer->name : QString()));
}

bool RecordSurveyCommand::apply(QString *error)
{
    m_survey.id = m_workspace.surveys().record(m_survey, error);
    if (m_survey.id <= 0) {
        m_survey.id = 0;
        return false;
    }
    if (m_id)
        *m_id = m_survey.id;
    m_id = nullptr; // the caller's variable is gone after push()
    before().markAbsent(QStringLiteral("surveys"), {m_survey.id});
    after().capture(m_workspace.database(), QStringLiteral("surveys"), {m_survey.id});
    return true;
}

void RecordSurveyCommand::notify()
{
    m_workspace.notifyCustomerChanged(m_survey.customerId, Workspace::ChangeOrigin::UndoCommand);
}

} // namespace kehu
