#pragma once

#include "core/quarter.h"

#include <QString>
#include <QStringList>

namespace kehu {

/// The one place where stored keys (segments, ABC classes, churn flags, visit kinds, channels,
/// personality types, lifecycle, churn reasons and outcomes) become translated labels, and where
/// quarters and counts get their one display format. A key no table knows is shown as it is.
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
/// Sales channel of a customer or a purchase ("store", "wechat", ...); unknown text as it is.
QString channel(const QString &key);
/// The key for a channel typed or shown as its label ("WeChat", "微信"); other text trimmed.
QString channelKey(const QString &text);
/// A quarter as users read it: "2025 Q4" in English, "2025年第4季度" in Chinese.
QString quarter(const Quarter &q);
/// A snapshot's label: a quarter ("2025Q4") in the quarter format, other labels as they are.
QString snapshotLabel(const QString &label);
/// A count with the locale's group separators ("1,000,000").
QString count(qint64 value);
/// "cadence:<segment>", "visit", "review:new_churn_risk", ... or free text (shown as it is).
QString followUpReason(const QString &reason);

QStringList segmentKeys();
QStringList churnFlagKeys();
QStringList visitKindKeys();
QStringList personalityKeys();
QStringList lifecycleKeys();
QStringList churnReasonKeys();
QStringList channelKeys();

} // namespace Labels

} // namespace kehu
