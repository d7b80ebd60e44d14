#include "access.h"

#include <array>

namespace kehu {

namespace {

struct OperationRule
{
    Operation operation;
    QLatin1StringView key;
    bool manager;
    bool staff;
    bool viewer;
};

// Owners may do everything; the columns say what the other roles may do.
constexpr std::array<OperationRule, kOperationCount> kRules{{
    {Operation::ViewCustomers, QLatin1StringView("view_customers"), true, true, true},
    {Operation::ViewFigures, QLatin1StringView("view_figures"), true, false, true},
    {Operation::ViewAudit, QLatin1StringView("view_audit"), true, false, false},
    {Operation::AddCustomer, QLatin1StringView("add_customer"), true, true, false},
    {Operation::EditCustomer, QLatin1StringView("edit_customer"), true, true, false},
    {Operation::LogVisit, QLatin1StringView("log_visit"), true, true, false},
    {Operation::RecordSurvey, QLatin1StringView("record_survey"), true, true, false},
    {Operation::WorkFollowUps, QLatin1StringView("work_follow_ups"), true, true, false},
    {Operation::RecordChurn, QLatin1StringView("record_churn"), true, false, false},
    {Operation::DeleteCustomer, QLatin1StringView("delete_customer"), true, false, false},
    {Operation::MergeCustomers, QLatin1StringView("merge_customers"), true, false, false},
    {Operation::HandOver, QLatin1StringView("hand_over"), true, false, false},
    {Operation::PrivacyRequest, QLatin1StringView("privacy_request"), true, false, false},
    {Operation::ImportData, QLatin1StringView("import_data"), true, false, false},
    {Operation::ExportData, QLatin1StringView("export_data"), true, false, false},
    {Operation::Classify, QLatin1StringView("classify"), true, false, false},
    {Operation::ChangeRules, QLatin1StringView("change_rules"), true, false, false},
    {Operation::MakeBackup, QLatin1StringView("make_backup"), true, false, false},
    {Operation::RestoreBackup, QLatin1StringView("restore_backup"), false, false, false},
    {Operation::ManageUsers, QLatin1StringView("manage_users"), false, false, false},
}};

constexpr bool rulesInOrder()
{
    for (int i = 0; i < kOperationCount; ++i) {
        if (int(kRules[std::size_t(i)].operation) != i)
            return false;
    }
    return true;
}
static_assert(rulesInOrder(), "kRules lists every Operation once, in declaration order");

const OperationRule &rule(Operation operation)
{
    return kRules[std::size_t(operation)];
}

} // namespace

bool AccessPolicy::allows(Role role, Operation operation)
{
    switch (role) {
    case Role::Owner: return true;
    case Role::Manager: return rule(operation).manager;
    case Role::Staff: return rule(operation).staff;
    case Role::Viewer: return rule(operation).viewer;
    }
    return false;
}

QLatin1StringView roleKey(Role role)
{
    switch (role) {
    case Role::Owner: return QLatin1StringView("owner");
    case Role::Manager: return QLatin1StringView("manager");
    case Role::Staff: return QLatin1StringView("staff");
    case Role::Viewer: return QLatin1StringView("viewer");
    }
    return {};
}

std::optional<Role> roleFromKey(QStringView key)
{
    for (Role role : {Role::Owner, Role::Manager, Role::Staff, Role::Viewer}) {
        if (key == roleKey(role))
            return role;
    }
    return std::nullopt;
}

QLatin1StringView operationKey(Operation operation)
{
    return rule(operation).key;
}

} // namespace kehu
