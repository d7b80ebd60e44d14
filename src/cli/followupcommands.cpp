#include "followupcommands.h"

#include "daynumber.h"
#include "followupbook.h"
#include "followupplanner.h"
#include "loyaltyfigures.h"
#include "workspace.h"

#include <QHash>

namespace kehu::cli {

namespace {

void printRows(const QStringList &header, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QString &h : header)
        widths << int(h.size());
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], int(row[i].size()));
    }
    auto line = [&](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size(); ++i)
            out() << qSetFieldWidth(widths.value(i) + 2) << Qt::left << cells[i];
        out() << qSetFieldWidth(0) << "\n";
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
    out().flush();
}

} // namespace

void addFollowUpOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("list (default), summary, plan, or done <id>."),
                                 QStringLiteral("[action]"));
    parser.addOption(
        {QStringLiteral("owner"), QStringLiteral("Only this owner's follow-ups."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("overdue"), QStringLiteral("Only overdue ones (due before today).")});
    parser.addOption(
        {QStringLiteral("days"), QStringLiteral("Only those due within this many days."), QStringLiteral("n")});
    parser.addOption(
        {QStringLiteral("today"), QStringLiteral("Count from this day instead of today."), QStringLiteral("date")});
    parser.addOption({QStringLiteral("limit"), QStringLiteral("At most this many rows (default 200)."),
                      QStringLiteral("n"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("apply"), QStringLiteral("plan: create the planned follow-ups.")});
    parser.addOption({QStringLiteral("note"), QStringLiteral("done: the visit's note."), QStringLiteral("text")});
    parser.addOption({QStringLiteral("staff"), QStringLiteral("done: who made the contact."), QStringLiteral("name")});
}

int listFollowUps(const QCommandLineParser &parser, FollowUpBook &book, QDate today)
{
    QString error;
    FollowUpQuery query;
    query.today = today;
    query.owner = parser.value(QStringLiteral("owner"));
    query.onlyOverdue = parser.isSet(QStringLiteral("overdue"));
    if (parser.isSet(QStringLiteral("days")))
        query.dueBy = today.addDays(parser.value(QStringLiteral("days")).toInt());
    query.limit = parser.value(QStringLiteral("limit")).toInt();
    const auto rows = book.open(query, &error);
    if (!error.isEmpty()) {
        err() << "kehu-cli followups: " << error << "\n";
        return InternalError;
    }
    QList<QStringList> table;
    for (const auto &r : rows)
        table << QStringList{QString::number(r.followUp.id),
                             isoDate(r.followUp.dueOn),
                             QString::number(r.daysOverdue),
                             r.owner,
                             r.code,
                             r.name,
                             r.followUp.reason};
    printRows({QStringLiteral("id"), QStringLiteral("due"), QStringLiteral("overdue_days"), QStringLiteral("owner"),
               QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("reason")},
              table);
    return Ok;
}

int summarizeFollowUps(FollowUpBook &book, QDate today)
{
    QList<QStringList> table;
    for (const auto &c : book.countsByOwner(today))
        table << QStringList{c.owner, QString::number(c.overdue), QString::number(c.dueToday),
                             QString::number(c.later)};
    printRows(
        {QStringLiteral("owner"), QStringLiteral("overdue"), QStringLiteral("due_today"), QStringLiteral("later")},
        table);
    return Ok;
}

int planFollowUps(const QCommandLineParser &parser, Workspace &workspace, FollowUpBook &book, QDate today)
{
    QString error;
    FollowUpPlanner &planner = workspace.followUpPlanner();
    const auto planned = planner.plan(planner.policy(), today, &error);
    if (!error.isEmpty()) {
        err() << "kehu-cli followups plan: " << error << "\n";
        return UserError;
    }
    QHash<QString, qint64> perReason;
    for (const FollowUp &f : planned)
        ++perReason[f.reason];
    QList<QStringList> table;
    for (auto it = perReason.constBegin(); it != perReason.constEnd(); ++it)
        table << QStringList{it.key(), QString::number(it.value())};
    std::sort(table.begin(), table.end());
    printRows({QStringLiteral("reason"), QStringLiteral("follow_ups")}, table);
    if (!parser.isSet(QStringLiteral("apply"))) {
        out() << planned.size() << " follow-ups planned; add --apply to create them\n";
        return Ok;
    }
    if (!book.create(planned, nullptr, &error)) {
        err() << "kehu-cli followups plan: " << error << "\n";
        return InternalError;
    }
    workspace.notifyFollowUpsChanged();
    out() << "created " << planned.size() << " follow-ups\n";
    return Ok;
}

int markFollowUpDone(const QCommandLineParser &parser, FollowUpBook &book, QDate today)
{
    QString error;
    const QStringList positional = parser.positionalArguments();
    bool ok = false;
    const qint64 id = positional.value(1).toLongLong(&ok);
    if (!ok) {
        err() << "kehu-cli followups done: give the follow-up id\n";
        return UserError;
    }
    Visit visit;
    visit.time = QDateTime(today, QTime::currentTime());
    visit.kind = VisitKind::Call;
    visit.note = parser.value(QStringLiteral("note"));
    visit.staff = parser.value(QStringLiteral("staff"));
    if (!book.markDone(id, visit, nullptr, &error)) {
        err() << "kehu-cli followups done: " << error << "\n";
        return UserError;
    }
    out() << "follow-up " << id << " done; visit logged\n";
    return Ok;
}

int runFollowUps(const CommandArgs &args)
{
    QCommandLineParser parser;
    addFollowUpOptions(parser);
    if (const int code = parseCommand(parser, args,
                                      QStringLiteral("Follow-ups (回访): list open ones per owner, plan them from the "
                                                     "segment cadence policy, or mark one done (logs a visit)."));
        code >= 0)
        return code;
    QDate today = QDate::currentDate();
    if (!parseDateOption(parser, QStringLiteral("today"), &today))
        return UserError;
    const QString action = parser.positionalArguments().value(0, QStringLiteral("list"));
    const auto workspace = openWorkspace(parser, args, false);
    if (!workspace)
        return UserError;
    FollowUpBook &book = workspace->followUps();
    if (action == u"list")
        return listFollowUps(parser, book, today);
    if (action == u"summary")
        return summarizeFollowUps(book, today);
    if (action == u"plan")
        return planFollowUps(parser, *workspace, book, today);
    if (action == u"done")
        return markFollowUpDone(parser, book, today);
    err() << "kehu-cli followups: unknown action '" << action << "'\n";
    return UserError;
}

int runNps(const CommandArgs &args)
{
    QCommandLineParser parser;
    addPeriodOption(parser);
    addFilterOptions(parser);
    if (const int code = parseCommand(parser, args,
                                      QStringLiteral("NPS (promoters 9-10 minus detractors 0-6, in points) and CSAT "
                                                     "(mean of 1-5, and share of 4-5) per period."));
        code >= 0)
        return code;
    DashboardFilter filter;
    const auto period = parsePeriodOption(parser, "nps");
    if (!parseFilterOptions(parser, &filter) || !period)
        return UserError;
    const auto workspace = openWorkspace(parser, args, false);
    if (!workspace)
        return UserError;
    const auto series = workspace->loyalty().satisfactionByPeriod(filter, *period);
    QList<QStringList> table;
    analytics::SatisfactionTotals all;
    for (size_t i = 0; i < series.totals.size(); ++i) {
        const auto &t = series.totals[i];
        all.add(t);
        table << QStringList{isoDate(fromDayNumber(series.periodStartDay[i])),
                             QString::number(t.npsAnswers()),
                             QString::number(t.promoters),
                             QString::number(t.passives),
                             QString::number(t.detractors),
                             QString::number(t.nps(), 'f', 1),
                             QString::number(t.csatAnswers),
                             QString::number(t.csatAverage(), 'f', 2),
                             QString::number(100.0 * t.csatSatisfiedShare(), 'f', 1)};
    }
    table << QStringList{QStringLiteral("all"),
                         QString::number(all.npsAnswers()),
                         QString::number(all.promoters),
                         QString::number(all.passives),
                         QString::number(all.detractors),
                         QString::number(all.nps(), 'f', 1),
                         QString::number(all.csatAnswers),
                         QString::number(all.csatAverage(), 'f', 2),
                         QString::number(100.0 * all.csatSatisfiedShare(), 'f', 1)};
    printRows({QStringLiteral("period"), QStringLiteral("nps_answers"), QStringLiteral("promoters"),
               QStringLiteral("passives"), QStringLiteral("detractors"), QStringLiteral("nps"),
               QStringLiteral("csat_answers"), QStringLiteral("csat_avg"), QStringLiteral("csat_4_5_pct")},
              table);
    return Ok;
}

} // namespace kehu::cli
