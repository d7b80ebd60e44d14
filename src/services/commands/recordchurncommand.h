#pragma once

#include "activity.h"
#include "commands/rowchangecommand.h"

#include <QDate>
#include <QString>

namespace kehu {

/// Records why a customer is leaving (ChurnTracker::flag: a new open churn event). Undo
/// deletes the event; a later redo writes it back with the same id.
class RecordChurnReasonCommand : public RowChangeCommand
{
public:
    RecordChurnReasonCommand(Workspace &workspace, const ChurnEvent &event, const QString &customerName);

    qint64 eventId() const { return m_event.id; }

protected:
    bool apply(QString *error) override;
    void notify() override;
    CustomerId customer() const override { return m_event.customerId; }

private:
    ChurnEvent m_event;
};

/// Records the outcome of an open churn event (won back or lost; ChurnTracker::setOutcome).
/// Undo makes the event open again as it was; a later redo closes it again.
class RecordChurnOutcomeCommand : public RowChangeCommand
{
public:
    RecordChurnOutcomeCommand(Workspace &workspace, CustomerId customer, qint64 eventId, ChurnOutcome outcome, QDate on,
                              const QString &customerName);

protected:
    bool apply(QString *error) override;
    void notify() override;
    CustomerId customer() const override { return m_customer; }

private:
    CustomerId m_customer;
    qint64 m_eventId;
    ChurnOutcome m_outcome;
    QDate m_on;
};

} // namespace kehu
