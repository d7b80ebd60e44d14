#include "surveyentry.h"

#include "commands/recordsurveycommand.h"
#include "notsaved.h"
#include "workspace.h"

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
    if (const QString problem = validate(draft); !problem.isEmpty())
        return notSaved<qint64>(error, problem);
    SurveyResponse survey = draft;
    survey.id = 0;
    survey.comment = draft.comment.trimmed();
    qint64 id = 0;
    QString failure;
    if (!ServiceCommand::push(m_workspace, new RecordSurveyCommand(m_workspace, survey, &id), &failure))
        return notSaved<qint64>(error, failure.isEmpty() ? Text::tr("The survey could not be saved.") : failure);
    return id;
}

} // namespace kehu
