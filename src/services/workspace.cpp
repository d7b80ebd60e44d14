#include "services/workspace.h"

#include "services/churntracker.h"
#include "services/customerbook.h"
#include "services/customermerger.h"
#include "services/surveyrecorder.h"
#include "services/visitrecorder.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"

#include <QUndoStack>

namespace kehu {

Workspace::Workspace(std::unique_ptr<Database> database, QObject *parent)
    : QObject(parent), m_database(std::move(database)), m_undoStack(new QUndoStack(this))
{
}

Workspace::~Workspace() = default;

CustomerBook &Workspace::customers()
{
    if (!m_customers)
        m_customers = std::make_unique<CustomerBook>(*this);
    return *m_customers;
}

VisitRecorder &Workspace::visits()
{
    if (!m_visits)
        m_visits = std::make_unique<VisitRecorder>(*this);
    return *m_visits;
}

SurveyRecorder &Workspace::surveys()
{
    if (!m_surveys)
        m_surveys = std::make_unique<SurveyRecorder>(*this);
    return *m_surveys;
}

ChurnTracker &Workspace::churn()
{
    if (!m_churn)
        m_churn = std::make_unique<ChurnTracker>(*this);
    return *m_churn;
}

CustomerMerger &Workspace::merger()
{
    if (!m_merger)
        m_merger = std::make_unique<CustomerMerger>(*m_database);
    return *m_merger;
}

QString Workspace::currency() const
{
    return SettingsRepository(*m_database).value(QString(SettingsRepository::kCurrencyKey)).value_or(QStringLiteral("CNY"));
}

void Workspace::endUndoHistory(ChangeOrigin origin)
{
    if (origin == ChangeOrigin::Write)
        m_undoStack->clear();
}

void Workspace::notifyCustomerChanged(CustomerId id, ChangeOrigin origin)
{
    endUndoHistory(origin);
    emit customerChanged(id);
}

void Workspace::notifyBookChanged(ChangeOrigin origin)
{
    endUndoHistory(origin);
    emit bookChanged();
}

void Workspace::notifySnapshotsChanged(ChangeOrigin origin)
{
    endUndoHistory(origin);
    emit snapshotsChanged();
}

void Workspace::notifyTargetsChanged(ChangeOrigin origin)
{
    endUndoHistory(origin);
    emit targetsChanged();
}

void Workspace::notifyFollowUpsChanged(ChangeOrigin origin)
{
    endUndoHistory(origin);
    emit followUpsChanged();
}

QString Workspace::databasePath() const
{
    return m_database->path();
}

} // namespace kehu
