using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Privileges.Rules;

namespace CalJobsConsole.Domain.Privileges;

/// <summary>May this administrator grant this group with these extra privileges? Every broken rule at once (GRP-1..3).</summary>
public static class GrantEligibility
{
    public static IReadOnlyList<IBusinessRule> Rules(AdministratorRole role, PrivilegeGroup group, IEnumerable<Privilege>? extraPrivileges = null) =>
    [
        new MisAdministratorMayGrantOnlyLwiaGroupsRule(role, group),
        new SpocMayGrantOnlyWsbGroupsRule(role, group),
        new RestrictedPrivilegesGoToOperationsUnitRule(extraPrivileges ?? []),
    ];

    public static IReadOnlyList<BrokenRule> Evaluate(AdministratorRole role, PrivilegeGroup group, IEnumerable<Privilege>? extraPrivileges = null) =>
        BusinessRules.Evaluate(Rules(role, group, extraPrivileges));
}
