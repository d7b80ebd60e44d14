#include "snapshotsummary.h"

#include "classification.h"
#include "daynumber.h"
#include "enumkeys.h"
#include "rfmsegments.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kehu {

namespace {

// The stored keys. A key is never renamed once released: old snapshots keep it.
const QString kCustomers = QStringLiteral("customers");
const QString kCustomersWithPurchases = QStringLiteral("customers_with_purchases");
const QString kRevenue = QStringLiteral("revenue");
const QString kSegments = QStringLiteral("segments");
const QString kKey = QStringLiteral("key");
const QString kOrders = QStringLiteral("orders");
const QString kModels = QStringLiteral("models");
const QString kClvKind = QStringLiteral("clv_kind");
const QString kPredictive = QStringLiteral("predictive");
const QString kHistorical = QStringLiteral("historical");
const QString kTimeUnitDays = QStringLiteral("time_unit_days");
// The purchase model's fit goes under its own key ("bgnbd" or "mbgnbd", "<key>_error" when it
// failed), and purchase_model names it; summaries without purchase_model are BG/NBD.
const QString kPurchaseModel = QStringLiteral("purchase_model");
const QString kErrorSuffix = QStringLiteral("_error");
const QString kR = QStringLiteral("r");
const QString kAlpha = QStringLiteral("alpha");
const QString kA = QStringLiteral("a");
const QString kB = QStringLiteral("b");
const QString kLogLikelihood = QStringLiteral("log_likelihood");
const QString kGammaGamma = QStringLiteral("gamma_gamma");
const QString kP = QStringLiteral("p");
const QString kQ = QStringLiteral("q");
const QString kGamma = QStringLiteral("gamma");
const QString kCounts = QStringLiteral("counts");
const QString kPeriod = QStringLiteral("period");
const QString kMonth = QStringLiteral("month");
const QString kQuarter = QStringLiteral("quarter");
const QString kPeriodStart = QStringLiteral("period_start");
const QString kAcquiredToDate = QStringLiteral("acquired_to_date");
const QString kNew = QStringLiteral("new");
const QString kActive = QStringLiteral("active");
const QString kReturning = QStringLiteral("returning");
const QString kChurned = QStringLiteral("churned");
const QString kWonBack = QStringLiteral("won_back");
const QString kRepeatRate = QStringLiteral("repeat_rate");
const QString kForecast = QStringLiteral("forecast");
const QString kExpectedPurchases = QStringLiteral("expected_purchases");
const QString kExpectedActive = QStringLiteral("expected_active");

template<typename T>
QJsonArray toArray(const QList<T> &values)
{
    QJsonArray array;
    for (const T &v : values)
        array.append(v);
    return array;
}

QJsonArray toArray(const QList<QDate> &days)
{
    QJsonArray array;
    for (const QDate &day : days)
        array.append(isoDate(day));
    return array;
}

QList<qint64> integers(const QJsonValue &value)
{
    QList<qint64> list;
    for (const QJsonValue v : value.toArray())
        list << v.toInteger();
    return list;
}

QList<double> doubles(const QJsonValue &value)
{
    QList<double> list;
    for (const QJsonValue v : value.toArray())
        list << v.toDouble();
    return list;
}

QList<QDate> dates(const QJsonValue &value)
{
    QList<QDate> list;
    for (const QJsonValue v : value.toArray())
        list << QDate::fromString(v.toString(), Qt::ISODate);
    return list;
}

template<typename T>
QList<qint64> integers(const std::vector<T> &values)
{
    return QList<qint64>(values.begin(), values.end());
}

QList<QDate> dates(const std::vector<int32_t> &days)
{
    QList<QDate> list;
    list.reserve(qsizetype(days.size()));
    for (const int32_t day : days)
        list << fromDayNumber(day);
    return list;
}

SnapshotSummary::Models modelsFromJson(const QJsonObject &json)
{
    SnapshotSummary::Models m;
    m.predictiveClv = json.value(kClvKind).toString() == kPredictive;
    m.timeUnitDays = json.value(kTimeUnitDays).toDouble(m.timeUnitDays);
    m.purchaseModel = purchaseModelFromKey(json.value(kPurchaseModel).toString()).value_or(m.purchaseModel);
    const QString fitKey = toKey(m.purchaseModel);
    if (json.value(fitKey).isObject()) {
        const QJsonObject fit = json.value(fitKey).toObject();
        m.purchaseFit = SnapshotSummary::PurchaseFit{
            fit.value(kR).toDouble(), fit.value(kAlpha).toDouble(),         fit.value(kA).toDouble(),
            fit.value(kB).toDouble(), fit.value(kLogLikelihood).toDouble(), fit.value(kCustomers).toInteger()};
    }
    m.purchaseFitError = json.value(QString(fitKey + kErrorSuffix)).toString();
    if (json.value(kGammaGamma).isObject()) {
        const QJsonObject fit = json.value(kGammaGamma).toObject();
        m.gammaGamma = SnapshotSummary::SpendFit{fit.value(kP).toDouble(), fit.value(kQ).toDouble(),
                                                 fit.value(kGamma).toDouble(), fit.value(kLogLikelihood).toDouble()};
    }
    m.gammaGammaError = json.value(QString(kGammaGamma + kErrorSuffix)).toString();
    return m;
}

QJsonObject modelsToJson(const SnapshotSummary::Models &m)
{
    QJsonObject json;
    json.insert(kClvKind, m.predictiveClv ? kPredictive : kHistorical);
    json.insert(kTimeUnitDays, m.timeUnitDays);
    const QString fitKey = toKey(m.purchaseModel);
    json.insert(kPurchaseModel, fitKey);
    if (m.purchaseFit) {
        const auto &f = *m.purchaseFit;
        json.insert(fitKey, QJsonObject{{kR, f.r},
                                        {kAlpha, f.alpha},
                                        {kA, f.a},
                                        {kB, f.b},
                                        {kLogLikelihood, f.logLikelihood},
                                        {kCustomers, f.customers}});
    } else {
        json.insert(QString(fitKey + kErrorSuffix), m.purchaseFitError);
    }
    if (m.gammaGamma) {
        const auto &f = *m.gammaGamma;
        json.insert(kGammaGamma,
                    QJsonObject{{kP, f.p}, {kQ, f.q}, {kGamma, f.gamma}, {kLogLikelihood, f.logLikelihood}});
    } else if (m.purchaseFit) {
        json.insert(QString(kGammaGamma + kErrorSuffix), m.gammaGammaError);
    }
    return json;
}

} // namespace

SnapshotSummary SnapshotSummary::of(const ClassificationResult &r, const ClassificationPolicy &policy)
{
    SnapshotSummary summary;
    const auto &s = r.summary;
    for (std::size_t c = 0; c < s.size(); ++c) {
        summary.customersWithPurchases += s.hasPurchase(c) ? 1 : 0;
        summary.revenue += s.revenue[c];
    }
    summary.customers = qint64(s.size());

    const analytics::SegmentTotals totals = analytics::segmentTotals(r.segment, policy.segments.size(), s.orders,
                                                                     s.revenue);
    for (std::size_t i = 0; i < totals.customers.size(); ++i) {
        const QString key = i < policy.segments.size() ? QString::fromStdString(policy.segments[i].key)
                                                       : QString::fromLatin1(analytics::kOthersKey);
        summary.segments.append(
            SegmentTotal{key, qint64(totals.customers[i]), qint64(totals.orders[i]), totals.revenue[i]});
    }

    Models &m = summary.models;
    m.predictiveClv = r.clvKind == ClvKind::Predictive;
    m.timeUnitDays = policy.modelDaysPerUnit;
    m.purchaseModel = policy.purchaseModel;
    if (r.bgnbd.ok()) {
        const auto &p = r.bgnbd.params;
        m.purchaseFit = PurchaseFit{p.r, p.alpha, p.a, p.b, r.bgnbd.logLikelihood, qint64(r.bgnbd.customers)};
    } else {
        m.purchaseFitError = QString::fromStdString(r.bgnbd.message);
    }
    if (r.gammaGamma.ok()) {
        const auto &p = r.gammaGamma.params;
        m.gammaGamma = SpendFit{p.p, p.q, p.gamma, r.gammaGamma.logLikelihood};
    } else if (r.bgnbd.ok()) {
        m.gammaGammaError = QString::fromStdString(r.gammaGamma.message);
    }

    const auto &k = r.counts;
    Counts &c = summary.counts;
    c.period = policy.countsPeriod;
    c.periodStart = dates(k.periodStartDay);
    c.acquiredToDate = integers(k.acquiredToDate);
    c.newCustomers = integers(k.newCustomers);
    c.active = integers(k.active);
    c.returning = integers(k.returning);
    c.churned = integers(k.churned);
    c.wonBack = integers(k.wonBack);
    c.repeatRate = QList<double>(k.repeatRate.begin(), k.repeatRate.end());

    const auto &f = r.forecast;
    summary.forecast.periodStart = dates(f.periodStartDay);
    summary.forecast.expectedPurchases = QList<double>(f.expectedPurchases.begin(), f.expectedPurchases.end());
    summary.forecast.expectedActive = QList<double>(f.expectedActive.begin(), f.expectedActive.end());
    return summary;
}

SnapshotSummary SnapshotSummary::fromJson(const QByteArray &text)
{
    SnapshotSummary s;
    const QJsonObject json = QJsonDocument::fromJson(text).object();
    s.customers = json.value(kCustomers).toInteger();
    s.customersWithPurchases = json.value(kCustomersWithPurchases).toInteger();
    s.revenue = json.value(kRevenue).toInteger();
    for (const QJsonValue v : json.value(kSegments).toArray()) {
        const QJsonObject segment = v.toObject();
        s.segments.append(SegmentTotal{segment.value(kKey).toString(), segment.value(kCustomers).toInteger(),
                                       segment.value(kOrders).toInteger(), segment.value(kRevenue).toInteger()});
    }
    s.models = modelsFromJson(json.value(kModels).toObject());

    const QJsonObject counts = json.value(kCounts).toObject();
    s.counts.period = counts.value(kPeriod).toString() == kQuarter ? analytics::CalendarPeriod::Quarter
                                                                   : analytics::CalendarPeriod::Month;
    s.counts.periodStart = dates(counts.value(kPeriodStart));
    s.counts.acquiredToDate = integers(counts.value(kAcquiredToDate));
    s.counts.newCustomers = integers(counts.value(kNew));
    s.counts.active = integers(counts.value(kActive));
    s.counts.returning = integers(counts.value(kReturning));
    s.counts.churned = integers(counts.value(kChurned));
    s.counts.wonBack = integers(counts.value(kWonBack));
    s.counts.repeatRate = doubles(counts.value(kRepeatRate));

    const QJsonObject forecast = json.value(kForecast).toObject();
    s.forecast.periodStart = dates(forecast.value(kPeriodStart));
    s.forecast.expectedPurchases = doubles(forecast.value(kExpectedPurchases));
    s.forecast.expectedActive = doubles(forecast.value(kExpectedActive));
    return s;
}

QByteArray SnapshotSummary::toJson() const
{
    QJsonObject json;
    json.insert(kCustomers, customers);
    json.insert(kCustomersWithPurchases, customersWithPurchases);
    json.insert(kRevenue, qint64(revenue));
    QJsonArray segmentArray;
    for (const SegmentTotal &t : segments)
        segmentArray.append(
            QJsonObject{{kKey, t.key}, {kCustomers, t.customers}, {kOrders, t.orders}, {kRevenue, qint64(t.revenue)}});
    json.insert(kSegments, segmentArray);
    json.insert(kModels, modelsToJson(models));
    json.insert(kCounts, QJsonObject{{kPeriod, counts.period == analytics::CalendarPeriod::Quarter ? kQuarter : kMonth},
                                     {kPeriodStart, toArray(counts.periodStart)},
                                     {kAcquiredToDate, toArray(counts.acquiredToDate)},
                                     {kNew, toArray(counts.newCustomers)},
                                     {kActive, toArray(counts.active)},
                                     {kReturning, toArray(counts.returning)},
                                     {kChurned, toArray(counts.churned)},
                                     {kWonBack, toArray(counts.wonBack)},
                                     {kRepeatRate, toArray(counts.repeatRate)}});
    if (!forecast.periodStart.isEmpty()) {
        json.insert(kForecast, QJsonObject{{kPeriodStart, toArray(forecast.periodStart)},
                                           {kExpectedPurchases, toArray(forecast.expectedPurchases)},
                                           {kExpectedActive, toArray(forecast.expectedActive)}});
    }
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

} // namespace kehu
