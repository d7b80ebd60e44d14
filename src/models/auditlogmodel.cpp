#include "auditlogmodel.h"

#include "accessguard.h"
#include "audittrail.h"
#include "workspace.h"

#include <QJsonDocument>
#include <QLocale>

namespace kehu {

namespace {

struct ActionText
{
    const char *key;
    const char *text;
};

// The labels of the actions a person does; QT_TRANSLATE_NOOP so lupdate finds them.
constexpr ActionText kActions[] = {
    {"add_customer", QT_TRANSLATE_NOOP("kehu::AuditLogModel", "Add customer")},
    {"edit_customer", QT_TRANSLATE_NOOP("kehu::AuditLogModel", "Edit customer")},
    {"delete_customer", QT_TRANSLATE_NOOP("kehu::AuditLogModel", "Delete customer")},
    {"restore_customer", QT_TRANSLATE_NOOP("kehu::AuditLogModel", "Bring customer back")},
    {"log_visit", QT_TRANSLATE_NOOP("kehu::AuditLogModel", "Log visit")},
    {"record_survey", QT_TRANSLATE_NOOP("kehu::AuditLogModel", "Record survey")},
    {"create_follow_ups", QT_TRANSLATE_NOOP("kehu::AuditLogModel", "Plan follow-ups")},
    {"reschedule_follow_up", QT_TRANSLATE_NOOP("kehu::AuditLogModel", "Reschedule follow-up")},
    {"mark_follow_up_done", QT_TRANSLATE_NOOP("kehu::AuditLogModel", "Follow-up done")},
    {"reopen_follow_up", QT_TRANSLATE_NOOP("kehu::AuditLogModel", "Reopen follow-up")},
    {"remove_follow_ups", QT_TRANSLATE_NOOP("kehu::AuditLogModel", "Remove follow-ups")},
    {"record_churn", QT_TRANSLATE_NOOP("kehu::AuditLogModel", "Record churn")},
    {"record_churn_outcome", QT_TRANSLATE_NOOP("kehu::AuditLogModel", "Record win-back outcome")},
    {"merge", QT_TRANSLATE_NOOP("kehu::AuditLogModel", "Merge customers")},
    {"unmerge", QT_TRANSLATE_NOOP("kehu::AuditLogModel", "Undo merge")},
    {"hand_over", QT_TRANSLATE_NOOP("kehu::AuditLogModel", "Hand over customers")},
    {"import", QT_TRANSLATE_NOOP("kehu::AuditLogModel", "Import")},
    {"export", QT_TRANSLATE_NOOP("kehu::AuditLogModel", "Export")},
    {"demo", QT_TRANSLATE_NOOP("kehu::AuditLogModel", "Demo data")},
    {"classify", QT_TRANSLATE_NOOP("kehu::AuditLogModel", "Classify")},
    {"freeze_snapshot", QT_TRANSLATE_NOOP("kehu::AuditLogModel", "Keep review snapshot")},
    {"change_setting", QT_TRANSLATE_NOOP("kehu::AuditLogModel", "Change setting")},
    {"change_settings", QT_TRANSLATE_NOOP("kehu::AuditLogModel", "Change settings")},
    {"set_target", QT_TRANSLATE_NOOP("kehu::AuditLogModel", "Set target")},
    {"remove_target", QT_TRANSLATE_NOOP("kehu::AuditLogModel", "Remove target")},
    {"set_consent", QT_TRANSLATE_NOOP("kehu::AuditLogModel", "Marketing consent")},
    {"export_person", QT_TRANSLATE_NOOP("kehu::AuditLogModel", "Export a person's data")},
    {"erase_customer", QT_TRANSLATE_NOOP("kehu::AuditLogModel", "Erase a person")},
    {"erase_expired", QT_TRANSLATE_NOOP("kehu::AuditLogModel", "Erase old deletions")},
    {"erase_again", QT_TRANSLATE_NOOP("kehu::AuditLogModel", "Erase again after a restore")},
    {"take_restore_point", QT_TRANSLATE_NOOP("kehu::AuditLogModel", "Take restore point")},
    {"prune_restore_points", QT_TRANSLATE_NOOP("kehu::AuditLogModel", "Delete old restore points")},
    {"restore", QT_TRANSLATE_NOOP("kehu::AuditLogModel", "Restore the book")},
    {"sign_in", QT_TRANSLATE_NOOP("kehu::AuditLogModel", "Sign in")},
    {"add_user", QT_TRANSLATE_NOOP("kehu::AuditLogModel", "Add user")},
    {"set_user_role", QT_TRANSLATE_NOOP("kehu::AuditLogModel", "Change role")},
    {"set_password", QT_TRANSLATE_NOOP("kehu::AuditLogModel", "Set password")},
    {"disable_user", QT_TRANSLATE_NOOP("kehu::AuditLogModel", "Disable user")},
    {"enable_user", QT_TRANSLATE_NOOP("kehu::AuditLogModel", "Enable user")},
};

QString outcomeLabel(AuditOutcome outcome)
{
    switch (outcome) {
    case AuditOutcome::Done: return AuditLogModel::tr("done");
    case AuditOutcome::Refused: return AuditLogModel::tr("refused");
    case AuditOutcome::Failed: return AuditLogModel::tr("failed");
    }
    return {};
}

} // namespace

AuditLogModel::AuditLogModel(Workspace &workspace, QObject *parent)
    : FlatTableModel(ColumnCount, parent), m_workspace(workspace)
{}

void AuditLogModel::show(QList<AuditRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

bool AuditLogModel::setQuery(const AuditQuery &query, QString *error)
{
    QString problem;
    show(m_workspace.audit().find(query, &problem));
    if (error)
        *error = problem;
    return problem.isEmpty();
}

bool AuditLogModel::setCustomer(CustomerId id, QString *error)
{
    QString problem;
    show(m_workspace.audit().ofCustomer(id, 200, &problem));
    if (error)
        *error = problem;
    return problem.isEmpty();
}

const AuditRecord *AuditLogModel::recordAt(int row) const
{
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

QString AuditLogModel::actionLabel(const QString &action)
{
    for (const QLatin1StringView prefix : {QLatin1StringView("undo_"), QLatin1StringView("redo_")}) {
        if (action.startsWith(prefix)) {
            const QString done = actionLabel(action.mid(prefix.size()));
            return prefix == u"undo_" ? tr("Undo: %1").arg(done) : tr("Redo: %1").arg(done);
        }
    }
    for (const ActionText &known : kActions) {
        if (action == QLatin1StringView(known.key))
            return tr(known.text);
    }
    // A refusal is recorded under the operation refused.
    for (int i = 0; i < kOperationCount; ++i) {
        if (action == operationKey(Operation(i)))
            return AccessGuard::describe(Operation(i));
    }
    return action;
}

QStringList AuditLogModel::filterActions()
{
    QStringList keys;
    for (const ActionText &known : kActions)
        keys << QLatin1StringView(known.key).toString();
    return keys;
}

QString AuditLogModel::valuesText(const AuditRecord &record)
{
    const auto pretty = [](const QString &json) {
        const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
        return document.isNull() ? json : QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    };
    QStringList parts;
    if (!record.entry.detail.isEmpty())
        parts << record.entry.detail;
    if (!record.entry.before.isEmpty())
        parts << tr("Before:") + u'\n' + pretty(record.entry.before);
    if (!record.entry.after.isEmpty())
        parts << tr("After:") + u'\n' + pretty(record.entry.after);
    return parts.join(QStringLiteral("\n\n"));
}

QStringList AuditLogModel::columnTitles() const
{
    return {tr("When"), tr("Who"), tr("What"), tr("Customer"), tr("Outcome"), tr("Detail")};
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    const AuditRecord *record = recordAt(index.row());
    if (!record)
        return {};
    if (role == ValuesRole)
        return valuesText(*record);
    if (role == CustomerIdRole)
        return record->entry.customerId ? QVariant(*record->entry.customerId) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case When: return QLocale().toString(record->at.toLocalTime(), QLocale::ShortFormat);
    case Who: return record->userName.isEmpty() ? tr("(nobody signed in)") : record->userName;
    case What: return actionLabel(record->entry.action);
    case Customer:
        if (!record->entry.customerId)
            return {};
        return record->customerCode.isEmpty() ? QStringLiteral("#%1").arg(*record->entry.customerId)
                                              : record->customerCode;
    case Outcome: return outcomeLabel(record->entry.outcome);
    case Detail: return record->entry.detail.left(120);
    default: return {};
    }
}

} // namespace kehu
