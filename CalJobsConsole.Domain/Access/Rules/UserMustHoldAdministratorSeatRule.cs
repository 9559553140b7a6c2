using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Access.Rules;

/// <summary>
/// SCO-1 (WSD24-13, Managing CalJOBS Staff Accounts): "MIS Administrators and WSB CalJOBS SPOCs … manage the CalJOBS staff
/// user accounts for their area" — administrative work is theirs alone; a person without an active designation takes none.
/// </summary>
public sealed class UserMustHoldAdministratorSeatRule(bool holdsSeat, string work) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Sco1;

    public bool IsBroken() => !holdsSeat;

    /// <param name="work">What only an administrator does, e.g. "works System Access Requests".</param>
    public string Reason => $"Only an MIS Administrator or CalJOBS SPOC {work}.";

    public string Remedy => "Ask your area's MIS Administrator or CalJOBS SPOC.";
}
