#pragma once

#include <QString>
#include <QStringList>

namespace kehu {

/// The one place where stored keys (segments, ABC classes, churn flags, visit kinds,
/// personality types, churn reasons and outcomes) become translated labels.
namespace Labels {

QString segment(const QString &key);
/// Short recommended action for a segment, the default before a manager edits it.
QString segmentAction(const QString &key);
QString abcClass(const QString &key);
QString churnFlag(const QString &key);
/// The churn rule key a snapshot row stores ("p_alive_low", "gap_beyond_typical", ...).
QString churnRule(const QString &key);
QString visitKind(const QString &key);
QString personality(const QString &key);
QString lifecycle(const QString &key);
QString churnReason(const QString &key);
QString churnOutcome(const QString &key);
/// "cadence:<segment>", "visit", "review:new_churn_risk", ... or free text (shown as it is).
QString followUpReason(const QString &reason);

QStringList segmentKeys();
QStringList churnFlagKeys();
QStringList visitKindKeys();
QStringList personalityKeys();
QStringList lifecycleKeys();
QStringList churnReasonKeys();

} // namespace Labels

} // namespace kehu
