#pragma once

#include "quarterlyreview.h"

#include <QDate>
#include <QSet>
#include <QString>

#include <functional>

namespace kehu {

class Database;
class Workspace;

/// Assembles the quarterly customer inventory (客户盘点) of a quarter:
///  1. makes sure a snapshot as of the quarter's last day exists (classifying with the
///     stored policy and labelling it "2025Q4" when none does) and freezes it; the same for
///     the previous quarter, so that the comparison is always quarter end to quarter end;
///  2. reads both snapshots side by side in one pass (joined by customer through the
///     (snapshot, customer) unique index) to build the segment and ABC migration matrices and the
///     lists (became key, dropped a class, new churn risks, win-back candidates, top CLV);
///  3. adds team figures per owner (quarter revenue = revenue to date at this quarter's end
///     minus at the previous one's, visits, follow-ups due and done on time, targets), the
///     overdue follow-ups, and proposes follow-ups by rule (see proposeActions()).
/// Proposed actions are only written by commitActions(), in one transaction.
class QuarterlyReviewBuilder
{
public:
    struct Options
    {
        /// The day the review is held: follow-ups due before it are overdue, and proposed
        /// follow-ups are due relative to it. Invalid = today.
        QDate reviewDay;
        int topCount = 20;
        bool freeze = true;
        /// At most this many proposed follow-ups per rule, highest CLV first.
        int actionsPerRule = 200;
    };

    explicit QuarterlyReviewBuilder(Workspace &workspace);

    /// False with `error` set when a snapshot could not be made or a read failed.
    /// `progress` receives short English status lines (for the CLI and the wizard's log).
    bool build(const Quarter &quarter, const Options &options, QuarterlyReview *review, QString *error,
               const std::function<void(const QString &)> &progress = {});

    /// Writes the selected proposed actions as follow-ups in one transaction; returns how
    /// many, or -1 with `error` set (then none was written).
    qint64 commitActions(const QList<QuarterlyReview::ProposedAction> &actions, QString *error = nullptr);
    /// The follow-ups the selected proposed actions become.
    static QList<FollowUp> followUpsOf(const QList<QuarterlyReview::ProposedAction> &actions);

    /// The rules: new churn risks within 7 days, win-back candidates and customers who
    /// dropped a class within 14 days, customers who became key within 21 days; one action
    /// per customer (first rule wins), none for customers with an open follow-up.
    static QList<QuarterlyReview::ProposedAction> proposeActions(const QuarterlyReview &review, QDate reviewDay,
                                                                 const QSet<CustomerId> &withOpenFollowUp, int perRule);

private:
    /// Id of the snapshot as of `quarter`'s last day, classifying when there is none.
    qint64 ensureSnapshot(const Quarter &quarter, bool freeze, QString *error,
                          const std::function<void(const QString &)> &progress);

    Workspace &m_workspace;
    Database &m_database;
};

} // namespace kehu
