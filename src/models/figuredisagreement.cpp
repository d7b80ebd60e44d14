#include "figuredisagreement.h"

#include <QCoreApplication>
#include <QJsonObject>

#include "enumkeys.h"
#include "labels.h"

namespace kehu {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(FigureDisagreement)
};

bool isLapsedSegment(const QString &key)
{
    return key == u"lost" || key == u"hibernating";
}

} // namespace

FigureDisagreement FigureDisagreement::find(const SnapshotRow &row, analytics::PurchaseModel model,
                                            double aliveThreshold)
{
    FigureDisagreement d;
    if (!row.pAlive)
        return d;
    const bool likelyAlive = *row.pAlive >= aliveThreshold;
    const QString modelName = purchaseModelName(model);
    const bool flagged = row.churnFlag == u"at_risk" || row.churnFlag == u"churned";
    if (likelyAlive && flagged) {
        d.kind = Kind::AliveButFlagged;
        const QString rule = Labels::churnRule(row.churnReason);
        d.explanation =
            row.churnReason == u"gap_beyond_typical"
                ? Text::tr(
                      "P(alive) comes from the purchase-rate model (%1), which looks at how often this customer "
                      "bought; the flag “%2” comes from the churn rule “%3”, which compares the days since the last "
                      "purchase with this customer's usual gap between purchases.")
                      .arg(modelName, Labels::churnFlag(row.churnFlag), rule)
                : Text::tr(
                      "P(alive) comes from the purchase-rate model (%1), which looks at how often this customer "
                      "bought; the flag “%2” comes from the churn rule “%3”, which looks at the days since the last "
                      "purchase.")
                      .arg(modelName, Labels::churnFlag(row.churnFlag), rule);
    } else if (likelyAlive && isLapsedSegment(row.segment)) {
        d.kind = Kind::AliveButLapsedSegment;
        d.explanation = Text::tr("P(alive) comes from the purchase-rate model (%1), which looks at how often this "
                                 "customer bought; the segment “%2” comes from the RFM scores, which rank the days "
                                 "since the last purchase against all other customers.")
                            .arg(modelName, Labels::segment(row.segment));
    } else if (!likelyAlive && row.segment == u"champions") {
        d.kind = Kind::UnlikelyAliveButChampion;
        d.explanation = Text::tr("P(alive) comes from the purchase-rate model (%1): for a customer who bought this "
                                 "often, the time since the last purchase is long; the segment “%2” comes from the "
                                 "RFM scores, which still rank this customer among the best of all customers.")
                            .arg(modelName, Labels::segment(row.segment));
    }
    // BG/NBD's P(alive) is exactly 1 only for a customer without a repeat purchase.
    if (d.kind != Kind::None && model == analytics::PurchaseModel::BgNbd && *row.pAlive >= 1.0)
        d.explanation += QStringLiteral(" ")
                         + Text::tr("BG/NBD counts a customer without a repeat purchase as certainly alive; the "
                                    "MBG/NBD model (Settings) does not.");
    return d;
}

std::optional<analytics::PurchaseModel> snapshotPurchaseModel(const SnapshotInfo &info)
{
    if (!info.summary.models.predictiveClv)
        return std::nullopt;
    return info.summary.models.purchaseModel;
}

} // namespace kehu
