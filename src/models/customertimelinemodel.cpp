#include "customertimelinemodel.h"

#include "customerbook.h"
#include "enumkeys.h"
#include "labels.h"
#include "moneyformatter.h"
#include "workspace.h"

#include <QLocale>

#include <algorithm>

namespace kehu {

namespace {

QString money(MinorUnits amount, const QString &currency)
{
    return MoneyFormatter::format(amount, Currency(currency));
}

} // namespace

CustomerTimelineModel::CustomerTimelineModel(Workspace &workspace, QObject *parent)
    : FlatTableModel(ColumnCount, parent), m_workspace(workspace)
{}

QVariant CustomerTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &e = m_entries.at(index.row());
    if (role == KindRole)
        return static_cast<int>(e.kind);
    if (role == RawValueRole && index.column() == When)
        return e.when;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case When: return e.when.isValid() ? QLocale().toString(e.when.date(), QLocale::ShortFormat) : QString();
    case Kind:
        switch (e.kind) {
        case EntryKind::Purchase: return tr("Purchase");
        case EntryKind::Visit: return tr("Visit");
        case EntryKind::Survey: return tr("Survey");
        case EntryKind::Churn: return tr("Churn");
        case EntryKind::Note: return tr("Note");
        }
        return {};
    case Detail: return e.detail;
    }
    return {};
}

QStringList CustomerTimelineModel::columnTitles() const
{
    return {tr("Date"), tr("Type"), tr("Detail")};
}

void CustomerTimelineModel::setCustomer(CustomerId id)
{
    beginResetModel();
    m_customer = id;
    m_entries.clear();
    if (id > 0) {
        const CustomerBook &book = m_workspace.customers();
        const QString currency = m_workspace.currency();
        for (const Purchase &p : book.purchasesOf(id)) {
            QString detail = tr("%1, quantity %2").arg(money(p.amount, currency), Labels::count(p.quantity));
            if (!p.channel.isEmpty())
                detail += u", " + Labels::channel(p.channel);
            m_entries.append({p.date.startOfDay(), EntryKind::Purchase, detail});
        }
        for (const Visit &v : book.visitsOf(id)) {
            QStringList parts{Labels::visitKind(QString(toKey(v.kind)))};
            if (v.amount)
                parts << money(*v.amount, currency);
            if (v.satisfaction)
                parts << tr("satisfaction %1/5").arg(*v.satisfaction);
            if (!v.note.isEmpty())
                parts << v.note;
            if (v.nextFollowUp)
                parts << tr("follow up %1").arg(QLocale().toString(*v.nextFollowUp, QLocale::ShortFormat));
            m_entries.append({v.time, EntryKind::Visit, parts.join(tr(", "))});
        }
        for (const SurveyResponse &s : book.surveysOf(id)) {
            QStringList parts;
            if (s.nps)
                parts << tr("NPS %1").arg(*s.nps);
            if (s.csat)
                parts << tr("CSAT %1/5").arg(*s.csat);
            if (!s.comment.isEmpty())
                parts << s.comment;
            m_entries.append({s.date.startOfDay(), EntryKind::Survey, parts.join(tr(", "))});
        }
        for (const ChurnEvent &c : book.churnEventsOf(id)) {
            QString detail = Labels::churnReason(QString(toKey(c.reason)));
            detail += u" — " + Labels::churnOutcome(QString(toKey(c.outcome)));
            if (!c.note.isEmpty())
                detail += u", " + c.note;
            m_entries.append({c.flaggedOn.startOfDay(), EntryKind::Churn, detail});
        }
        if (const auto customer = book.get(id); customer && !customer->notes.isEmpty())
            m_entries.append({customer->updatedAt, EntryKind::Note, customer->notes});
        std::stable_sort(m_entries.begin(), m_entries.end(),
                         [](const Entry &a, const Entry &b) { return a.when > b.when; });
    }
    endResetModel();
}

int CustomerTimelineModel::count(EntryKind kind) const
{
    return static_cast<int>(
        std::count_if(m_entries.cbegin(), m_entries.cend(), [kind](const Entry &e) { return e.kind == kind; }));
}

} // namespace kehu
