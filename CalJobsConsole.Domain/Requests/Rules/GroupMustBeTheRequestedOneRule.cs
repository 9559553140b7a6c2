using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Privileges;

namespace CalJobsConsole.Domain.Requests.Rules;

/// <summary>
/// REQ-1 (WSD24-13, Create New CalJOBS Staff User Account; Maintenance): the approved request is what the administrator
/// reviewed, so the account gets the privilege group that request asked for — not another one chosen at the desk.
/// </summary>
public sealed class GroupMustBeTheRequestedOneRule(AccessRequest request, PrivilegeGroup group) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Req1;

    public bool IsBroken() => request.Form.RequestedGroupId is { } requested && requested != group.Id;

    public string Reason => $"The request asked for another privilege group than '{group.Name}'.";

    public string Remedy => "Give the group the request asked for, or return the request for correction to change it.";
}
