#pragma once

#include "quarter.h"

#include <QString>
#include <QStringList>

namespace kehu {

/// The one place where stored keys (segments, ABC classes, behaviour classes, value tiers,
/// churn flags and rules, visit kinds, channels, personality types, lifecycle, churn reasons
/// and outcomes, follow-up reasons) become labels, in both languages, and where quarters and
/// counts get their one display format. A key no table knows is shown as it is.
///
/// The app asks for labels in the language of the installed translator (the functions without
/// a Language): they are translated in the context "KehuLabels" of the app's .ts files. A
/// report asks for a language by name (it is made in the language asked for, also from
/// kehu-cli without any translator): the table holds the Simplified Chinese of every label
/// too, the same text the .ts gives (a test compares them).
namespace Labels {

/// A language asked for by name rather than through the installed translator.
enum class Language { English, SimplifiedChinese };

/// The families of stored keys that have labels.
enum class Kind {
    Segment,
    SegmentAction, ///< short recommended action for a segment
    AbcClass,
    Behaviour, ///< purchase behaviour: "high_frequency", "low_frequency", "one_time"
    ValueTier, ///< "high", "mid", "low"
    ChurnFlag,
    ChurnRule, ///< the rule that flagged a customer ("p_alive_low", ...)
    VisitKind,
    Personality,
    Lifecycle,
    ChurnReason,
    ChurnOutcome,
    Channel,
    FollowUpReason, ///< "visit", "review:new_churn_risk", ... ("cadence:<segment>": followUpReason())
    CustomerField,  ///< a profile field by its column name: "name", "phone", "explicit_needs", ...
};

/// The label of @p key in the installed translator's language; @p key itself when unknown.
QString label(Kind kind, const QString &key);
/// The label of @p key in @p language, without a translator; @p key itself when unknown.
QString label(Kind kind, const QString &key, Language language);
/// The keys of @p kind offered to users, in display order (every key with a label for the
/// families without such a list, e.g. churn rules).
QStringList keys(Kind kind);

QString segment(const QString &key);
/// Short recommended action for a segment, the default before a manager edits it.
QString segmentAction(const QString &key);
QString abcClass(const QString &key);
QString behaviour(const QString &key);
QString valueTier(const QString &key);
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
QString quarter(const Quarter &q, Language language);
/// A snapshot's label: a quarter ("2025Q4") in the quarter format, other labels as they are.
QString snapshotLabel(const QString &label);
/// A count with the locale's group separators ("1,000,000").
QString count(qint64 value);
/// "cadence:<segment>", "visit", "review:new_churn_risk", ... or free text (shown as it is).
QString followUpReason(const QString &reason);
QString followUpReason(const QString &reason, Language language);

QStringList segmentKeys();
QStringList churnFlagKeys();
QStringList visitKindKeys();
QStringList personalityKeys();
QStringList lifecycleKeys();
QStringList churnReasonKeys();
QStringList channelKeys();

} // namespace Labels

} // namespace kehu
