#pragma once

#include "activity.h"
#include "atriskrow.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace kehu {

class Workspace;

/// Churn watch: the at-risk customers of the current classification, and the churns a
/// manager records for them (why a customer left, later whether they were won back). Writes
/// here do not tell the Workspace: the undo commands that call them do.
class ChurnTracker
{
public:
    explicit ChurnTracker(Workspace &workspace) : m_workspace(workspace) {}

    /// At-risk customers of the current classification by value at risk, highest first, with
    /// their latest churn event; at most `limit`. Empty when the book has no classification.
    QList<AtRiskRow> atRisk(int limit) const;

    /// Records a churn (an open event); returns its id, or 0 with `error` set.
    qint64 flag(const ChurnEvent &event, QString *error = nullptr);
    /// Records the outcome of an open event. False when there is no such event.
    bool setOutcome(qint64 eventId, ChurnOutcome outcome, QDate on, QString *error = nullptr);
    /// A customer's events, newest first.
    QList<ChurnEvent> eventsOf(CustomerId customer) const;

private:
    Workspace &m_workspace;
};

} // namespace kehu
