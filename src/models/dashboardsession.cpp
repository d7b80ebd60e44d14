#include "models/dashboardsession.h"

#include "models/workspace.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace kehu {

namespace {

QList<double> tail(const QJsonArray &array, qsizetype from)
{
    QList<double> values;
    for (qsizetype i = from; i < array.size(); ++i)
        values << array.at(i).toDouble();
    return values;
}

} // namespace

DashboardSession::DashboardSession(Workspace &workspace, QObject *parent)
    : QObject(parent), m_workspace(workspace),
      m_repository(std::make_unique<DashboardRepository>(workspace.database()))
{
    connect(&workspace, &Workspace::snapshotsChanged, this, [this] {
        m_repository->clearCache();
        reload();
    });
}

DashboardSession::~DashboardSession() = default;

void DashboardSession::setFilter(const DashboardFilter &filter)
{
    m_filter = filter;
    reload();
}

void DashboardSession::reload()
{
    m_error.clear();
    m_data = m_repository->load(m_filter, &m_error);
    emit changed();
}

DashboardSession::Counts DashboardSession::counts(int periods) const
{
    Counts c;
    const QJsonObject counts = m_data.snapshot.summary.value(QStringLiteral("counts")).toObject();
    c.quarterly = counts.value(QStringLiteral("period")).toString() == u"quarter";
    const QJsonArray starts = counts.value(QStringLiteral("period_start")).toArray();
    const qsizetype first = std::max<qsizetype>(0, starts.size() - periods);
    for (qsizetype i = first; i < starts.size(); ++i)
        c.periods << starts.at(i).toString().left(7);
    c.newCustomers = tail(counts.value(QStringLiteral("new")).toArray(), first);
    c.active = tail(counts.value(QStringLiteral("active")).toArray(), first);
    c.churned = tail(counts.value(QStringLiteral("churned")).toArray(), first);
    c.wonBack = tail(counts.value(QStringLiteral("won_back")).toArray(), first);
    c.repeatRate = tail(counts.value(QStringLiteral("repeat_rate")).toArray(), first);
    const QJsonObject forecast = m_data.snapshot.summary.value(QStringLiteral("forecast")).toObject();
    for (const QJsonValue &v : forecast.value(QStringLiteral("period_start")).toArray())
        c.forecastPeriods << v.toString().left(7);
    c.forecastActive = tail(forecast.value(QStringLiteral("expected_active")).toArray(), 0);
    return c;
}

qint64 DashboardSession::wonBackInRange() const
{
    const QJsonObject counts = m_data.snapshot.summary.value(QStringLiteral("counts")).toObject();
    const QJsonArray starts = counts.value(QStringLiteral("period_start")).toArray();
    const QJsonArray wonBack = counts.value(QStringLiteral("won_back")).toArray();
    qint64 sum = 0;
    for (qsizetype i = 0; i < starts.size() && i < wonBack.size(); ++i) {
        const QDate start = QDate::fromString(starts.at(i).toString(), Qt::ISODate);
        if (m_filter.from.isValid() && start < QDate(m_filter.from.year(), m_filter.from.month(), 1))
            continue;
        if (m_filter.to.isValid() && start > m_filter.to)
            continue;
        sum += wonBack.at(i).toInteger();
    }
    return sum;
}

QList<CustomerId> DashboardSession::customers(const DashboardElement &element) const
{
    return m_repository->customers(m_data.snapshot.id, m_filter, element);
}

QStringList DashboardSession::owners() const
{
    return m_repository->distinct(QStringLiteral("owner"));
}

QStringList DashboardSession::regions() const
{
    return m_repository->distinct(QStringLiteral("region"));
}

QStringList DashboardSession::channels() const
{
    return m_repository->distinct(QStringLiteral("channel"));
}

} // namespace kehu
