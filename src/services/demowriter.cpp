#include "demowriter.h"

#include "accessguard.h"
#include "workspace.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "activitywriter.h"
#include "churneventrepository.h"
#include "customerrepository.h"
#include "database.h"
#include "enumkeys.h"
#include "transaction.h"

namespace kehu {

DemoWriter::DemoWriter(Workspace &workspace) : m_workspace(workspace), m_database(workspace.database()) {}

namespace {

/// The demo's one audit record: an import of what it wrote.
AuditEntry demoEntry(const DemoWriter::Counts &written)
{
    const QJsonObject after{{QStringLiteral("customers"), double(written.customers)},
                            {QStringLiteral("purchases"), double(written.purchases)},
                            {QStringLiteral("visits"), double(written.visits)},
                            {QStringLiteral("surveys"), double(written.surveys)},
                            {QStringLiteral("churn_events"), double(written.churnEvents)}};
    AuditEntry entry{QStringLiteral("import"), QStringLiteral("demo")};
    entry.detail = QStringLiteral("demo business");
    entry.after = QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact));
    return entry;
}

} // namespace

bool DemoWriter::write(const DemoBusiness::Options &options, Counts *counts, QString *error,
                       const std::function<bool(qint64, qint64)> &progress)
{
    if (!m_workspace.access().require(Operation::ImportData, error))
        return false;
    Transaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        *error = QStringLiteral("cannot start a transaction");
        return false;
    }
    CustomerRepository customers(m_database);
    ActivityWriter activities(m_database);
    ChurnEventRepository churnEvents(m_database);
    Counts written;
    QString failure;
    bool cancelled = false;

    DemoBusiness(options).generate([&](const DemoCustomer &demo) {
        if (!failure.isEmpty() || cancelled)
            return;
        const CustomerId id = customers.insert(demo.customer, &failure);
        if (id == 0)
            return;
        ++written.customers;
        for (Purchase p : demo.purchases) {
            p.customerId = id;
            if (activities.addPurchase(p, ActivityWriter::importKey(QString(u"ref:" + p.sourceRef)))
                == ActivityWriter::Result::Failed) {
                failure = activities.errorText();
                return;
            }
            ++written.purchases;
        }
        for (Visit v : demo.visits) {
            v.customerId = id;
            if (activities.addVisit(v) == ActivityWriter::Result::Failed) {
                failure = activities.errorText();
                return;
            }
            ++written.visits;
        }
        for (SurveyResponse s : demo.surveys) {
            s.customerId = id;
            if (activities.addSurvey(s) == ActivityWriter::Result::Failed) {
                failure = activities.errorText();
                return;
            }
            ++written.surveys;
        }
        if (demo.churn) {
            ChurnEvent e = *demo.churn;
            e.customerId = id;
            if (churnEvents.add(e, &failure) == 0)
                return;
            ++written.churnEvents;
        }
        if (progress && written.customers % 1000 == 0 && !progress(written.customers, options.customers))
            cancelled = true;
    });

    if (cancelled) {
        *error = QStringLiteral("cancelled; nothing was written");
        return false;
    }
    if (!failure.isEmpty()) {
        *error = failure;
        return false;
    }
    if (!m_workspace.access().record(demoEntry(written), error))
        return false;
    if (!transaction.commit()) {
        *error = QStringLiteral("commit failed");
        return false;
    }
    if (counts)
        *counts = written;
    return true;
}

} // namespace kehu
