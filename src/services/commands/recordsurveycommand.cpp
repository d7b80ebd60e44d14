#include "commands/recordsurveycommand.h"

#include "customerbook.h"
#include "rowsnapshot.h"
#include "surveyrecorder.h"
#include "workspace.h"

#include <QCoreApplication>

namespace kehu {

RecordSurveyCommand::RecordSurveyCommand(Workspace &workspace, const SurveyResponse &survey, qint64 *id, QString *error)
    : RowChangeCommand(workspace), m_survey(survey), m_id(id), m_error(error)
{
    const auto customer = workspace.customers().get(survey.customerId);
    setText(QCoreApplication::translate("kehu::RecordSurveyCommand", "Survey answer of %1")
                .arg(customer ? customer->name : QString()));
}

bool RecordSurveyCommand::apply()
{
    QString error;
    m_survey.id = m_workspace.surveys().record(m_survey, &error);
    if (m_survey.id <= 0) {
        m_survey.id = 0;
        if (m_error)
            *m_error = error;
        return false;
    }
    if (m_id)
        *m_id = m_survey.id;
    m_id = nullptr; // the caller's variables are gone after push()
    m_error = nullptr;
    before().markAbsent(QStringLiteral("surveys"), {m_survey.id});
    after().capture(m_workspace.database(), QStringLiteral("surveys"), {m_survey.id});
    return true;
}

void RecordSurveyCommand::notify()
{
    m_workspace.notifyCustomerChanged(m_survey.customerId, Workspace::ChangeOrigin::UndoCommand);
}

} // namespace kehu
