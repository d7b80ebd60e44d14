#include "surveyrecorder.h"

#include "accessguard.h"
#include "activitywriter.h"
#include "auditedwrite.h"
#include "database.h"
#include "workspace.h"

#include <QCoreApplication>

namespace kehu {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(KehuSurveyEntry)
};

} // namespace

qint64 SurveyRecorder::record(const SurveyResponse &survey, QString *error)
{
    if (!m_workspace.access().requireCustomer(Operation::RecordSurvey, survey.customerId, error))
        return 0;
    Database &database = m_workspace.database();
    AuditedWrite write(m_workspace,
                       {QStringLiteral("record_survey"), QStringLiteral("survey"), std::nullopt, survey.customerId});
    if (!write.begun(error))
        return 0;
    ActivityWriter writer(database);
    if (writer.addSurvey(survey) != ActivityWriter::Result::Inserted) {
        if (error)
            *error = writer.errorText().isEmpty() ? Text::tr("The survey could not be saved.") : writer.errorText();
        return 0;
    }
    const qint64 id = writer.lastInsertId();
    write.entry().entityId = id;
    write.watchNew(QStringLiteral("surveys"), {id});
    if (!write.commit(error)) {
        if (error)
            *error = Text::tr("The survey could not be saved.");
        return 0;
    }
    return id;
}

} // namespace kehu
