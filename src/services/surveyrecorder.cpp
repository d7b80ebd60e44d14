#include "surveyrecorder.h"

#include "activitywriter.h"
#include "database.h"
#include "transaction.h"
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
    Database &database = m_workspace.database();
    Transaction transaction(database.connection());
    ActivityWriter writer(database);
    if (writer.addSurvey(survey) != ActivityWriter::Result::Inserted) {
        if (error)
            *error = writer.errorText().isEmpty() ? Text::tr("The survey could not be saved.") : writer.errorText();
        return 0;
    }
    const qint64 id = writer.lastInsertId();
    if (!transaction.commit()) {
        if (error)
            *error = Text::tr("The survey could not be saved.");
        return 0;
    }
    return id;
}

} // namespace kehu
