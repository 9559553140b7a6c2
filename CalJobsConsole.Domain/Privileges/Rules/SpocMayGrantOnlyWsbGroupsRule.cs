using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Privileges.Rules;

/// <summary>
/// GRP-2 (WSD24-13, Create New CalJOBS Staff User Account): "WSB CalJOBS SPOCs have access to the
/// following groups": DVOP, EDD El Centro Helpdesk, EDD WSB Staff, EDD WSB Supervisor, LVER, TAA
/// Coordinators/Specialist.
/// </summary>
public sealed class SpocMayGrantOnlyWsbGroupsRule(AdministratorRole role, PrivilegeGroup group) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Grp2;

    public bool IsBroken() => role == AdministratorRole.CalJobsSpoc && group.Authority != GrantingAuthority.CalJobsSpoc;

    public string Reason => $"CalJOBS SPOCs may not assign the group '{group.Name}'.";

    public string Remedy =>
        $"Choose one of {string.Join(", ", DirectivePrivilegeGroups.WsbGroups)}; or escalate the request to the Operations Unit (GRP-3).";
}
