#include "models/surveyentry.h"

#include "services/workspace.h"
#include "storage/activitywriter.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace kehu {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(KehuSurveyEntry)
};

} // namespace

QString SurveyEntry::validate(const SurveyDraft &draft, const QDate &today)
{
    if (draft.customerId <= 0)
        return Text::tr("Choose a customer first.");
    if (!draft.nps && !draft.csat)
        return Text::tr("Give an NPS score, a CSAT score or both.");
    if (draft.nps && (*draft.nps < 0 || *draft.nps > 10))
        return Text::tr("NPS is 0 to 10.");
    if (draft.csat && (*draft.csat < 1 || *draft.csat > 5))
        return Text::tr("CSAT is 1 to 5.");
    if (!draft.date.isValid())
        return Text::tr("Enter the date of the answer.");
    if (draft.date > today)
        return Text::tr("The survey date cannot be in the future.");
    return {};
}

qint64 SurveyEntry::save(const SurveyDraft &draft, QString *error)
{
    const QString problem = validate(draft);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return 0;
    }
    Database &database = m_workspace.database();
    Transaction transaction(database.connection());
    ActivityWriter writer(database);
    SurveyResponse survey;
    survey.customerId = draft.customerId;
    survey.date = draft.date;
    survey.nps = draft.nps;
    survey.csat = draft.csat;
    survey.comment = draft.comment.trimmed();
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
    m_workspace.notifyCustomerChanged(draft.customerId);
    return id;
}

} // namespace kehu
