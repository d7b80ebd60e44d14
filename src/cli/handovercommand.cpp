#include "handovercommand.h"

#include "handover.h"
#include "workspace.h"

namespace kehu::cli {

namespace {

struct FilterOption
{
    const char *name;
    const char *help;
    QString CustomerListFilter::*field;
};

const FilterOption kFilters[] = {
    {"from", "The customers of this owner.", &CustomerListFilter::owner},
    {"segment", "Of this RFM segment (key, e.g. champions; current classification).", &CustomerListFilter::segment},
    {"abc", "Of this ABC class (A, B or C).", &CustomerListFilter::abcClass},
    {"churn", "With this churn flag (active, at_risk, churned).", &CustomerListFilter::churnFlag},
    {"region", "Of this region.", &CustomerListFilter::region},
    {"industry", "Of this industry.", &CustomerListFilter::industry},
    {"tag", "With this tag.", &CustomerListFilter::tag},
};

} // namespace

int runHandover(const CommandArgs &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("to"), QStringLiteral("Who receives the customers."), QStringLiteral("name")});
    for (const FilterOption &f : kFilters)
        parser.addOption(
            {QLatin1StringView(f.name).toString(), QLatin1StringView(f.help).toString(), QStringLiteral("value")});
    parser.addOption({QStringLiteral("search"), QStringLiteral("Matching this search, as in the customer book."),
                      QStringLiteral("text")});
    parser.addOption({QStringLiteral("all"), QStringLiteral("Every customer within reach (no condition needed).")});
    parser.addOption({QStringLiteral("dry-run"), QStringLiteral("Count what would move; change nothing.")});
    if (const int code = parseCommand(
            parser, args,
            QStringLiteral("Hand customers over to another owner, with the open follow-ups their owners were "
                           "assigned, in one audited step.\nConditions combine: --from 小王 --region 华东."));
        code >= 0)
        return code;
    CustomerListQuery query;
    bool conditioned = false;
    for (const FilterOption &f : kFilters) {
        if (parser.isSet(QLatin1StringView(f.name).toString())) {
            query.filter.*f.field = parser.value(QLatin1StringView(f.name).toString());
            conditioned = true;
        }
    }
    if (parser.isSet(QStringLiteral("search"))) {
        query.search = parser.value(QStringLiteral("search"));
        conditioned = true;
    }
    if (!parser.isSet(QStringLiteral("to")) || (!conditioned && !parser.isSet(QStringLiteral("all")))) {
        err() << "kehu-cli handover: expected --to NAME and which customers (--from OWNER, --segment KEY, ... or "
                 "--all)\n";
        return UserError;
    }
    const auto workspace = openWorkspace(parser, args, false);
    if (!workspace)
        return UserError;
    Handover handover(*workspace);
    QString error;
    const auto plan = handover.plan(query, parser.value(QStringLiteral("to")), &error);
    if (!plan) {
        err() << "kehu-cli handover: " << error << "\n";
        return UserError;
    }
    const QMap<QString, qint64> counts = plan->countsByOwner();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out() << "  from " << (it.key().isEmpty() ? QStringLiteral("(no owner)") : it.key()) << ": " << it.value()
              << "\n";
    if (parser.isSet(QStringLiteral("dry-run"))) {
        out() << plan->customers.size() << " customers would go to " << plan->to << " (nothing changed)\n";
        return Ok;
    }
    qint64 followUps = 0;
    if (!handover.handOver(*plan, &error, &followUps)) {
        err() << "kehu-cli handover: " << error << "\n";
        return UserError;
    }
    out() << plan->customers.size() << " customers and " << followUps << " open follow-ups handed over to " << plan->to
          << "\n";
    return Ok;
}

} // namespace kehu::cli
