using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Privileges.Rules;

/// <summary>
/// GRP-1 (WSD24-13, Create New CalJOBS Staff User Account): "Local Area MIS Administrators have access
/// to the following groups": LWIA/CBO Staff, LWIA Intake Staff, LWIA Partner Staff, LWIA Partner
/// Supervisor, ETPL Coordinators, WARN, View Access, View Access with Reports.
/// </summary>
public sealed class MisAdministratorMayGrantOnlyLwiaGroupsRule(AdministratorRole role, PrivilegeGroup group) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Grp1;

    public bool IsBroken() => role == AdministratorRole.MisAdministrator && group.Authority != GrantingAuthority.MisAdministrator;

    public string Reason => $"MIS Administrators may not assign the group '{group.Name}'.";

    public string Remedy =>
        $"Choose one of {string.Join(", ", DirectivePrivilegeGroups.LwiaGroups)}; or escalate the request to the Operations Unit (GRP-3).";
}
