using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Privileges.Rules;

/// <summary>
/// GRP-3 (WSD24-13, Create New CalJOBS Staff User Account): "If … a specific privilege unavailable to be
/// changed needs to be updated, the Local Area MIS Administrator or WSB CalJOBS SPOC must contact the
/// CalJOBS Operations Unit." Administrators "do not have access to all privileges."
/// </summary>
public sealed class RestrictedPrivilegesGoToOperationsUnitRule(IEnumerable<Privilege> extraPrivileges) : IBusinessRule
{
    private IEnumerable<Privilege> Restricted => extraPrivileges.Where(p => p.IsRestricted);

    public RuleCode Rule => RuleCode.Grp3;

    public bool IsBroken() => Restricted.Any();

    public string Reason =>
        $"Administrators may not add the restricted privilege(s) {string.Join(", ", Restricted.Select(p => $"'{p.Name}'"))}.";

    public string Remedy => "Escalate the request to the Operations Unit, which decides restricted privileges.";
}
