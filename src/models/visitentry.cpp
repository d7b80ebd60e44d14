#include "visitentry.h"

#include "commands/recordvisitcommand.h"
#include "notsaved.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>

namespace kehu {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(KehuVisitEntry)
};

} // namespace

QString VisitEntry::validate(const VisitDraft &draft)
{
    if (draft.customerId <= 0 && draft.newName.trimmed().isEmpty())
        return Text::tr("Choose a customer or type a name for a new one.");
    if (draft.satisfaction && (*draft.satisfaction < 1 || *draft.satisfaction > 5))
        return Text::tr("Satisfaction is 1 to 5.");
    if (draft.nps && (*draft.nps < 0 || *draft.nps > 10))
        return Text::tr("NPS is 0 to 10.");
    if (draft.amount && *draft.amount < 0)
        return Text::tr("The amount cannot be negative.");
    if (draft.nextFollowUp && !draft.nextFollowUp->isValid())
        return Text::tr("The next follow-up needs a date.");
    return {};
}

CustomerId VisitEntry::save(const VisitDraft &draft, QString *error)
{
    if (const QString problem = validate(draft); !problem.isEmpty())
        return notSaved<CustomerId>(error, problem);
    RecordedVisit recorded;
    QString failure;
    if (!ServiceCommand::push(m_workspace, new RecordVisitCommand(m_workspace, draft, &recorded), &failure))
        return notSaved<CustomerId>(error, failure.isEmpty() ? Text::tr("The visit could not be saved.") : failure);
    return recorded.customerId;
}

} // namespace kehu
